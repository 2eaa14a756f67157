import { shanghaiMidnight } from '../../../platform/query/calendar.js';
import { childrenOf, divisionByName } from '../../../platform/world/divisions.js';
import type {
  FacilityRecord,
  InspectionCampaignRecord,
  RectificationProjectRecord,
  SafetyDesignationRecord,
  SafetyStatisticRecord,
  TargetRecord,
} from '../models.js';
import { rectificationTargetKey } from '../indicators.js';

/**
 * The records the source documents describe (../shared/seeds), written out as data. The
 * generated records (the other files of seed/) never share a period, division and kind with
 * these, so every documented figure holds whatever the scale (see figures.ts for the queries
 * that answer them).
 */
type Without<T> = Omit<T, '_id' | 'districtCode' | 'streetCode' | 'communityCode' | 'gridCode'>;
type DocumentedFacility = Without<FacilityRecord>;
type DocumentedProject = Without<RectificationProjectRecord>;

/** Midnight of a date (`YYYY-MM-DD`) in Asia/Shanghai. */
export function day(isoDate: string): Date {
  const [year, month, date] = isoDate.split('-').map(Number);
  return shanghaiMidnight(year, month, date);
}

const communityCode = (street: string, name: string): string => {
  const code = childrenOf(divisionByName(street).code).find((child) => child.name === name)?.code;
  if (!code) throw new Error(`${name} is not a community of ${street}`);
  return code;
};
const communitiesOf = (street: string) => childrenOf(divisionByName(street).code);

// ---------------------------------------------------------------- 000 南开区广开街道 (about 2010)
const GUANGKAI = '广开街道';
const GUANGKAI_PROGRAMME = '奋战300天市容环境综合整治';
/** The six roads and, per road, the buildings along it whose facades were cleaned: 48 in all. */
const GUANGKAI_ROADS: [string, number][] = [
  ['广开四马路', 10],
  ['西市大街', 9],
  ['青年路', 8],
  ['南开五马路', 8],
  ['黄河道', 7],
  ['西营门外大街', 6],
];
const GUANGKAI_AREAS = ['朝园里社区', '桦林园社区', '开明西里社区', '康舜里社区'];

function guangkaiProjects(): DocumentedProject[] {
  const street = divisionByName(GUANGKAI).code;
  const common = {
    programme: GUANGKAI_PROGRAMME,
    year: 2010,
    status: 'COMPLETED' as const,
    startedAt: day('2010-03-15'),
    completedAt: day('2010-12-20'),
    areaSquareMeters: null,
    source: '000',
  };
  return [
    ...GUANGKAI_ROADS.map(([road]) => ({
      ...common,
      name: `${road}道路立面整治`,
      kind: 'ROAD' as const,
      divisionCode: street,
      buildingCount: 0,
    })),
    ...GUANGKAI_ROADS.map(([road, buildings]) => ({
      ...common,
      name: `${road}沿线楼房立面清拆`,
      kind: 'BUILDING_FACADE' as const,
      divisionCode: street,
      buildingCount: buildings,
    })),
    ...GUANGKAI_AREAS.map((area) => ({
      ...common,
      name: `${area.replace('社区', '')}居民区综合整治`,
      kind: 'RESIDENTIAL_AREA' as const,
      divisionCode: communityCode(GUANGKAI, area),
      buildingCount: 0,
    })),
  ];
}

// ---------------------------------------------------------------- 001 中原区桐柏路街道 (2007)
const TONGBAI = '桐柏路街道';
const TONGBAI_CAMERAS = 32;
const TONGBAI_PATROL_ROOMS = 8;
const TONGBAI_STANDARD_OFFICES = 15;
const TONGBAI_SAFE_COMMUNITIES = 16;
const TONGBAI_CULT_FREE_COMMUNITIES = 18;
const TONGBAI_CASES_PREVENTED_2007 = 18;

