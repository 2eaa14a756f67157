/**
 * Every figure of the source documents that urban management reproduces, with the gateway query
 * that answers it and the JSON path of the answer (`[?(@.field=='X')]` selects a list element).
 * Tests check each against the document's value, written here from the documents.
 */
export interface DocumentedFigure {
  /** Source document in ../shared/seeds, by number. */
  source: '000' | '001' | '002' | '003' | '004';
  description: string;
  value: number;
  unit: string;
  /** Entry point: a division root field of the gateway (owned by civil affairs) or a root list here. */
  root: { field: 'district' | 'street'; code: string } | null;
  /** Selection under the entry point. */
  selection: string;
  /** Path of the answer inside `data`. */
  path: string;
  /** The full gateway query. */
  query: string;
}

const GUANGKAI = '120104004';
const TONGBAI = '410102005';
const NANKAI = '120104';
const BAIZHUANG = '410503100';
const DAGANG = '120116011';

const YEAR = (year: number) => `from: "${year}-01-01T00:00:00+08:00", to: "${year + 1}-01-01T00:00:00+08:00"`;
const list = (field: string, filter: string) => `${field}(filter: { ${filter} }) { totalCount }`;
const campaign = (field: string) =>
  `inspectionCampaigns(filter: { divisionCode: "${BAIZHUANG}", topic: [LOOSE_COAL] }) { edges { node { ${field} } } }`;

type Draft = Omit<DocumentedFigure, 'query'>;

