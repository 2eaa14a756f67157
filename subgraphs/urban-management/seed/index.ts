import type { Connection, Model } from 'mongoose';
import { divisionAncestry } from '../../../platform/world/division-code.js';
import { makeMobile } from '../../../platform/world/identifiers.js';
import { enterpriseId, GUARANTEED_ENTERPRISES_PER_COMMUNITY } from '../../../platform/world/keys.js';
import { SeededRandom } from '../../../platform/world/random.js';
import { childrenOf, divisionsOfLevel, type DivisionSeed } from '../../../platform/world/divisions.js';
import { day, DOCUMENTED_FACILITY_STREETS, DOCUMENTED_PROJECT_YEARS, documentedRecords } from './documented.js';
import {
  CATEGORY_TIME_LIMIT_HOURS,
  createUrbanManagementModels,
  FACILITY_TYPES,
  INCIDENT_CATEGORIES,
  INCIDENT_SOURCES,
  type FacilityRecord,
  type IncidentRecord,
  type RectificationProjectRecord,
  type InspectionCampaignRecord,
} from '../models.js';
import type { IncidentCategory, IncidentStatus, RectificationKind } from '../__generated__/resolvers-types.js';
import { withSearchNames } from '../../../platform/query/search-name.js';
import { generatePetitions } from './petitions.js';

/**
 * Seeds the urban-management database: the documented records (documented.ts) plus generated
 * incidents, facilities, projects and campaigns. Deterministic from `seed` (current-year
 * incidents are placed between 1 January and the day of seeding); `scale` multiplies the
 * generated volumes only.
 */
export interface UrbanManagementSeedReport {
  database: string;
  counts: Record<string, number>;
}

const HOUR_MS = 3_600_000;
const INCIDENTS_PER_COMMUNITY_YEAR = 3;
const HISTORY_YEARS = [2016, 2017, 2018, 2019, 2020];
const GENERATED_PROJECT_YEARS = [2017, 2018, 2019, 2020];

const TITLES: Record<IncidentCategory, string[]> = {
  CITY_APPEARANCE: ['楼道乱贴小广告', '店外乱摆乱放', '绿化带内杂物堆积'],
  ILLEGAL_CONSTRUCTION: ['楼顶私搭彩钢房', '院内违建棚屋', '一楼私扩院墙'],
  GARBAGE: ['垃圾桶满溢未清运', '建筑垃圾随意倾倒', '垃圾分类投放不规范'],
  ROAD_OCCUPATION: ['商户占道经营', '流动摊贩占道', '车辆占用人行道'],
  COOKING_FUMES: ['餐馆油烟直排', '露天烧烤油烟扰民', '油烟净化设施未运行'],
  LOOSE_COAL: ['农户违规储存散煤', '燃煤散烧取暖', '商铺销售散煤'],
  NOISE: ['夜间施工噪声扰民', '商铺音响噪声', '广场舞音量过大'],
  BARE_GROUND: ['工地裸露地面未苫盖', '拆迁空地扬尘', '渣土未覆盖'],
  PUBLIC_FACILITY: ['路灯损坏', '井盖缺失', '健身器材损坏'],
  ILLEGAL_ADVERTISING: ['违规设置户外广告牌', '门头招牌破损', '墙体违规喷涂广告'],
};
/** Categories where a business is usually the one concerned. */
const ENTERPRISE_CATEGORIES = new Set<IncidentCategory>(['COOKING_FUMES', 'GARBAGE', 'ROAD_OCCUPATION', 'NOISE', 'ILLEGAL_ADVERTISING', 'BARE_GROUND']);
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['秀英', '建国', '桂兰', '志强', '丽', '伟', '敏', '军', '静', '海燕', '国庆', '淑珍', '磊', '红梅'];

const stamp = (code: string) => ({ divisionCode: code, ...divisionAncestry(code) });
const shanghaiYearStart = (year: number) => day(`${year}-01-01`);

