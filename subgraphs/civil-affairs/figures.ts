import type { DocumentedFigure } from '../../platform/world/documented-figure.js';

/**
 * The figures of the source documents (../../../shared/seeds) this subgraph reproduces, with the
 * gateway query that answers each. `DOCUMENTED` holds the inputs the seeder builds from; where a
 * document gives no breakdown (urban/rural split of 北关区's households, A+ households, 420余
 * hiring intentions) the choice made is stated next to it.
 */
export const DOCUMENTED = {
  beiguan: {
    dibaoHouseholds: 1_669,
    dibaoPersons: 2_873,
    // Split not in the document (chosen): the 38 villages of 柏庄镇 are the rural part.
    dibaoUrbanHouseholds: 1_029,
    dibaoUrbanPersons: 1_723,
    dibaoRuralHouseholds: 640,
    dibaoRuralPersons: 1_150,
    dibaoRuralAPlusHouseholds: 90,
    dibaoUrbanAmountFen: 605_700_000,
    dibaoRuralAmountFen: 356_300_000,
    aPlusMonthlyYuanPerPerson: 336,
    orphans: 6,
    deFactoUnsupportedChildren: 34,
    childMonthlyFen: 95_000,
    // 24.8171万 = 261 full months at 950 元 + one pro-rated month of 221 元 (the total is no multiple of 950).
    childFullMonths: 261,
    childProratedFen: 22_100,
    temporaryPersonTimes: 221,
    temporaryAmountFen: 38_100_000,
    disabilityLivingPersons: 1_039,
    disabilityLivingAmountFen: 67_170_000,
    severeCarePersons: 1_360,
    severeCareAmountFen: 88_332_000,
    highAgeRecipients: 6_481,
    highAgeAmountFen: 319_650_000,
  },
  guangkai: {
    newDibaoHouseholds: 74,
    // Persons not in the document (chosen).
    newDibaoPersons: 151,
    newDibaoAmountFen: 38_500_000,
    housingSubsidies: 53,
    priceLimitedHousingApprovals: 268,
    elderlyCertificates: 2_552,
    seniorCards: 1_960,
    disabledJobPlacements: 9,
    flexibleEmployment4050: 186,
    trainedPersons: 174,
    medicalInsuranceRegistrations: 3_096,
    socialSecurityCards: 2_030,
  },
  dagang: {
    jobFairEnterprises: 75,
    // "420余人": 421, the smallest whole number the wording allows.
    jobFairHiringIntentions: 421,
  },
  targets: [
    {
      divisionCode: '120104',
      year: 2012,
      indicator: 'newJobs',
      value: 39_000,
      unit: '个',
      comparison: 'AT_LEAST',
      source: '002 中共南开区委2012年工作要点',
    },
    {
      divisionCode: '120104',
      year: 2012,
      indicator: 'registeredUnemploymentRate',
      value: 3.6,
      unit: '%',
      comparison: 'AT_MOST',
      source: '002 中共南开区委2012年工作要点',
    },
    {
      divisionCode: '120116011',
      year: 2016,
      indicator: 'newJobs',
      value: 3_000,
      unit: '人',
      comparison: 'AT_LEAST',
      source: '004 大港街道 2016',
    },
    {
      divisionCode: '120116011',
      year: 2016,
      indicator: 'urbanRuralMedicalInsuranceEnrolments',
      value: 7_000,
      unit: '人',
      comparison: 'AT_LEAST',
      source: '004 大港街道 2016',
    },
  ] as const,
};

const beiguan = (fields: string) =>
  `{ district(code: "410503") { civilAffairsIndicators(from: "2020-01-01T00:00:00+08:00", to: "2020-12-01T00:00:00+08:00") { ${fields} } } }`;
const guangkai = (fields: string, to = '2011-01-01T00:00:00+08:00') =>
  `{ street(code: "120104004") { civilAffairsIndicators(from: "2010-01-01T00:00:00+08:00", to: "${to}") { ${fields} } } }`;
