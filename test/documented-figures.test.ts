import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTED_FIGURES as CIVIL_AFFAIRS } from '../subgraphs/civil-affairs/figures.js';
import { DOCUMENTED_FIGURES as ECONOMY } from '../subgraphs/economy/figures.js';
import { DOCUMENTED_FIGURES as PARTY_BUILDING } from '../subgraphs/party-building/figures.js';
import { FIGURES_DOC, renderFiguresDoc } from '../subgraphs/figures-doc.js';
import { DOCUMENTED_FIGURES as URBAN_MANAGEMENT } from '../subgraphs/urban-management/figures.js';
import { divisionByCode, divisionsOfLevel } from '../platform/world/divisions.js';
import { creditCheck, idCheck } from './utils/identifiers.js';
import { readPath } from './utils/json-path.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * The seeded world against the source documents and the identifier standards, on one seeded
 * stack. Every documented figure of the four subgraphs is asked through the gateway as an admin. The
 * expected values are written here from the source documents in ../shared/seeds; the
 * subgraphs' DOCUMENTED_FIGURES lend only the query and the JSON path. Where a document gives
 * an approximate figure (420余, 超五千万) the row states the range its words allow, not the
 * number the seeder chose.
 */
type Expected = number | string | string[] | { min: number; max?: number };
type Row = [domain: string, source: string, description: string, expected: Expected];