function lifecycle(random: SeededRandom, category: IncidentCategory, reportedAt: Date, horizon: Date) {
  const limitMs = CATEGORY_TIME_LIMIT_HOURS[category] * HOUR_MS;
  const acceptedAt = new Date(reportedAt.getTime() + random.int(10, 240) * 60_000);
  const assignedAt = new Date(acceptedAt.getTime() + random.int(10, 480) * 60_000);
  // Most incidents are handled within the limit; about one in six runs late.
  const handlingMs = random.chance(0.17) ? limitMs * (1 + random.next()) : limitMs * (0.15 + 0.8 * random.next());
  const resolvedAt = new Date(reportedAt.getTime() + handlingMs);
  const closedAt = new Date(resolvedAt.getTime() + random.int(12, 72) * HOUR_MS);
  const deadline = new Date(reportedAt.getTime() + limitMs);
  const times = { deadline, acceptedAt: null as Date | null, assignedAt: null as Date | null, resolvedAt: null as Date | null, closedAt: null as Date | null };
  let status: IncidentStatus;
  if (closedAt < horizon && !random.chance(0.04)) status = 'CLOSED';
  else if (resolvedAt < horizon) status = random.chance(0.3) ? 'REOPENED' : 'RESOLVED';
  else if (assignedAt < horizon) status = 'ASSIGNED';
  else if (acceptedAt < horizon) status = 'ACCEPTED';
  else status = 'REPORTED';
  if (status !== 'REPORTED') times.acceptedAt = acceptedAt;
  if (status !== 'REPORTED' && status !== 'ACCEPTED') times.assignedAt = assignedAt;
  if (status === 'RESOLVED' || status === 'CLOSED') times.resolvedAt = resolvedAt;
  if (status === 'CLOSED') times.closedAt = closedAt;
  return { status, ...times };
}

function generateIncidents(random: SeededRandom, communities: DivisionSeed[], scale: number, now: Date): Omit<IncidentRecord, '_id'>[] {
  const incidents: Omit<IncidentRecord, '_id'>[] = [];
  const currentYear = new Date(now.getTime() + 8 * HOUR_MS).getUTCFullYear();
  const years = [...HISTORY_YEARS, ...(HISTORY_YEARS.includes(currentYear) ? [] : [currentYear])];
  const perYear = Math.max(1, Math.round(INCIDENTS_PER_COMMUNITY_YEAR * scale));
  for (const community of communities) {
    const grids = childrenOf(community.code);
    const local = random.fork(community.code);
    for (const year of years) {
      const start = shanghaiYearStart(year).getTime();
      const end = Math.min(shanghaiYearStart(year + 1).getTime(), now.getTime());
      for (let i = 0; i < perYear; i++) {
        const category = local.pick(INCIDENT_CATEGORIES);
        const source = local.pick(INCIDENT_SOURCES);
        const reportedAt = new Date(start + Math.floor(local.next() * (end - start)));
        const byResident = source === 'RESIDENT_REPORT' || source === 'HOTLINE';
        const concernsEnterprise = ENTERPRISE_CATEGORIES.has(category) && local.chance(0.3);
        const grid = grids.length > 0 ? local.pick(grids) : null;
        incidents.push({
          ...stamp(grid?.code ?? community.code),
          title: local.pick(TITLES[category]),
          description: null,
          address: `${community.name}${local.int(1, 30)}号楼附近`,
          category,
          source,
          reportedAt,
          ...lifecycle(local, category, reportedAt, now),
          reporterName: byResident ? local.pick(SURNAMES) + local.pick(GIVEN) : null,
          reporterPhone: byResident ? makeMobile(local) : null,
          enterpriseId: concernsEnterprise ? enterpriseId(community.code, local.int(0, GUARANTEED_ENTERPRISES_PER_COMMUNITY - 1)) : null,
        });
      }
    }
  }
  return incidents;
}

const FACILITY_NAMES: Record<FacilityRecord['type'], string> = {
  CAMERA: '视频监控点', ACCESS_GATE: '楼栋门禁', PATROL_ROOM: '巡防室', AIR_MONITORING_POINT: '空气监测点',
  PUBLIC_TOILET: '公厕', GARBAGE_TRANSFER_STATION: '垃圾转运站', COMMUNITY_OFFICE: '社区办公用房',
};