const dagang = (fields: string) =>
  `{ street(code: "120116011") { civilAffairsIndicators(from: "2016-01-01T00:00:00+08:00", to: "2017-01-01T00:00:00+08:00") { ${fields} } } }`;
const nankai = (fields: string) =>
  `{ district(code: "120104") { civilAffairsIndicators(from: "2012-01-01T00:00:00+08:00", to: "2013-01-01T00:00:00+08:00") { ${fields} } } }`;

function figure(
  source: string,
  description: string,
  value: number,
  unit: string,
  query: string,
  path: string,
): DocumentedFigure {
  return { source, description, value, unit, query, path };
}

const B = '003 北关区 (2020年1-11月)';
const G = '000 南开区广开街道 (2010)';
const D = '004 大港街道 (2016)';
const N = '002 南开区2012年工作要点';
const bPath = (field: string, part = 'value') => `data.district.civilAffairsIndicators.${field}.${part}`;
const gPath = (field: string) => `data.street.civilAffairsIndicators.${field}.value`;
const dPath = (field: string, part = 'value') => `data.street.civilAffairsIndicators.${field}.${part}`;

export const DOCUMENTED_FIGURES: DocumentedFigure[] = [
  figure(B, '城乡低保户数', 1_669, '户', beiguan('dibaoHouseholds { value }'), bPath('dibaoHouseholds')),
  figure(B, '城乡低保人数', 2_873, '人', beiguan('dibaoPersons { value }'), bPath('dibaoPersons')),
  figure(
    B,
    '农村低保按季度发放资金',
    3_563_000,
    '元',
    beiguan('dibaoRuralAmount { value }'),
    bPath('dibaoRuralAmount'),
  ),
  figure(B, '城市低保按月发放资金', 6_057_000, '元', beiguan('dibaoUrbanAmount { value }'), bPath('dibaoUrbanAmount')),
  figure(
    B,
    'A+类低保每人每月补助',
    336,
    '元',
    '{ assistanceCases(filter: { divisionCode: "410503", program: DIBAO, tier: A_PLUS }, first: 1) { edges { node { persons payments(first: 1) { edges { node { months amountYuan } } } } } } }',
    'amountYuan / (persons × months) of any A+ payment',
  ),
  figure(B, '孤儿', 6, '人', beiguan('orphans { value }'), bPath('orphans')),
  figure(
    B,
    '事实无人抚养儿童',
    34,
    '人',
    beiguan('deFactoUnsupportedChildren { value }'),
    bPath('deFactoUnsupportedChildren'),
  ),
  figure(
    B,
    '孤儿和事实无人抚养儿童救助补助资金',
    248_171,
    '元',
    beiguan('childAssistanceAmount { value }'),
    bPath('childAssistanceAmount'),
  ),
  figure(
    B,
    '临时救助人次',
    221,
    '人次',
    beiguan('temporaryAssistancePersonTimes { value }'),
    bPath('temporaryAssistancePersonTimes'),
  ),
  figure(
    B,
    '临时救助资金',
    381_000,
    '元',
    beiguan('temporaryAssistanceAmount { value }'),
    bPath('temporaryAssistanceAmount'),
  ),
  figure(
    B,
    '困难残疾人生活补贴人数',
    1_039,
    '人',
    beiguan('disabilityLivingSubsidyPersons { value }'),
    bPath('disabilityLivingSubsidyPersons'),
  ),
  figure(
    B,
    '困难残疾人生活补贴金额',
    671_700,
    '元',
    beiguan('disabilityLivingSubsidyAmount { value }'),
    bPath('disabilityLivingSubsidyAmount'),
  ),
  figure(
    B,
    '重度残疾人护理补贴人数',
    1_360,
    '人',
    beiguan('severeDisabilityCareSubsidyPersons { value }'),
    bPath('severeDisabilityCareSubsidyPersons'),
  ),
  figure(
    B,
    '重度残疾人护理补贴金额',
    883_320,
    '元',
    beiguan('severeDisabilityCareSubsidyAmount { value }'),
    bPath('severeDisabilityCareSubsidyAmount'),
  ),
  figure(
    B,
    '80岁以上老人（高龄津贴）',
    6_481,
    '人',
    beiguan('highAgeAllowanceRecipients { value }'),
    bPath('highAgeAllowanceRecipients'),
  ),
  figure(B, '高龄津贴', 3_196_500, '元', beiguan('highAgeAllowanceAmount { value }'), bPath('highAgeAllowanceAmount')),
  figure(
    G,
    '上半年新增低保户',
    74,
    '户',
    guangkai('newDibaoHouseholds { value }', '2010-07-01T00:00:00+08:00'),
    gPath('newDibaoHouseholds'),
  ),
  figure(
    G,
    '上半年新增低保户救助资金',
    385_000,
    '元',
    guangkai('newDibaoAmount { value }', '2010-07-01T00:00:00+08:00'),
    gPath('newDibaoAmount'),
  ),
  figure(G, '住房补贴', 53, '户', guangkai('housingSubsidies { value }'), gPath('housingSubsidies')),
  figure(
    G,
    '限价房审批',
    268,
    '户',
    guangkai('priceLimitedHousingApprovals { value }'),
    gPath('priceLimitedHousingApprovals'),
  ),
  figure(G, '老年证', 2_552, '本', guangkai('elderlyCertificates { value }'), gPath('elderlyCertificates')),
  figure(G, '敬老卡', 1_960, '张', guangkai('seniorCards { value }'), gPath('seniorCards')),
  figure(G, '残疾人推荐工作', 9, '人', guangkai('disabledJobPlacements { value }'), gPath('disabledJobPlacements')),
  figure(
    G,
    '"4050"人员灵活就业',
    186,
    '人',
    guangkai('flexibleEmployment4050 { value }'),
    gPath('flexibleEmployment4050'),
  ),
  figure(G, '下岗失业人员技能培训', 174, '人', guangkai('trainedPersons { value }'), gPath('trainedPersons')),
  figure(
    G,
    '医保登记',
    3_096,
    '人',
    guangkai('medicalInsuranceRegistrations { value }'),
    gPath('medicalInsuranceRegistrations'),
  ),
  figure(G, '社保卡', 2_030, '张', guangkai('socialSecurityCards { value }'), gPath('socialSecurityCards')),
  figure(D, '春风行动招聘会参会企业', 75, '家', dagang('jobFairEnterprises { value }'), dPath('jobFairEnterprises')),
  figure(
    D,
    '春风行动达成就业意向（420余人）',
    421,
    '人',
    dagang('jobFairHiringIntentions { value }'),
    dPath('jobFairHiringIntentions'),
  ),
  figure(D, '全年新增就业目标', 3_000, '人', dagang('newJobs { target }'), dPath('newJobs', 'target')),
  figure(
    D,
    '城乡医疗保险参保目标',
    7_000,
    '人',
    dagang('urbanRuralMedicalInsuranceEnrolments { target }'),
    dPath('urbanRuralMedicalInsuranceEnrolments', 'target'),
  ),
  figure(
    D,
    '老年日间照料中心（三春里、振業里、福苑里）',
    3,
    '个',
    dagang('dayCareCentres { value }'),
    dPath('dayCareCentres'),
  ),
  figure(
    N,
    '新增就业岗位目标',
    39_000,
    '个',
    nankai('newJobs { target }'),
    'data.district.civilAffairsIndicators.newJobs.target',
  ),
  figure(
    N,
    '登记失业率控制目标',
    3.6,
    '%',
    nankai('targets { indicator value }'),
    'data.district.civilAffairsIndicators.targets[indicator=registeredUnemploymentRate].value',
  ),
];