const ROWS: Row[] = [
  ['civil-affairs', '003', '城乡低保户数', 1669],
  ['civil-affairs', '003', '城乡低保人数', 2873],
  ['civil-affairs', '003', '农村低保按季度发放资金', 3_563_000], // 356.3万元
  ['civil-affairs', '003', '城市低保按月发放资金', 6_057_000], // 605.7万元
  ['civil-affairs', '003', 'A+类低保每人每月补助', 336],
  ['civil-affairs', '003', '孤儿', 6],
  ['civil-affairs', '003', '事实无人抚养儿童', 34],
  ['civil-affairs', '003', '孤儿和事实无人抚养儿童救助补助资金', 248_171], // 24.8171万元
  ['civil-affairs', '003', '临时救助人次', 221],
  ['civil-affairs', '003', '临时救助资金', 381_000], // 38.1万元
  ['civil-affairs', '003', '困难残疾人生活补贴人数', 1039],
  ['civil-affairs', '003', '困难残疾人生活补贴金额', 671_700], // 67.17万元
  ['civil-affairs', '003', '重度残疾人护理补贴人数', 1360],
  ['civil-affairs', '003', '重度残疾人护理补贴金额', 883_320], // 88.332万元
  ['civil-affairs', '003', '80岁以上老人（高龄津贴）', 6481],
  ['civil-affairs', '003', '高龄津贴', 3_196_500], // 319.65万元
  ['civil-affairs', '000', '上半年新增低保户', 74],
  ['civil-affairs', '000', '上半年新增低保户救助资金', { min: 385_000, max: 385_999 }], // 38.5万余元
  ['civil-affairs', '000', '住房补贴', 53],
  ['civil-affairs', '000', '限价房审批', 268],
  ['civil-affairs', '000', '老年证', 2552],
  ['civil-affairs', '000', '敬老卡', 1960],
  ['civil-affairs', '000', '残疾人推荐工作', 9],
  ['civil-affairs', '000', '"4050"人员灵活就业', 186],
  ['civil-affairs', '000', '下岗失业人员技能培训', 174],
  ['civil-affairs', '000', '医保登记', 3096],
  ['civil-affairs', '000', '社保卡', 2030],
  ['civil-affairs', '004', '春风行动招聘会参会企业', 75],
  ['civil-affairs', '004', '春风行动达成就业意向（420余人）', { min: 421, max: 429 }],
  ['civil-affairs', '004', '全年新增就业目标', 3000],
  ['civil-affairs', '004', '城乡医疗保险参保目标', 7000],
  ['civil-affairs', '004', '老年日间照料中心（三春里、振業里、福苑里）', 3],
  ['civil-affairs', '002', '新增就业岗位目标', 39_000], // 3.9万个
  ['civil-affairs', '002', '登记失业率控制目标', 3.6],
  ['economy', '000', '协税企业', 24],
  ['economy', '000', '深入企业上门服务的服务组', 4],
  ['economy', '001', '2006年以来引进企业（10余个，取12）', { min: 11, max: 19 }],
  ['economy', '001', '2006年以来招商引资额', 400_000_000], // 4亿元
  ['economy', '001', '2007年财政税收（超五千万，取5,086万）', { min: 50_000_001 }],
  ['economy', '002', '固定资产投资（目标）', 9_500_000_000], // 95亿元
  ['economy', '002', '科技型中小企业（目标）', 2200],
  ['economy', '002', '“小巨人”企业（目标）', 35],
  ['economy', '002', '新建科技企业孵化基地（目标）', 8],
  ['economy', '002', '新增税收“亿元楼宇”（目标）', 4],
  ['economy', '002', '招商引资资金到位额（目标）', 10_000_000_000], // 100亿元
  ['economy', '002', '城建重点项目（目标）', 15],
  ['economy', '002', '服务业重点项目（目标）', 25],
  ['economy', '002', '科技创新项目（目标）', 100],
  ['economy', '003', '县级领导带队外出招商', 57],
  ['economy', '003', '区主要领导带队外出招商', 15],
  ['economy', '003', '相关部门、各街道外出招商', 115],
  ['economy', '003', '洽谈对接项目', 126],
  ['economy', '003', '签约引进亿元以上项目', 45],
  ['economy', '003', '亿元以上项目投资总额', 17_650_000_000], // 176.5亿元
  ['economy', '003', '宏居商业综合体（服装专业市场）项目投资额', 1_000_000_000],
  ['economy', '003', '年产300万件丝毛制品纺织品项目投资额', 600_000_000],
  ['economy', '003', '年产9000吨针织布项目投资额', 500_000_000],
  ['economy', '003', '叮当猫（河南）婴童产业园投资额', 500_000_000],
  ['economy', '003', '广东利楷印花针织布项目投资额', 500_000_000],
  ['economy', '003', '新型显示器件高端盖板玻璃生产线项目投资额', 2_000_000_000],
  ['economy', '003', '安阳5G泛低空无人机管控云平台项目投资额', 1_000_000_000],
  ['economy', '003', '无人机产业园项目投资额', 500_000_000],
  ['economy', '004', '融资租赁和新三板挂牌上市培训企业（50余家，取52）', { min: 51, max: 59 }],
  ['party-building', '003', '北关区直属机关47个党组织（区直属机关工委下属）', 47],
  [
    'party-building',
    '003',
    '2020年12月9日 学习贯彻党的十九届五中全会精神集中宣讲动员暨培训会议：对区直属机关47个党组织书记、副书记进行宣讲培训',
    47,
  ],
  ['party-building', '003', '区直属机关宣讲团宣讲时间 12月9日至12月31日', '2020-12-09/2020-12-31'],
  ['party-building', '000', '广开街13个社区均建有社区党组织', 13],
  [
    'party-building',
    '000',
    '广开街党组织覆盖机关、社区、“两新”组织（按领域的党组织数，创先争优活动对象）',
    ['COMMUNITY', 'NON_PUBLIC', 'ORGAN'],
  ],
  ['party-building', '001', '桐柏路街道19个社区的“两委”（每个社区一个社区党组织）', 19],
  ['party-building', '001', '风和日丽社区“每周有活动”：2007年每周六科普活动', 52], // every Saturday of 2007
  ['party-building', '001', '风和日丽社区“每月有比赛”：2007年每月一次比赛', 12],
  ['party-building', '004', '2016年3月11日 大港街千名志愿者在福苑里小区植树', 1000],
  ['party-building', '004', '福苑里小区栽种树苗200余棵（取206棵）', { min: 201, max: 299 }],
  ['party-building', '004', '大港街2016年“學雷鋒見行動”等志愿服务活动最少100场次（目标）', 100],
  ['party-building', '004', '大港街道党工委书记韓英', '韓英'],
  [
    'urban-management',
    '000',
    '广开街立面清拆的道路（广开四马路、西市大街、青年路、南开五马路、黄河道、西营门外大街）',
    6,
  ],
  ['urban-management', '000', '广开街立面清拆的楼房', 48],
  ['urban-management', '000', '广开街综合整治的居民区（朝园里、桦林园、开明西里、康舜里）', 4],
  ['urban-management', '001', '桐柏路街道安装的电子监控设备', 32],
  ['urban-management', '001', '桐柏路街道规范化巡防室', 8],
  ['urban-management', '001', '桐柏路街道办公用房面积达到400㎡的社区', 15],
  ['urban-management', '001', '桐柏路街道被评为“平安社区”的社区（西站西等）', 16],
  ['urban-management', '001', '桐柏路街道被评为“无邪教社区”的社区（开元等）', 18],
  ['urban-management', '001', '桐柏路街道2007年预防可防性案件', 18],
  ['urban-management', '002', '南开区2012年目标：道路拓宽改造（天拖北道等）', 10],
  ['urban-management', '002', '南开区2012年目标：旧楼区居住功能综合提升改造', 46],
  ['urban-management', '002', '南开区2012年目标：再建“五个一”文明示范小区', 20],
  ['urban-management', '003', '柏庄镇散煤拉网式排查覆盖的村', 38],
  ['urban-management', '003', '柏庄镇散煤排查的市场', 18],
  ['urban-management', '003', '柏庄镇出动的检查组（40余个）', { min: 41, max: 49 }],
  ['urban-management', '003', '柏庄镇出动的村镇干部（300余名）', { min: 301, max: 399 }],
  ['urban-management', '003', '柏庄镇排查的农户（千余户）', { min: 1001, max: 1999 }],
  ['urban-management', '003', '柏庄镇排查的商铺、企业（百余户）', { min: 101, max: 199 }],
  ['urban-management', '004', '大港街苫盖裸露地面', 300_000], // 30万平方米
  ['urban-management', '004', '大港街安装的门禁', 470],
  ['urban-management', '004', '大港街安装门禁的社区（福苑里、三春里等）', 8],
  ['urban-management', '004', '大港街永明路空气监测点', 1],
  ['urban-management', '004', '大港街已完成拆违的社区（前光里、榮華里）', 2],
  ['urban-management', '004', '大港街定于月底进场拆违的社区（五方里）', 1],
];