function tongbaiFacilities(): DocumentedFacility[] {
  const communities = communitiesOf(TONGBAI);
  const facility = (
    name: string,
    type: FacilityRecord['type'],
    divisionCode: string,
    installedAt: Date,
    extra: Partial<DocumentedFacility> = {},
  ): DocumentedFacility => ({
    name,
    type,
    divisionCode,
    installedAt,
    status: 'IN_SERVICE',
    areaSquareMeters: null,
    standardized: false,
    source: '001',
    ...extra,
  });
  const cameras = Array.from({ length: TONGBAI_CAMERAS }, (_, i) => {
    const community = communities[i % communities.length];
    return facility(
      `${community.name}电子监控设备${Math.floor(i / communities.length) + 1}号`,
      'CAMERA',
      community.code,
      day(`2007-0${3 + (i % 6)}-10`),
    );
  });
  // 西站西 and 开元 are the documents' model communities; the other rooms follow in code order.
  const patrolCommunities = [communities[1], communities[3], ...communities.filter((_, i) => i !== 1 && i !== 3)].slice(
    0,
    TONGBAI_PATROL_ROOMS,
  );
  const patrolRooms = patrolCommunities.map((community) =>
    facility(`${community.name}规范化巡防室`, 'PATROL_ROOM', community.code, day('2007-06-30'), { standardized: true }),
  );
  // 15 offices rebuilt to 一厅六室两站 with at least 400 ㎡; the last four are still smaller.
  const offices = communities.map((community, i) =>
    facility(`${community.name}办公用房`, 'COMMUNITY_OFFICE', community.code, day('2007-09-01'), {
      areaSquareMeters: i < TONGBAI_STANDARD_OFFICES ? 400 + ((i * 37) % 120) : 260 + i * 5,
      standardized: i < TONGBAI_STANDARD_OFFICES,
    }),
  );
  return [...cameras, ...patrolRooms, ...offices];
}

function tongbaiDesignations(): Without<SafetyDesignationRecord>[] {
  const communities = communitiesOf(TONGBAI);
  const awardedBy = '中共郑州市中原区委';
  const designation = (kind: SafetyDesignationRecord['kind'], divisionCode: string) => ({
    kind,
    divisionCode,
    year: 2007,
    awardedBy,
    source: '001',
  });
  return [
    // 西站西等16个社区被评为"平安社区"; 开元等18个社区被评为"无邪教社区"; the street is 平安街道.
    ...communities.slice(0, TONGBAI_SAFE_COMMUNITIES).map((community) => designation('SAFE_COMMUNITY', community.code)),
    ...communities
      .slice(0, TONGBAI_CULT_FREE_COMMUNITIES)
      .map((community) => designation('CULT_FREE_COMMUNITY', community.code)),
    designation('SAFE_STREET', divisionByName(TONGBAI).code),
  ];
}

const tongbaiStatistics = (): Without<SafetyStatisticRecord>[] => [
  {
    divisionCode: divisionByName(TONGBAI).code,
    year: 2007,
    casesPrevented: TONGBAI_CASES_PREVENTED_2007,
    source: '001',
  },
];

// ---------------------------------------------------------------- 002 南开区 2012 work plan
const NANKAI = '南开区';
const NANKAI_2012_TARGETS: Record<'ROAD_WIDENING' | 'OLD_RESIDENTIAL_RENOVATION' | 'CIVILIZED_MODEL_ESTATE', number> = {
  ROAD_WIDENING: 10,
  OLD_RESIDENTIAL_RENOVATION: 46,
  CIVILIZED_MODEL_ESTATE: 20,
};
const NANKAI_WIDENED_ROADS = [
  '天拖北道',
  '红旗南路',
  '咸阳路',
  '白堤路',
  '密云路',
  '简阳路',
  '长江道',
  '西湖道',
  '华苑路',
  '王顶堤路',
];

const nankaiTargets = (): Without<TargetRecord>[] =>
  Object.entries(NANKAI_2012_TARGETS).map(([kind, value]) => ({
    divisionCode: divisionByName(NANKAI).code,
    year: 2012,
    indicator: rectificationTargetKey(kind as keyof typeof NANKAI_2012_TARGETS),
    value,
    unit: kind === 'ROAD_WIDENING' ? '条' : '个',
    source: '002',
  }));

