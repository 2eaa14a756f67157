import { BEIGUAN_NAMED_PROJECTS } from './seed/documented.js';
import type { DocumentedFigure } from '../../platform/world/documented-figure.js';

/**
 * The figures of the source documents (../../../shared/seeds) this subgraph reproduces, with the
 * gateway query that answers each and the JSON path of the answer. The records behind them are
 * in seed/documented.ts, where every choice made to fill a gap (12 for "10余个", 52 for "50余家",
 * 5,086万 for "超五千万") is stated.
 */
const G = '000 南开区广开街道 (2010)';
const T = '001 中原区桐柏路街道 (2006-2007)';
const N = '002 南开区2012年工作要点';
const B = '003 北关区 (2020年1-11月)';
const D = '004 大港街道 (2016)';

const indicators = (level: 'district' | 'street', code: string, from: string, to: string) => (fields: string) =>
  `{ ${level}(code: "${code}") { economyIndicators(from: "${from}T00:00:00+08:00", to: "${to}T00:00:00+08:00") { ${fields} } } }`;
const guangkai = indicators('street', '120104004', '2010-01-01', '2011-01-01');
const tongbai = indicators('street', '410102005', '2006-01-01', '2008-01-01');
const tongbai2007 = indicators('street', '410102005', '2007-01-01', '2008-01-01');
const nankai = indicators('district', '120104', '2012-01-01', '2013-01-01');
const beiguan = indicators('district', '410503', '2020-01-01', '2020-12-01');
const dagang = indicators('street', '120116011', '2016-01-01', '2017-01-01');

const path = (level: 'district' | 'street', field: string, part: 'value' | 'target' = 'value') =>
  `data.${level}.economyIndicators.${field}.${part}`;

function figure(
  source: string,
  description: string,
  value: number,
  unit: string,
  query: string,
  answer: string,
): DocumentedFigure {
  return { source, description, value, unit, query, path: answer };
}

function target(description: string, field: string, value: number, unit: string): DocumentedFigure {
  return figure(
    N,
    `${description}（目标）`,
    value,
    unit,
    nankai(`${field} { value target }`),
    path('district', field, 'target'),
  );
}

function targetOnly(description: string, key: string, value: number, unit: string): DocumentedFigure {
  return figure(
    N,
    `${description}（目标）`,
    value,
    unit,
    nankai('targets { key value unit }'),
    `data.district.economyIndicators.targets[key="${key}"].value`,
  );
}

export const DOCUMENTED_FIGURES: DocumentedFigure[] = [
  figure(
    G,
    '协税企业',
    24,
    '家',
    guangkai('taxCooperatingEnterprises { value }'),
    path('street', 'taxCooperatingEnterprises'),
  ),
  figure(G, '深入企业上门服务的服务组', 4, '个', guangkai('serviceGroups { value }'), path('street', 'serviceGroups')),
  figure(
    T,
    '2006年以来引进企业（10余个，取12）',
    12,
    '个',
    tongbai('signedProjects { value }'),
    path('street', 'signedProjects'),
  ),
  figure(
    T,
    '2006年以来招商引资额',
    400_000_000,
    '元',
    tongbai('signedInvestment { value }'),
    path('street', 'signedInvestment'),
  ),
  figure(
    T,
    '2007年财政税收（超五千万，取5,086万）',
    50_860_000,
    '元',
    tongbai2007('taxRevenue { value }'),
    path('street', 'taxRevenue'),
  ),
  targetOnly('固定资产投资', 'fixedAssetInvestment', 9_500_000_000, '元'),
  target('科技型中小企业', 'techSmeEnterprises', 2_200, '家'),
  target('“小巨人”企业', 'littleGiantEnterprises', 35, '家'),
  targetOnly('新建科技企业孵化基地', 'incubators', 8, '个'),
  target('新增税收“亿元楼宇”', 'newBillionYuanBuildings', 4, '座'),
  targetOnly('招商引资资金到位额', 'investmentFundsInPlace', 10_000_000_000, '元'),
  target('城建重点项目', 'urbanConstructionKeyProjects', 15, '个'),
  target('服务业重点项目', 'serviceIndustryKeyProjects', 25, '个'),
  target('科技创新项目', 'techInnovationProjects', 100, '个'),
  figure(B, '县级领导带队外出招商', 57, '次', beiguan('leaderLedTrips { value }'), path('district', 'leaderLedTrips')),
  figure(
    B,
    '区主要领导带队外出招商',
    15,
    '次',
    beiguan('topLeaderTrips { value }'),
    path('district', 'topLeaderTrips'),
  ),
  figure(
    B,
    '相关部门、各街道外出招商',
    115,
    '次',
    beiguan('departmentAndStreetTrips { value }'),
    path('district', 'departmentAndStreetTrips'),
  ),
  figure(B, '洽谈对接项目', 126, '个', beiguan('projectsNegotiated { value }'), path('district', 'projectsNegotiated')),
  figure(
    B,
    '签约引进亿元以上项目',
    45,
    '个',
    beiguan('signedProjectsOver100Million { value }'),
    path('district', 'signedProjectsOver100Million'),
  ),
  figure(
    B,
    '亿元以上项目投资总额',
    17_650_000_000,
    '元',
    beiguan('signedInvestmentOver100Million { value }'),
    path('district', 'signedInvestmentOver100Million'),
  ),
  ...BEIGUAN_NAMED_PROJECTS.map((project) =>
    figure(
      B,
      `${project.name}投资额`,
      project.amountYi * 100_000_000,
      '元',
      `{ investmentProjects(filter: { divisionCode: "410503", nameContains: "${project.name}" }) { edges { node { name amountYuan industry } } } }`,
      'data.investmentProjects.edges[0].node.amountYuan',
    ),
  ),
  figure(
    D,
    '融资租赁和新三板挂牌上市培训企业（50余家，取52）',
    52,
    '家',
    dagang('trainedEnterprises { value }'),
    path('street', 'trainedEnterprises'),
  ),
];