function generateFacilities(random: SeededRandom, communities: DivisionSeed[], scale: number): Omit<FacilityRecord, '_id'>[] {
  const facilities: Omit<FacilityRecord, '_id'>[] = [];
  for (const community of communities) {
    const local = random.fork(`facility:${community.code}`);
    const excluded = DOCUMENTED_FACILITY_STREETS[community.code.slice(0, 9)] ?? [];
    for (const type of FACILITY_TYPES) {
      if (excluded.includes(type) || type === 'AIR_MONITORING_POINT') continue;
      const count = type === 'COMMUNITY_OFFICE' ? 1 : Math.round(local.int(0, type === 'CAMERA' || type === 'ACCESS_GATE' ? 6 : 1) * scale);
      for (let i = 0; i < count; i++) {
        facilities.push({
          ...stamp(community.code),
          name: `${community.name}${FACILITY_NAMES[type]}${count > 1 ? `${i + 1}号` : ''}`,
          type,
          status: local.chance(0.92) ? 'IN_SERVICE' : local.pick(['UNDER_CONSTRUCTION', 'OUT_OF_SERVICE'] as const),
          installedAt: new Date(day(`${local.int(2012, 2020)}-01-01`).getTime() + local.int(0, 364) * 24 * HOUR_MS),
          areaSquareMeters: type === 'COMMUNITY_OFFICE' ? local.int(180, 650) : type === 'PUBLIC_TOILET' ? local.int(30, 90) : null,
          standardized: local.chance(0.6),
          source: null,
        });
      }
    }
  }
  return facilities;
}

const GENERATED_KINDS: RectificationKind[] = ['GREENING', 'OLD_RESIDENTIAL_RENOVATION', 'RESIDENTIAL_AREA', 'BARE_GROUND_COVER', 'ILLEGAL_CONSTRUCTION_DEMOLITION'];
const KIND_NAMES: Partial<Record<RectificationKind, string>> = {
  GREENING: '绿化提升', OLD_RESIDENTIAL_RENOVATION: '老旧小区改造', RESIDENTIAL_AREA: '居民区综合整治', BARE_GROUND_COVER: '裸露地面苫盖', ILLEGAL_CONSTRUCTION_DEMOLITION: '违法建设拆除',
};

function generateProjects(random: SeededRandom, communities: DivisionSeed[], scale: number): Omit<RectificationProjectRecord, '_id'>[] {
  const projects: Omit<RectificationProjectRecord, '_id'>[] = [];
  for (const community of communities) {
    const local = random.fork(`project:${community.code}`);
    const count = Math.round(local.int(0, 2) * scale);
    for (let i = 0; i < count; i++) {
      const kind = local.pick(GENERATED_KINDS);
      const year = local.pick(GENERATED_PROJECT_YEARS.filter((candidate) => !DOCUMENTED_PROJECT_YEARS.includes(candidate)));
      const startedAt = day(`${year}-${String(local.int(3, 9)).padStart(2, '0')}-${String(local.int(1, 28)).padStart(2, '0')}`);
      const completed = local.chance(0.8);
      projects.push({
        ...stamp(community.code),
        name: `${community.name.replace(/社区|社區/, '')}${KIND_NAMES[kind]}${i > 0 ? `（${i + 1}）` : ''}`,
        kind,
        status: completed ? 'COMPLETED' : 'IN_PROGRESS',
        programme: null,
        year,
        startedAt,
        completedAt: completed ? new Date(startedAt.getTime() + local.int(20, 120) * 24 * HOUR_MS) : null,
        buildingCount: kind === 'OLD_RESIDENTIAL_RENOVATION' || kind === 'RESIDENTIAL_AREA' ? local.int(3, 18) : 0,
        areaSquareMeters: kind === 'GREENING' || kind === 'BARE_GROUND_COVER' ? local.int(5, 120) * 100 : null,
        source: null,
      });
    }
  }
  return projects;
}