/** What was carried out in 2012 against the plan: all started, most finished within the year. */
function nankaiProjects(): DocumentedProject[] {
  const district = divisionByName(NANKAI).code;
  const communities = childrenOf(district).flatMap((street) => childrenOf(street.code));
  const common = {
    programme: '中共南开区委2012年工作要点',
    year: 2012,
    areaSquareMeters: null,
    buildingCount: 0,
    source: '002',
  };
  const status = (i: number, every: number) =>
    i % every === every - 1 ? ('IN_PROGRESS' as const) : ('COMPLETED' as const);
  const completedAt = (i: number, every: number) =>
    i % every === every - 1 ? null : day(`2012-${String(6 + (i % 6)).padStart(2, '0')}-28`);
  return [
    ...NANKAI_WIDENED_ROADS.map((road, i) => ({
      ...common,
      name: `${road}拓宽改造`,
      kind: 'ROAD_WIDENING' as const,
      divisionCode: district,
      status: status(i, 4),
      startedAt: day('2012-04-01'),
      completedAt: completedAt(i, 4),
    })),
    ...Array.from({ length: NANKAI_2012_TARGETS.OLD_RESIDENTIAL_RENOVATION }, (_, i) => {
      const community = communities[i % communities.length];
      const phase = i < communities.length ? '' : '二期';
      return {
        ...common,
        name: `${community.name.replace('社区', '')}旧楼区居住功能综合提升改造${phase}`,
        kind: 'OLD_RESIDENTIAL_RENOVATION' as const,
        divisionCode: community.code,
        buildingCount: 6 + (i % 9),
        status: status(i, 5),
        startedAt: day('2012-03-20'),
        completedAt: completedAt(i, 5),
      };
    }),
    ...Array.from({ length: NANKAI_2012_TARGETS.CIVILIZED_MODEL_ESTATE }, (_, i) => {
      const community = communities[(i * 3) % communities.length];
      return {
        ...common,
        name: `${community.name.replace('社区', '')}“五个一”文明示范小区`,
        kind: 'CIVILIZED_MODEL_ESTATE' as const,
        divisionCode: community.code,
        status: status(i, 6),
        startedAt: day('2012-05-01'),
        completedAt: completedAt(i, 6),
      };
    }),
  ];
}

// ---------------------------------------------------------------- 003 北关区柏庄镇 (December 2020)
/** "40余个检查组、300余名村镇干部，累计排查千余户农家和百余户商铺、企业": exact numbers chosen above each. */
const BAIZHUANG_CAMPAIGN = {
  villages: 38,
  markets: 18,
  inspectionTeams: 42,
  staff: 316,
  households: 1068,
  shopsAndEnterprises: 112,
} as const;

function baizhuangCampaign(): Without<InspectionCampaignRecord> {
  const town = divisionByName('柏庄镇').code;
  return {
    name: '柏庄镇冬季散煤治理拉网式排查',
    topic: 'LOOSE_COAL',
    divisionCode: town,
    startDate: day('2020-12-01'),
    endDate: day('2020-12-09'),
    villageCodes: childrenOf(town).map((village) => village.code),
    marketsInspected: BAIZHUANG_CAMPAIGN.markets,
    inspectionTeams: BAIZHUANG_CAMPAIGN.inspectionTeams,
    staffDeployed: BAIZHUANG_CAMPAIGN.staff,
    householdsChecked: BAIZHUANG_CAMPAIGN.households,
    shopsAndEnterprisesChecked: BAIZHUANG_CAMPAIGN.shopsAndEnterprises,
    source: '003',
  };
}

// ---------------------------------------------------------------- 004 滨海新区大港街道 (2016)
const DAGANG = '大港街道';
/** 福苑里、三春里等8个社区共安装470个门禁: gates per community, 470 in all. */
const DAGANG_GATES: [string, number][] = [
  ['福苑里社區', 78],
  ['三春里社區', 72],
  ['振業里社區', 60],
  ['春港花園社區', 58],
  ['前進里社區', 55],
  ['興華里社區', 52],
  ['建安里社區', 50],
  ['曙光里社區', 45],
];
/** 苫蓋裸露地面30萬平方米, by the community around which the ground lay. */
const DAGANG_BARE_GROUND: [string, number][] = [
  ['前光里社區', 80_000],
  ['五方里社區', 65_000],
  ['榮華里社區', 52_000],
  ['迎賓里社區', 43_000],
  ['勝利里社區', 35_000],
  ['團結里社區', 25_000],
];

