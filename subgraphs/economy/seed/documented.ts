import type { Industry, KeyProjectCategory } from '../models.js';

/**
 * Records taken from the source documents (../../../../shared/seeds), or filled in where a document
 * gives a total but not its parts. Every choice made here to fill a gap is stated next to it;
 * figures.ts lists the totals these records reproduce.
 */

interface DocumentedProject {
  name: string;
  industry: Industry;
  /** Amount in 亿元, at most one decimal (so fen stay integers). */
  amountYi: number;
}

/** 003 北关区: the eight signed projects of at least 1亿 the report names, with its amounts. */
export const BEIGUAN_NAMED_PROJECTS: DocumentedProject[] = [
  { name: '宏居商业综合体（服装专业市场）项目', industry: 'TEXTILE_APPAREL', amountYi: 10 },
  { name: '年产300万件丝毛制品纺织品项目', industry: 'TEXTILE_APPAREL', amountYi: 6 },
  { name: '年产9000吨针织布项目', industry: 'TEXTILE_APPAREL', amountYi: 5 },
  { name: '叮当猫（河南）婴童产业园', industry: 'TEXTILE_APPAREL', amountYi: 5 },
  { name: '广东利楷印花针织布项目', industry: 'TEXTILE_APPAREL', amountYi: 5 },
  { name: '新型显示器件高端盖板玻璃生产线项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 20 },
  { name: '安阳5G泛低空无人机管控云平台项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 10 },
  { name: '无人机产业园项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 5 },
];

/**
 * 003 北关区: the other 37 of the 45 signed projects of at least 1亿. The report gives only the
 * total (176.5亿); these names and amounts are ours, each at least 1亿, summing to 110.5亿 so
 * that the 45 total exactly 176.5亿.
 */
export const BEIGUAN_OTHER_LARGE_PROJECTS: DocumentedProject[] = [
  { name: '高档西装面料生产项目', industry: 'TEXTILE_APPAREL', amountYi: 1.2 },
  { name: '功能性纺织品研发生产基地', industry: 'TEXTILE_APPAREL', amountYi: 1.5 },
  { name: '服装智能制造产业园', industry: 'TEXTILE_APPAREL', amountYi: 2 },
  { name: '针织内衣加工项目', industry: 'TEXTILE_APPAREL', amountYi: 2.5 },
  { name: '家纺用品生产项目', industry: 'TEXTILE_APPAREL', amountYi: 3 },
  { name: '纺织印染升级改造项目', industry: 'TEXTILE_APPAREL', amountYi: 1.8 },
  { name: '羊绒制品深加工项目', industry: 'TEXTILE_APPAREL', amountYi: 4 },
  { name: '童装设计生产基地', industry: 'TEXTILE_APPAREL', amountYi: 2.2 },
  { name: '服装辅料生产项目', industry: 'TEXTILE_APPAREL', amountYi: 1 },
  { name: '服装电商直播基地', industry: 'TEXTILE_APPAREL', amountYi: 3.5 },
  { name: '运动服饰生产项目', industry: 'TEXTILE_APPAREL', amountYi: 2.8 },
  { name: '无纺布生产线项目', industry: 'TEXTILE_APPAREL', amountYi: 1.6 },
  { name: '纺织服装产业链供应链中心', industry: 'TEXTILE_APPAREL', amountYi: 7 },
  { name: '牛仔服装水洗加工项目', industry: 'TEXTILE_APPAREL', amountYi: 2 },
  { name: '高端丝绸制品项目', industry: 'TEXTILE_APPAREL', amountYi: 3.2 },
  { name: '服装仓储配送中心', industry: 'LOGISTICS', amountYi: 1.5 },
  { name: '职业装定制生产项目', industry: 'TEXTILE_APPAREL', amountYi: 2.6 },
  { name: '工业级无人机整机制造项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 6.5 },
  { name: '无人机飞控系统研发项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 1.3 },
  { name: '无人机零部件精密加工项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 2 },
  { name: '无人机培训及应用服务中心', industry: 'HIGH_END_EQUIPMENT', amountYi: 3 },
  { name: '航空复合材料生产项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 12 },
  { name: '无人机电池生产项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 1.1 },
  { name: '植保无人机生产项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 2.4 },
  { name: '智能装备制造产业园', industry: 'HIGH_END_EQUIPMENT', amountYi: 3.6 },
  { name: '无人机测试场项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 1.9 },
  { name: '精密数控机床生产项目', industry: 'HIGH_END_EQUIPMENT', amountYi: 2 },
  { name: '光电显示模组生产项目', industry: 'ELECTRONICS_IT', amountYi: 9 },
  { name: '智能传感器生产项目', industry: 'ELECTRONICS_IT', amountYi: 1.4 },
  { name: '北斗导航应用产业园', industry: 'ELECTRONICS_IT', amountYi: 2.7 },
  { name: '大数据中心项目', industry: 'ELECTRONICS_IT', amountYi: 3.3 },
  { name: '冷链物流园项目', industry: 'LOGISTICS', amountYi: 1.7 },
  { name: '电子商务产业园', industry: 'COMMERCE', amountYi: 2.5 },
  { name: '城市商业综合体项目', industry: 'COMMERCE', amountYi: 4 },
  { name: '文化创意街区项目', industry: 'CULTURE_TOURISM', amountYi: 1.2 },
  { name: '科技孵化器项目', industry: 'TECHNOLOGY_SERVICES', amountYi: 2.1 },
  { name: '现代物流分拨中心', industry: 'LOGISTICS', amountYi: 3.4 },
];

/**
 * 003 北关区, January to November 2020: 57 trips led by county-level leaders, 15 of them by
 * the top leaders; 115 by departments and streets (the split 40 departments / 75 streets is
 * ours); 126 projects negotiated over all 172 trips.
 */
export const BEIGUAN_TRIPS = {
  topLeader: 15,
  countyLeader: 42,
  department: 40,
  street: 75,
  projectsNegotiated: 126,
} as const;

/** 003: the trip of 1 to 4 December 2020 (after the January-November count). */
export const BEIGUAN_DECEMBER_TRIP = {
  leader: '区委书记李富生',
  destination: '天津、杭州',
  visitedOrganizations: ['广泽集团', '吴江市顺业纺织有限公司', '苏州国冠纺织有限公司', '伍创电子商务有限公司'],
  startedAt: '2020-12-01T08:00:00+08:00',
  endedAt: '2020-12-04T18:00:00+08:00',
  projectsNegotiated: 4,
};

export const INVESTMENT_DESTINATIONS = [
  '天津',
  '杭州',
  '苏州',
  '深圳',
  '上海',
  '北京',
  '广州',
  '绍兴',
  '南通',
  '郑州',
  '青岛',
  '宁波',
];
export const BEIGUAN_DEPARTMENTS = ['区商务局', '区发展和改革委员会', '区工业和信息化局', '区生态环境局', '区科技局'];

/**
 * 001 桐柏路街道: "2006年以来，共引进10余个…企业，招商引资额达到4亿元". "10余个" is more than
 * ten; we seed 12, each an enterprise with its project, amounts (万元) ours, summing to 4亿.
 */
export const TONGBAI_INTRODUCED: { name: string; industry: Industry; amountWan: number; signedAt: string }[] = [
  { name: '郑州西站物流有限公司', industry: 'LOGISTICS', amountWan: 6000, signedAt: '2006-03-16' },
  { name: '郑州桐柏商贸城有限公司', industry: 'COMMERCE', amountWan: 4500, signedAt: '2006-05-08' },
  { name: '河南中原建材市场有限公司', industry: 'COMMERCE', amountWan: 3800, signedAt: '2006-06-20' },
  { name: '郑州华源置业有限公司', industry: 'REAL_ESTATE', amountWan: 3500, signedAt: '2006-08-11' },
  { name: '郑州嵩山汽车配件有限公司', industry: 'COMMERCE', amountWan: 3200, signedAt: '2006-09-26' },
  { name: '河南豫西食品有限公司', industry: 'COMMERCE', amountWan: 3000, signedAt: '2006-11-14' },
  { name: '郑州开元酒店管理有限公司', industry: 'CULTURE_TOURISM', amountWan: 2800, signedAt: '2007-01-18' },
  { name: '郑州风和置业有限公司', industry: 'REAL_ESTATE', amountWan: 3600, signedAt: '2007-03-22' },
  { name: '郑州中原电子科技有限公司', industry: 'ELECTRONICS_IT', amountWan: 2400, signedAt: '2007-05-30' },
  { name: '河南桐柏物业服务有限公司', industry: 'BUSINESS_SERVICES', amountWan: 2200, signedAt: '2007-07-12' },
  { name: '郑州西站仓储有限公司', industry: 'LOGISTICS', amountWan: 3000, signedAt: '2007-09-05' },
  { name: '郑州建设路机电市场有限公司', industry: 'COMMERCE', amountWan: 2000, signedAt: '2007-10-24' },
];

/** 001 桐柏路街道: "2007年财政税收实现超五千万元": we seed exactly 5,086万元 of 2007 tax. */
export const TONGBAI_TAX_2007_YUAN = 50_860_000;

/** 000 广开街道 (about 2010): 24 tax-cooperating enterprises, served by 4 service groups with contact cards. */
export const GUANGKAI_TAX_COOPERATING = 24;
export const GUANGKAI_SERVICE_GROUPS = ['第一服务组', '第二服务组', '第三服务组', '第四服务组'];
export const GUANGKAI_CARD = '“解难题、促转变、上水平”服务联系卡';
export const GUANGKAI_PROBLEMS = [
  '融资渠道少',
  '招工难',
  '经营场地紧张',
  '税收优惠政策咨询',
  '周边道路施工影响经营',
  '办公楼宇配套不足',
];

/** 004 大港街道 2016, as written (Traditional script). */
export const DAGANG_VISITED_ENTERPRISES: { name: string; industry: Industry }[] = [
  { name: '星源石化', industry: 'PETROCHEMICAL' },
  { name: '迎賓超市', industry: 'COMMERCE' },
  { name: '眾業石化', industry: 'PETROCHEMICAL' },
  { name: '北斗星化工公司', industry: 'PETROCHEMICAL' },
  { name: '渤大化工公司', industry: 'PETROCHEMICAL' },
];
export const DAGANG_VISIT_ACTIVITY = '“促惠上”和“解難題敢擔當促發展”活動走訪';
/** "組織街道轄區內50余家企業…培訓": "50余家" is more than fifty; we seed 52 participants. */
export const DAGANG_TRAINING = {
  activity: '企業融資租賃和新三板掛牌上市培訓',
  organizer: '新區工信委“促惠上”活動小組、遠東租賃、太平洋證券',
  heldAt: '2016-03-08T09:00:00+08:00',
  participants: 52,
};

interface DocumentedTarget {
  key: string;
  description: string;
  value: number;
  unit: string;
}

/** 002 中共南开区委2012年工作要点: the economy targets, stored for 南开区 (120104), 2012. */
export const NANKAI_2012_TARGETS: DocumentedTarget[] = [
  { key: 'fixedAssetInvestment', description: '固定资产投资', value: 9_500_000_000, unit: '元' },
  { key: 'techSmeEnterprises', description: '科技型中小企业突破2200家', value: 2200, unit: '家' },
  { key: 'littleGiantEnterprises', description: '“小巨人”企业达到35家', value: 35, unit: '家' },
  { key: 'incubators', description: '新建科技企业孵化基地', value: 8, unit: '个' },
  { key: 'newBillionYuanBuildings', description: '新增税收“亿元楼宇”', value: 4, unit: '座' },
  { key: 'investmentFundsInPlace', description: '招商引资资金到位额', value: 10_000_000_000, unit: '元' },
  { key: 'urbanConstructionKeyProjects', description: '城建重点项目', value: 15, unit: '个' },
  { key: 'serviceIndustryKeyProjects', description: '服务业重点项目', value: 25, unit: '个' },
  { key: 'techInnovationProjects', description: '科技创新项目', value: 100, unit: '个' },
];

/**
 * 002: projects the plan names, listed as 2012 key projects. The plan gives no amounts or
 * locations; ours are illustrative, signed before 2012 so no 2012 signing figure changes.
 */
export const NANKAI_2012_KEY_PROJECTS: {
  name: string;
  category: KeyProjectCategory;
  industry: Industry;
  amountYi: number;
  street: string;
}[] = [
  {
    name: '内燃机厂地块开发项目',
    category: 'URBAN_CONSTRUCTION',
    industry: 'REAL_ESTATE',
    amountYi: 12,
    street: '万兴街道',
  },
  { name: '融创兴业里项目', category: 'URBAN_CONSTRUCTION', industry: 'REAL_ESTATE', amountYi: 18, street: '广开街道' },
  { name: '融侨长江道项目', category: 'URBAN_CONSTRUCTION', industry: 'REAL_ESTATE', amountYi: 15, street: '长虹街道' },
  {
    name: '美湖里地块开发项目',
    category: 'URBAN_CONSTRUCTION',
    industry: 'REAL_ESTATE',
    amountYi: 8,
    street: '学府街道',
  },
  {
    name: '绿荫里地块开发项目',
    category: 'URBAN_CONSTRUCTION',
    industry: 'REAL_ESTATE',
    amountYi: 6,
    street: '兴南街道',
  },
  { name: '大悦城商业商务中心', category: 'SERVICE_INDUSTRY', industry: 'COMMERCE', amountYi: 40, street: '鼓楼街道' },
  {
    name: '富力盈力大厦',
    category: 'SERVICE_INDUSTRY',
    industry: 'BUSINESS_SERVICES',
    amountYi: 20,
    street: '广开街道',
  },
  {
    name: '天大1895建筑创意大厦',
    category: 'SERVICE_INDUSTRY',
    industry: 'CULTURE_TOURISM',
    amountYi: 3,
    street: '学府街道',
  },
  { name: 'c92创意产业园', category: 'SERVICE_INDUSTRY', industry: 'CULTURE_TOURISM', amountYi: 2, street: '长虹街道' },
  {
    name: '天津科技广场二期',
    category: 'TECH_INNOVATION',
    industry: 'TECHNOLOGY_SERVICES',
    amountYi: 10,
    street: '学府街道',
  },
];

/** 002 楼宇经济: buildings in 南开区 (names from the plan; taxes and years illustrative). */
export const NANKAI_BUILDINGS: {
  name: string;
  street: string;
  annualTaxWan: number;
  billionYuanSince: number | null;
}[] = [
  { name: '天大1895建筑创意大厦', street: '学府街道', annualTaxWan: 6200, billionYuanSince: null },
  { name: '富力盈力大厦', street: '广开街道', annualTaxWan: 13500, billionYuanSince: 2012 },
  { name: '大悦城写字楼', street: '鼓楼街道', annualTaxWan: 15800, billionYuanSince: 2011 },
  { name: '天津科技广场', street: '学府街道', annualTaxWan: 11200, billionYuanSince: 2012 },
  { name: '南开科技企业服务中心', street: '学府街道', annualTaxWan: 4800, billionYuanSince: null },
  { name: '长江道商务大厦', street: '长虹街道', annualTaxWan: 10400, billionYuanSince: 2012 },
];