/** One dust or cooking-fume campaign per street in 2018 and 2019 (柏庄镇's documented one stays alone). */
function generateCampaigns(random: SeededRandom, streets: DivisionSeed[]): Omit<InspectionCampaignRecord, '_id'>[] {
  return streets
    .filter((street) => street.name !== '柏庄镇')
    .flatMap((street) =>
      [2018, 2019].map((year) => {
        const local = random.fork(`campaign:${street.code}:${year}`);
        const topic = local.pick(['DUST', 'COOKING_FUMES'] as const);
        const startDate = day(`${year}-${String(local.int(3, 10)).padStart(2, '0')}-01`);
        return {
          ...stamp(street.code),
          name: `${street.name}${year}年${topic === 'DUST' ? '扬尘' : '油烟'}专项检查`,
          topic,
          startDate,
          endDate: new Date(startDate.getTime() + local.int(7, 30) * 24 * HOUR_MS),
          villageCodes: [],
          marketsInspected: local.int(0, 8),
          inspectionTeams: local.int(3, 12),
          staffDeployed: local.int(20, 90),
          householdsChecked: 0,
          shopsAndEnterprisesChecked: local.int(30, 200),
          source: null,
        };
      }),
    );
}

/** The id `refill` gives each community's first generated incident (ids follow the list order). */
function firstIncidentOfCommunity(incidents: Omit<IncidentRecord, '_id'>[]): Map<string, string> {
  const ids = new Map<string, string>();
  incidents.forEach((incident, i) => {
    if (incident.communityCode && !ids.has(incident.communityCode)) ids.set(incident.communityCode, `inc-${String(i + 1).padStart(6, '0')}`);
  });
  return ids;
}

/** Replaces a collection's content; ids are deterministic (`prefix-000001`), like everything else. */
async function refill<T>(model: Model<T>, prefix: string, docs: object[]): Promise<number> {
  await model.collection.deleteMany({});
  await model.createIndexes();
  const BATCH = 2_000;
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = withSearchNames(model, docs.slice(i, i + BATCH)).map((doc, j) => ({ _id: `${prefix}-${String(i + j + 1).padStart(6, '0')}`, ...doc }));
    await model.insertMany(batch, { lean: true });
  }
  return docs.length;
}

export async function seedUrbanManagement(connection: Connection, options: { scale: number; seed: number }): Promise<UrbanManagementSeedReport> {
  const models = createUrbanManagementModels(connection);
  const random = new SeededRandom(options.seed).fork('urban-management');
  const communities = divisionsOfLevel('COMMUNITY');
  const documented = documentedRecords();
  const withAncestry = <T extends { divisionCode: string }>(records: T[]) => records.map((record) => ({ ...record, ...divisionAncestry(record.divisionCode) }));
  const incidents = generateIncidents(random.fork('incidents'), communities, options.scale, new Date());
  const counts = {
    incidents: await refill(models.Incident, 'inc', incidents),
    facilities: await refill(models.Facility, 'fac', [...withAncestry(documented.facilities), ...generateFacilities(random.fork('facilities'), communities, options.scale)]),
    rectificationProjects: await refill(models.RectificationProject, 'rp', [...withAncestry(documented.projects), ...generateProjects(random.fork('projects'), communities, options.scale)]),
    inspectionCampaigns: await refill(models.InspectionCampaign, 'ic', [...withAncestry(documented.campaigns), ...generateCampaigns(random.fork('campaigns'), divisionsOfLevel('STREET'))]),
    safetyDesignations: await refill(models.SafetyDesignation, 'sd', withAncestry(documented.designations)),
    safetyStatistics: await refill(models.SafetyStatistic, 'ss', withAncestry(documented.statistics)),
    targets: await refill(models.Target, 'tg', withAncestry(documented.targets)),
    petitions: await refill(models.Petition, 'pet', generatePetitions(random.fork('petitions'), firstIncidentOfCommunity(incidents))),
  };
  return { database: connection.name, counts };
}
