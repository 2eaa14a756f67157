import { shanghaiDay, shanghaiMidnight } from '../../../platform/query/calendar.js';
import { divisionAncestry } from '../../../platform/world/division-code.js';
import { childrenOf, type DivisionSeed } from '../../../platform/world/divisions.js';
import { makeMobile } from '../../../platform/world/identifiers.js';
import { enterpriseId, GUARANTEED_ENTERPRISES_PER_COMMUNITY } from '../../../platform/world/keys.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import type { IncidentCategory, IncidentStatus } from '../__generated__/resolvers-types.js';
import { CATEGORY_TIME_LIMIT_HOURS, INCIDENT_CATEGORIES, INCIDENT_SOURCES, type IncidentRecord } from '../models.js';

/**
 * Generated grid incidents: a few a year in every community (in one of its grids when it has
 * any) from 2016 to 2020 and in the current year up to the day of seeding, most handled within
 * their category's time limit.
 */
const HOUR_MS = 3_600_000;
const INCIDENTS_PER_COMMUNITY_YEAR = 3;
const HISTORY_YEARS = [2016, 2017, 2018, 2019, 2020];

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
const ENTERPRISE_CATEGORIES = new Set<IncidentCategory>([
  'COOKING_FUMES',
  'GARBAGE',
  'ROAD_OCCUPATION',
  'NOISE',
  'ILLEGAL_ADVERTISING',
  'BARE_GROUND',
]);
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['秀英', '建国', '桂兰', '志强', '丽', '伟', '敏', '军', '静', '海燕', '国庆', '淑珍', '磊', '红梅'];

function lifecycle(random: SeededRandom, category: IncidentCategory, reportedAt: Date, horizon: Date) {
  const limitMs = CATEGORY_TIME_LIMIT_HOURS[category] * HOUR_MS;
  const acceptedAt = new Date(reportedAt.getTime() + random.int(10, 240) * 60_000);
  const assignedAt = new Date(acceptedAt.getTime() + random.int(10, 480) * 60_000);
  // Most incidents are handled within the limit; about one in six runs late.
  const handlingMs = random.chance(0.17) ? limitMs * (1 + random.next()) : limitMs * (0.15 + 0.8 * random.next());
  const resolvedAt = new Date(reportedAt.getTime() + handlingMs);
  const closedAt = new Date(resolvedAt.getTime() + random.int(12, 72) * HOUR_MS);
  const deadline = new Date(reportedAt.getTime() + limitMs);
  const times = {
    deadline,
    acceptedAt: null as Date | null,
    assignedAt: null as Date | null,
    resolvedAt: null as Date | null,
    closedAt: null as Date | null,
  };
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

export function generateIncidents(
  random: SeededRandom,
  communities: DivisionSeed[],
  scale: number,
  now: Date,
): Omit<IncidentRecord, '_id'>[] {
  const incidents: Omit<IncidentRecord, '_id'>[] = [];
  const currentYear = shanghaiDay(now).year;
  const years = [...HISTORY_YEARS, ...(HISTORY_YEARS.includes(currentYear) ? [] : [currentYear])];
  const perYear = Math.max(1, Math.round(INCIDENTS_PER_COMMUNITY_YEAR * scale));
  for (const community of communities) {
    const grids = childrenOf(community.code);
    const local = random.fork(community.code);
    for (const year of years) {
      const start = shanghaiMidnight(year, 1, 1).getTime();
      const end = Math.min(shanghaiMidnight(year + 1, 1, 1).getTime(), now.getTime());
      for (let i = 0; i < perYear; i++) {
        const category = local.pick(INCIDENT_CATEGORIES);
        const source = local.pick(INCIDENT_SOURCES);
        const reportedAt = new Date(start + Math.floor(local.next() * (end - start)));
        const byResident = source === 'RESIDENT_REPORT' || source === 'HOTLINE';
        const concernsEnterprise = ENTERPRISE_CATEGORIES.has(category) && local.chance(0.3);
        const grid = grids.length > 0 ? local.pick(grids) : null;
        const divisionCode = grid?.code ?? community.code;
        incidents.push({
          divisionCode,
          ...divisionAncestry(divisionCode),
          title: local.pick(TITLES[category]),
          description: null,
          address: `${community.name}${local.int(1, 30)}号楼附近`,
          category,
          source,
          reportedAt,
          ...lifecycle(local, category, reportedAt, now),
          reporterName: byResident ? local.pick(SURNAMES) + local.pick(GIVEN) : null,
          reporterPhone: byResident ? makeMobile(local) : null,
          enterpriseId: concernsEnterprise
            ? enterpriseId(community.code, local.int(0, GUARANTEED_ENTERPRISES_PER_COMMUNITY - 1))
            : null,
        });
      }
    }
  }
  return incidents;
}