function dagangFacilities(): DocumentedFacility[] {
  const gates = DAGANG_GATES.flatMap(([community, count]) =>
    Array.from({ length: count }, (_, i) => ({
      name: `${community.replace('社區', '')}${i + 1}號樓門禁`,
      type: 'ACCESS_GATE' as const,
      divisionCode: communityCode(DAGANG, community),
      installedAt: day(i % 2 === 0 ? '2015-10-15' : '2016-03-01'),
      status: 'IN_SERVICE' as const,
      areaSquareMeters: null,
      standardized: false,
      source: '004',
    })),
  );
  const airPoint: DocumentedFacility = {
    name: '永明路空氣監測點',
    type: 'AIR_MONITORING_POINT',
    divisionCode: divisionByName(DAGANG).code,
    installedAt: day('2014-06-01'),
    status: 'IN_SERVICE',
    areaSquareMeters: null,
    standardized: true,
    source: '004',
  };
  return [...gates, airPoint];
}

function dagangProjects(): DocumentedProject[] {
  const common = { programme: '美麗濱海一號工程', year: 2016, buildingCount: 0, source: '004' };
  return [
    ...DAGANG_BARE_GROUND.map(([community, area], i) => ({
      ...common,
      name: `${community.replace('社區', '')}周邊裸露地面苫蓋`,
      kind: 'BARE_GROUND_COVER' as const,
      divisionCode: communityCode(DAGANG, community),
      status: 'COMPLETED' as const,
      startedAt: day(`2016-0${1 + (i % 3)}-10`),
      completedAt: day('2016-03-25'),
      areaSquareMeters: area,
    })),
    {
      ...common,
      name: '福苑里小區千名志願者植樹行動',
      kind: 'GREENING',
      divisionCode: communityCode(DAGANG, '福苑里社區'),
      status: 'COMPLETED',
      startedAt: day('2016-03-11'),
      completedAt: day('2016-03-11'),
      areaSquareMeters: null,
    },
    // 前光里、榮華里拆違已經完成，五方里社區拆違定在月底進場動工。
    ...(['前光里社區', '榮華里社區', '五方里社區'] as const).map((community) => {
      const scheduled = community === '五方里社區';
      return {
        ...common,
        name: `${community.replace('社區', '')}違法建設拆除`,
        kind: 'ILLEGAL_CONSTRUCTION_DEMOLITION' as const,
        divisionCode: communityCode(DAGANG, community),
        status: scheduled ? ('PLANNED' as const) : ('COMPLETED' as const),
        startedAt: scheduled ? day('2016-03-31') : day('2016-02-20'),
        completedAt: scheduled ? null : day('2016-03-20'),
        areaSquareMeters: null,
      };
    }),
  ];
}

/** Streets whose documents fix the count of a facility type: generated facilities avoid them. */
export const DOCUMENTED_FACILITY_STREETS: Record<string, readonly FacilityRecord['type'][]> = {
  [divisionByName(TONGBAI).code]: ['CAMERA', 'PATROL_ROOM', 'COMMUNITY_OFFICE'],
  [divisionByName(DAGANG).code]: ['ACCESS_GATE', 'AIR_MONITORING_POINT'],
};

/** Years of documented rectification work: generated projects use other years. */
export const DOCUMENTED_PROJECT_YEARS: readonly number[] = [2010, 2012, 2016];

export function documentedRecords() {
  return {
    facilities: [...tongbaiFacilities(), ...dagangFacilities()],
    projects: [...guangkaiProjects(), ...nankaiProjects(), ...dagangProjects()],
    campaigns: [baizhuangCampaign()],
    designations: tongbaiDesignations(),
    statistics: tongbaiStatistics(),
    targets: nankaiTargets(),
  };
}
