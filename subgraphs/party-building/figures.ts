import type { DocumentedFigure } from '../../platform/world/documented-figure.js';

/**
 * The party-building facts of the source documents (../shared/seeds) that the seed reproduces,
 * each with the gateway query that answers it. Tests check them against numbers written from
 * the documents, not against these constants.
 */
export const DOCUMENTED = {
  /** 004: 大港街道辦事處書記韓英 (secretary of the street's party working committee). */
  dagangSecretary: '韓英',
  /** 003: 区直属机关工委副书记王飞. */
  beiguanDeputySecretary: '王飞',
  /** 004: 3月11日 千名志愿者社区植树, 福苑里小区, 栽种树苗200余棵 (206 chosen for "200余"). */
  treePlanting: { date: '2016-03-11', volunteers: 1000, trees: 206, hoursEach: 3 },
  /** 004: 「身邊人、身邊事」「學雷鋒見行動」等活動最少100場次 (a 2016 target). */
  dagangVolunteerActivityTarget: 100,
} as const;

export const DOCUMENTED_FIGURES: DocumentedFigure[] = [
  {
    source: '003',
    description: '北关区直属机关47个党组织（区直属机关工委下属）',
    value: 47,
    unit: '个',
    query: '{ partyOrganization(id: "porg-410503-organs") { children(first: 0) { totalCount } } }',
    path: 'partyOrganization.children.totalCount',
  },
  {
    source: '003',
    description:
      '2020年12月9日 学习贯彻党的十九届五中全会精神集中宣讲动员暨培训会议：对区直属机关47个党组织书记、副书记进行宣讲培训',
    value: 47,
    unit: '个',
    query:
      '{ partyActivities(filter: { divisionCode: "410503", kind: TRAINING, from: "2020-12-09", to: "2020-12-10" }) { edges { node { title attendingOrganizationCount } } } }',
    path: 'partyActivities.edges[0].node.attendingOrganizationCount',
  },
  {
    source: '003',
    description: '区直属机关宣讲团宣讲时间 12月9日至12月31日',
    value: '2020-12-09/2020-12-31',
    unit: '日期',
    query:
      '{ partyActivities(filter: { divisionCode: "410503", kind: LECTURE, titleContains: "区直属机关宣讲团" }) { edges { node { startsAt endsAt } } } }',
    path: 'partyActivities.edges[0].node.startsAt, partyActivities.edges[0].node.endsAt',
  },
  {
    source: '000',
    description: '广开街13个社区均建有社区党组织',
    value: 13,
    unit: '个',
    query:
      '{ street(code: "120104004") { partyOrganizations(first: 0, filter: { sector: COMMUNITY }) { totalCount } } }',
    path: 'street.partyOrganizations.totalCount',
  },
  {
    source: '000',
    description: '广开街党组织覆盖机关、社区、“两新”组织（按领域的党组织数，创先争优活动对象）',
    value: 'ORGAN, COMMUNITY, NON_PUBLIC',
    unit: '领域',
    query:
      '{ street(code: "120104004") { partyBuildingIndicators(from: "2010-01-01", to: "2011-01-01") { organizationsBySector { key count } } } }',
    path: 'street.partyBuildingIndicators.organizationsBySector[*].key',
  },
  {
    source: '001',
    description: '桐柏路街道19个社区的“两委”（每个社区一个社区党组织）',
    value: 19,
    unit: '个',
    query:
      '{ street(code: "410102005") { partyOrganizations(first: 0, filter: { sector: COMMUNITY }) { totalCount } } }',
    path: 'street.partyOrganizations.totalCount',
  },
  {
    source: '001',
    description: '风和日丽社区“每周有活动”：2007年每周六科普活动',
    value: 52,
    unit: '次',
    query:
      '{ partyActivities(first: 0, filter: { divisionCode: "410102005001", kind: SCIENCE_POPULARIZATION }) { totalCount } }',
    path: 'partyActivities.totalCount',
  },
  {
    source: '001',
    description: '风和日丽社区“每月有比赛”：2007年每月一次比赛',
    value: 12,
    unit: '次',
    query: '{ partyActivities(first: 0, filter: { divisionCode: "410102005001", kind: COMPETITION }) { totalCount } }',
    path: 'partyActivities.totalCount',
  },
  {
    source: '004',
    description: '2016年3月11日 大港街千名志愿者在福苑里小区植树',
    value: 1000,
    unit: '人',
    query:
      '{ partyActivities(filter: { divisionCode: "120116011", kind: VOLUNTEER_SERVICE, from: "2016-03-11", to: "2016-03-12", titleContains: "千名志愿者" }) { edges { node { title participantCount outputs { key value unit } community { code } } } } }',
    path: 'partyActivities.edges[0].node.participantCount',
  },
  {
    source: '004',
    description: '福苑里小区栽种树苗200余棵（取206棵）',
    value: 206,
    unit: '棵',
    query:
      '{ partyActivities(filter: { divisionCode: "120116011", kind: VOLUNTEER_SERVICE, from: "2016-03-11", to: "2016-03-12", titleContains: "千名志愿者" }) { edges { node { outputs { key value unit } } } } }',
    path: 'partyActivities.edges[0].node.outputs[0].value',
  },
  {
    source: '004',
    description: '大港街2016年“學雷鋒見行動”等志愿服务活动最少100场次（目标）',
    value: 100,
    unit: '次',
    query:
      '{ street(code: "120116011") { partyBuildingIndicators(from: "2016-01-01", to: "2017-01-01") { volunteerActivities { value target unit } } } }',
    path: 'street.partyBuildingIndicators.volunteerActivities.target',
  },
  {
    source: '004',
    description: '大港街道党工委书记韓英',
    value: '韓英',
    unit: '姓名',
    query: '{ partyOrganization(id: "porg-120116011-committee") { secretaryName } }',
    path: 'partyOrganization.secretaryName',
  },
];