const drafts: Draft[] = [
  // 000 广开街道, 奋战300天 facade rectification (about 2010)
  {
    source: '000',
    description: '广开街立面清拆的道路（广开四马路、西市大街、青年路、南开五马路、黄河道、西营门外大街）',
    value: 6,
    unit: '条',
    root: null,
    selection: list('rectificationProjects', `divisionCode: "${GUANGKAI}", kind: [ROAD], year: 2010`),
    path: 'rectificationProjects.totalCount',
  },
  {
    source: '000',
    description: '广开街立面清拆的楼房',
    value: 48,
    unit: '栋',
    root: { field: 'street', code: GUANGKAI },
    selection: `urbanManagementIndicators(${YEAR(2010)}) { rectificationByKind { kind buildings { value } } }`,
    path: "street.urbanManagementIndicators.rectificationByKind[?(@.kind=='BUILDING_FACADE')].buildings.value",
  },
  {
    source: '000',
    description: '广开街综合整治的居民区（朝园里、桦林园、开明西里、康舜里）',
    value: 4,
    unit: '片',
    root: null,
    selection: list('rectificationProjects', `divisionCode: "${GUANGKAI}", kind: [RESIDENTIAL_AREA], year: 2010`),
    path: 'rectificationProjects.totalCount',
  },
  // 001 桐柏路街道 (2007)
  {
    source: '001',
    description: '桐柏路街道安装的电子监控设备',
    value: 32,
    unit: '个',
    root: null,
    selection: list('facilities', `divisionCode: "${TONGBAI}", type: [CAMERA]`),
    path: 'facilities.totalCount',
  },
  {
    source: '001',
    description: '桐柏路街道规范化巡防室',
    value: 8,
    unit: '个',
    root: null,
    selection: list('facilities', `divisionCode: "${TONGBAI}", type: [PATROL_ROOM]`),
    path: 'facilities.totalCount',
  },
  {
    source: '001',
    description: '桐柏路街道办公用房面积达到400㎡的社区',
    value: 15,
    unit: '个',
    root: { field: 'street', code: TONGBAI },
    selection: `urbanManagementIndicators(to: "2008-01-01T00:00:00+08:00") { communitiesWithStandardOffice { value } }`,
    path: 'street.urbanManagementIndicators.communitiesWithStandardOffice.value',
  },
  {
    source: '001',
    description: '桐柏路街道被评为“平安社区”的社区（西站西等）',
    value: 16,
    unit: '个',
    root: { field: 'street', code: TONGBAI },
    selection: `urbanManagementIndicators(${YEAR(2007)}) { safeCommunities { value } }`,
    path: 'street.urbanManagementIndicators.safeCommunities.value',
  },
  {
    source: '001',
    description: '桐柏路街道被评为“无邪教社区”的社区（开元等）',
    value: 18,
    unit: '个',
    root: { field: 'street', code: TONGBAI },
    selection: `urbanManagementIndicators(${YEAR(2007)}) { cultFreeCommunities { value } }`,
    path: 'street.urbanManagementIndicators.cultFreeCommunities.value',
  },
  {
    source: '001',
    description: '桐柏路街道2007年预防可防性案件',
    value: 18,
    unit: '起',
    root: { field: 'street', code: TONGBAI },
    selection: `urbanManagementIndicators(${YEAR(2007)}) { casesPrevented { value } }`,
    path: 'street.urbanManagementIndicators.casesPrevented.value',
  },
  // 002 南开区 2012 work plan: targets
  {
    source: '002',
    description: '南开区2012年目标：道路拓宽改造（天拖北道等）',
    value: 10,
    unit: '条',
    root: { field: 'district', code: NANKAI },
    selection: `urbanManagementIndicators(${YEAR(2012)}) { rectificationByKind { kind projects { value target } } }`,
    path: "district.urbanManagementIndicators.rectificationByKind[?(@.kind=='ROAD_WIDENING')].projects.target",
  },
  {
    source: '002',
    description: '南开区2012年目标：旧楼区居住功能综合提升改造',
    value: 46,
    unit: '个',
    root: { field: 'district', code: NANKAI },
    selection: `urbanManagementIndicators(${YEAR(2012)}) { rectificationByKind { kind projects { value target } } }`,
    path: "district.urbanManagementIndicators.rectificationByKind[?(@.kind=='OLD_RESIDENTIAL_RENOVATION')].projects.target",
  },
  {
    source: '002',
    description: '南开区2012年目标：再建“五个一”文明示范小区',
    value: 20,
    unit: '个',
    root: { field: 'district', code: NANKAI },
    selection: `urbanManagementIndicators(${YEAR(2012)}) { rectificationByKind { kind projects { value target } } }`,
    path: "district.urbanManagementIndicators.rectificationByKind[?(@.kind=='CIVILIZED_MODEL_ESTATE')].projects.target",
  },
  // 003 北关区柏庄镇 loose-coal campaign (December 2020); "40余/300余/千余/百余" seeded as the exact numbers below
  {
    source: '003',
    description: '柏庄镇散煤拉网式排查覆盖的村',
    value: 38,
    unit: '个',
    root: null,
    selection: campaign('villagesCovered'),
    path: 'inspectionCampaigns.edges[0].node.villagesCovered',
  },
  {
    source: '003',
    description: '柏庄镇散煤排查的市场',
    value: 18,
    unit: '个',
    root: null,
    selection: campaign('marketsInspected'),
    path: 'inspectionCampaigns.edges[0].node.marketsInspected',
  },
  {
    source: '003',
    description: '柏庄镇出动的检查组（40余个）',
    value: 42,
    unit: '个',
    root: null,
    selection: campaign('inspectionTeams'),
    path: 'inspectionCampaigns.edges[0].node.inspectionTeams',
  },
  {
    source: '003',
    description: '柏庄镇出动的村镇干部（300余名）',
    value: 316,
    unit: '人',
    root: null,
    selection: campaign('staffDeployed'),
    path: 'inspectionCampaigns.edges[0].node.staffDeployed',
  },
  {
    source: '003',
    description: '柏庄镇排查的农户（千余户）',
    value: 1068,
    unit: '户',
    root: null,
    selection: campaign('householdsChecked'),
    path: 'inspectionCampaigns.edges[0].node.householdsChecked',
  },
  {
    source: '003',
    description: '柏庄镇排查的商铺、企业（百余户）',
    value: 112,
    unit: '户',
    root: null,
    selection: campaign('shopsAndEnterprisesChecked'),
    path: 'inspectionCampaigns.edges[0].node.shopsAndEnterprisesChecked',
  },
  // 004 大港街道 (2016)
  {
    source: '004',
    description: '大港街苫盖裸露地面',
    value: 300_000,
    unit: '㎡',
    root: { field: 'street', code: DAGANG },
    selection: `urbanManagementIndicators(${YEAR(2016)}) { rectificationByKind { kind areaSquareMeters { value } } }`,
    path: "street.urbanManagementIndicators.rectificationByKind[?(@.kind=='BARE_GROUND_COVER')].areaSquareMeters.value",
  },
  {
    source: '004',
    description: '大港街安装的门禁',
    value: 470,
    unit: '个',
    root: null,
    selection: list('facilities', `divisionCode: "${DAGANG}", type: [ACCESS_GATE]`),
    path: 'facilities.totalCount',
  },
  {
    source: '004',
    description: '大港街安装门禁的社区（福苑里、三春里等）',
    value: 8,
    unit: '个',
    root: { field: 'street', code: DAGANG },
    selection: `urbanManagementIndicators(to: "2017-01-01T00:00:00+08:00") { facilitiesByType { type communities { value } } }`,
    path: "street.urbanManagementIndicators.facilitiesByType[?(@.type=='ACCESS_GATE')].communities.value",
  },
  {
    source: '004',
    description: '大港街永明路空气监测点',
    value: 1,
    unit: '个',
    root: null,
    selection: list('facilities', `divisionCode: "${DAGANG}", type: [AIR_MONITORING_POINT], nameContains: "永明路"`),
    path: 'facilities.totalCount',
  },
  {
    source: '004',
    description: '大港街已完成拆违的社区（前光里、榮華里）',
    value: 2,
    unit: '个',
    root: null,
    selection: list(
      'rectificationProjects',
      `divisionCode: "${DAGANG}", kind: [ILLEGAL_CONSTRUCTION_DEMOLITION], status: [COMPLETED], year: 2016`,
    ),
    path: 'rectificationProjects.totalCount',
  },
  {
    source: '004',
    description: '大港街定于月底进场拆违的社区（五方里）',
    value: 1,
    unit: '个',
    root: null,
    selection: list(
      'rectificationProjects',
      `divisionCode: "${DAGANG}", kind: [ILLEGAL_CONSTRUCTION_DEMOLITION], status: [PLANNED], year: 2016`,
    ),
    path: 'rectificationProjects.totalCount',
  },
];

export const DOCUMENTED_FIGURES: readonly DocumentedFigure[] = drafts.map((draft) => ({
  ...draft,
  query: draft.root
    ? `{ ${draft.root.field}(code: "${draft.root.code}") { ${draft.selection} } }`
    : `{ ${draft.selection} }`,
}));