interface Figure {
  domain: string;
  source: string;
  description: string;
  query: string;
  path: string;
}

const FIGURES: Figure[] = (
  [
    ['civil-affairs', CIVIL_AFFAIRS],
    ['economy', ECONOMY],
    ['party-building', PARTY_BUILDING],
    ['urban-management', URBAN_MANAGEMENT],
  ] as const
).flatMap(([domain, list]) =>
  list.map(({ source, description, query, path }) => ({ domain, source, description, query, path })),
);

const keyOf = (domain: string, description: string) => `${domain} ${description}`;
const ROW_BY_KEY = new Map(ROWS.map((row) => [keyOf(row[0], row[2]), row]));

/** Dates come back as instants; the documents speak of days in China Standard Time. */
function chinaDay(instant: unknown): string {
  return new Date(Date.parse(String(instant)) + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Reads the answer from `data`. Two figures are not a plain path: a ratio and a period. */
function answer(figure: Figure, data: unknown): unknown {
  if (figure.description === 'A+类低保每人每月补助') {
    const node = readPath(data, 'assistanceCases.edges[0].node') as {
      persons: number;
      payments: { edges: { node: { months: number; amountYuan: number } }[] };
    };
    const payment = node.payments.edges[0].node;
    return payment.amountYuan / (node.persons * payment.months);
  }
  const paths = figure.path.split(/,\s*/);
  if (paths.length === 2) return paths.map((path) => chinaDay(readPath(data, path))).join('/');
  const value = readPath(data, figure.path);
  return Array.isArray(value) ? [...value].sort() : value;
}

function check(actual: unknown, expected: Expected, description: string): void {
  if (typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, description).toBeGreaterThanOrEqual(expected.min);
    if (expected.max !== undefined) expect(actual, description).toBeLessThanOrEqual(expected.max);
  } else {
    expect(actual, description).toEqual(expected);
  }
}

let stack: TestStack;
let token: string;
/** Several figures share one query (economy's targets, party building's activities): ask each once. */
const answers = new Map<string, ReturnType<TestStack['graphql']>>();
function ask(query: string): ReturnType<TestStack['graphql']> {
  if (!answers.has(query)) answers.set(query, stack.graphql(query, { token }));
  return answers.get(query)!;
}

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  token = await stack.token(ADMIN);
}, 120_000);
afterAll(async () => stack?.stop());

describe('figures through the gateway', () => {
  it('figures: the table written from the documents covers exactly the figures the subgraphs list', () => {
    // The figures below are an it.each over FIGURES: one test per row of the table.
    expect(FIGURES, 'one listed figure per row of the table').toHaveLength(ROWS.length);
    const listed = FIGURES.map((figure) => keyOf(figure.domain, figure.description));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((key) => !ROW_BY_KEY.has(key))).toEqual([]);
    expect([...ROW_BY_KEY.keys()].filter((key) => !listed.includes(key))).toEqual([]);
    for (const figure of FIGURES)
      expect(figure.source.slice(0, 3), figure.description).toBe(
        ROW_BY_KEY.get(keyOf(figure.domain, figure.description))![1],
      );
  });

  it('figures: docs/FIGURES.md is current and lists every figure with its query', () => {
    const doc = readFileSync(FIGURES_DOC, 'utf8');
    expect(doc, 'run `npm run figures` and commit docs/FIGURES.md').toBe(renderFiguresDoc());
    for (const figure of FIGURES) expect(doc).toContain(`| ${figure.description.replaceAll('|', '\\|')} |`);
    for (const figure of FIGURES) expect(doc).toContain(figure.query);
  });

  it.each(
    FIGURES.map((figure) => [`${figure.domain} ${figure.source.slice(0, 3)} ${figure.description}`, figure] as const),
  )('figures %s', async (_name, figure) => {
    const response = await ask(figure.query);
    expect(response.body.errors).toBeUndefined();
    const row = ROW_BY_KEY.get(keyOf(figure.domain, figure.description));
    expect(row).toBeDefined();
    check(answer(figure, response.body.data), row![3], figure.description);
  });
});

/** Mobile number segments allocated to China Mobile, Unicom, Telecom and Broadnet (MIIT numbering plan). */
const MOBILE_SEGMENTS = /^1(3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}$/;

interface SeededResident {
  idNumber: string;
  birthDate: Date;
  sex: string;
  districtCode: string;
  divisionCode: string;
  phone: string | null;
}
interface SeededEnterprise {
  creditCode: string;
  districtCode: string;
  legalRepresentativePhone: string | null;
}

/** The identifiers are checked with test/utils/identifiers.ts (the standards' formulas), not the seeder's tables. */
let residents: SeededResident[] = [];
let enterprises: SeededEnterprise[] = [];
let phones: string[] = [];
beforeAll(async () => {
  residents = (await stack.connections['civil-affairs']
    .collection('residents')
    .find({})
    .toArray()) as unknown as SeededResident[];
  enterprises = (await stack.connections.economy
    .collection('enterprises')
    .find({})
    .toArray()) as unknown as SeededEnterprise[];
  const members = await stack.connections['party-building']
    .collection('party_members')
    .find({ phone: { $type: 'string' } })
    .toArray();
  const incidents = await stack.connections['urban-management']
    .collection('incidents')
    .find({ reporterPhone: { $type: 'string' } })
    .toArray();
  phones = [
    ...residents.flatMap((resident) => (resident.phone ? [resident.phone] : [])),
    ...enterprises.flatMap((enterprise) =>
      enterprise.legalRepresentativePhone ? [enterprise.legalRepresentativePhone] : [],
    ),
    ...members.map((member) => member.phone as string),
    ...incidents.map((incident) => incident.reporterPhone as string),
  ];
});

describe('seed identifiers', () => {
  it('seed identifiers: every resident ID number is 18 characters with a correct ISO 7064 check digit', () => {
    expect(residents.length).toBeGreaterThan(10_000);
    const bad = residents.filter(
      (resident) =>
        !/^\d{17}[\dX]$/.test(resident.idNumber) || idCheck(resident.idNumber.slice(0, 17)) !== resident.idNumber[17],
    );
    expect(bad.map((resident) => resident.idNumber)).toEqual([]);
    expect(new Set(residents.map((resident) => resident.idNumber)).size).toBe(residents.length);
  });

  it("seed identifiers: the region prefix is the resident's district, a real district of the world", () => {
    const bad = residents.filter(
      (resident) =>
        resident.idNumber.slice(0, 6) !== resident.divisionCode.slice(0, 6) ||
        resident.districtCode !== resident.divisionCode.slice(0, 6),
    );
    expect(bad.map((resident) => resident.idNumber)).toEqual([]);
    const prefixes = [...new Set(residents.map((resident) => resident.idNumber.slice(0, 6)))].sort();
    // Every district of the world (南开区, 滨海新区, 中原区, 北关区) has residents, so every district prefix is checked.
    expect(
      divisionsOfLevel('DISTRICT')
        .map((district) => district.code)
        .sort(),
    ).toEqual(['120104', '120116', '410102', '410503']);
    expect(prefixes, 'the region prefixes of the residents').toEqual(['120104', '120116', '410102', '410503']);
    for (const prefix of prefixes) expect(divisionByCode(prefix)?.level).toBe('DISTRICT');
  });

  it("seed identifiers: the birth date in the ID number is the stored birth date and the order code's parity the stored sex", () => {
    const bad = residents.filter((resident) => {
      const stored = resident.birthDate.toISOString().slice(0, 10).replaceAll('-', '');
      const male = Number(resident.idNumber[16]) % 2 === 1;
      return resident.idNumber.slice(6, 14) !== stored || (resident.sex === 'MALE') !== male;
    });
    expect(bad.map((resident) => resident.idNumber)).toEqual([]);
  });

  it('seed identifiers: every enterprise credit code has a correct GB 32100 check character and its district as region', () => {
    expect(enterprises.length).toBeGreaterThan(100);
    const bad = enterprises.filter((enterprise) => {
      const code = enterprise.creditCode;
      return (
        !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) ||
        creditCheck(code.slice(0, 17)) !== code[17] ||
        code.slice(2, 8) !== enterprise.districtCode
      );
    });
    expect(bad.map((enterprise) => enterprise.creditCode)).toEqual([]);
  });

  it('seed identifiers: mobile numbers of residents, legal representatives, party members and reporters are 11 digits in real segments', () => {
    expect(phones.length).toBeGreaterThan(10_000);
    expect(phones.filter((phone) => !MOBILE_SEGMENTS.test(phone))).toEqual([]);
  });
});
