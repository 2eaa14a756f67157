import DataLoader from 'dataloader';
import { DIVISION_FIELD_BY_LEVEL, divisionLevelOf, type DivisionField } from '../../platform/world/division-code.js';
import { operator } from '../../platform/query/pagination.js';
import { STATISTICS_TIME_ZONE } from '../../platform/query/statistics.js';
import { shanghaiDay } from '../../platform/query/calendar.js';
import type { RequestAccess } from '../../platform/access/request-access.js';
import { periodArguments } from '../../platform/contract/scalars.js';
import type {
  FacilityType,
  IncidentCategory,
  IncidentSource,
  IncidentStatus,
  Maybe,
  Measure,
  RectificationKind,
  UrbanManagementIndicators,
} from './__generated__/resolvers-types.js';
import {
  FACILITY_TYPES,
  INCIDENT_CATEGORIES,
  INCIDENT_SOURCES,
  INCIDENT_STATUSES,
  OPEN_STATUSES,
  RECTIFICATION_KINDS,
  STANDARD_OFFICE_AREA,
  type TargetRecord,
  type UrbanManagementModels,
} from './models.js';

/**
 * `urbanManagementIndicators(from, to)`: the dashboard figures of a division, computed by
 * aggregation pipelines. All keys of a request that share a period and a division level are
 * answered by one pipeline per collection, whatever the number of divisions asked for.
 *
 * Periods are half-open [from, to). Incidents count by report time, rectification projects by
 * start, facilities are the stock installed before `to`; yearly records (designations,
 * statistics, targets) count when their calendar year (Asia/Shanghai) overlaps the period.
 */
interface IndicatorKey {
  /** The division to compute for, which the viewer's jurisdiction covers entirely. */
  code: string;
  from: Date | null;
  to: Date | null;
}

const HOUR_MS = 3_600_000;

/** Years a period overlaps; open ends are unbounded. */
function yearRange(from: Date | null, to: Date | null): { first: number | null; last: number | null } {
  return {
    first: from ? shanghaiDay(from).year : null,
    last: to ? shanghaiDay(new Date(to.getTime() - 1)).year : null,
  };
}

/** The single calendar year of a period, when it lies within one (targets are yearly). */
function targetYear(from: Date | null, to: Date | null): number | null {
  const { first, last } = yearRange(from, to);
  return first !== null && first === last ? first : null;
}

function yearCondition(from: Date | null, to: Date | null): Record<string, unknown> {
  const { first, last } = yearRange(from, to);
  if (first !== null && last !== null) return { year: { $gte: first, $lte: last } };
  if (first !== null) return { year: { $gte: first } };
  if (last !== null) return { year: { $lte: last } };
  return {};
}

function dateCondition(field: string, from: Date | null, to: Date | null): Record<string, unknown> {
  const bounds: Record<string, Date> = {};
  if (from) bounds.$gte = from;
  if (to) bounds.$lt = to;
  return Object.keys(bounds).length ? { [field]: bounds } : {};
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * `$group` accumulators of the incident figures, shared with the statistics: open incidents,
 * overdue ones (resolved after the deadline, or still unresolved past it at `now`) and the
 * average hours from report to resolution of the resolved ones.
 */
export function incidentFigures(now: Date): Record<'open' | 'overdue' | 'handlingHours', unknown> {
  return {
    open: { $sum: { $cond: [{ $in: ['$status', [...OPEN_STATUSES]] }, 1, 0] } },
    overdue: { $sum: { $cond: [{ $lt: ['$deadline', { $ifNull: ['$resolvedAt', now] }] }, 1, 0] } },
    handlingHours: {
      $avg: {
        $cond: [
          { $eq: [{ $ifNull: ['$resolvedAt', null] }, null] },
          null,
          { $divide: [{ $subtract: ['$resolvedAt', '$reportedAt'] }, HOUR_MS] },
        ],
      },
    },
  };
}

interface IncidentTotals {
  _id: string;
  incidents: number;
  open: number;
  overdue: number;
  handlingHours: number | null;
}
interface Grouped<K> {
  _id: { code: string } & K;
  n: number;
}
interface IncidentFacets {
  totals: IncidentTotals[];
  byCategory: Grouped<{ category: IncidentCategory }>[];
  byStatus: Grouped<{ status: IncidentStatus }>[];
  bySource: Grouped<{ source: IncidentSource }>[];
  byMonth: Grouped<{ month: string }>[];
}
interface FacilityFacets {
  byType: { _id: { code: string; type: FacilityType }; n: number; area: number; communities: (string | null)[] }[];
  standardOffices: { _id: string; communities: (string | null)[] }[];
}
interface KindRow {
  _id: { code: string; kind: RectificationKind };
  n: number;
  completed: number;
  buildings: number;
  area: number;
}
interface DesignationRow {
  _id: { code: string; kind: string };
  n: number;
}
interface StatisticRow {
  _id: string;
  casesPrevented: number;
}

/** Everything one pipeline round returns for one (period, level) group of codes. */
interface LevelFigures {
  incidents: IncidentFacets;
  facilities: FacilityFacets;
  rectification: KindRow[];
  designations: DesignationRow[];
  statistics: StatisticRow[];
}

async function figuresForLevel(
  models: UrbanManagementModels,
  field: DivisionField,
  codes: string[],
  from: Date | null,
  to: Date | null,
  now: Date,
): Promise<LevelFigures> {
  const inCodes = { [field]: { $in: codes } };
  const code = `$${field}`;
  const [incidents, facilities, rectification, designations, statistics] = await Promise.all([
    models.Incident.aggregate<IncidentFacets>([
      { $match: { ...inCodes, ...dateCondition('reportedAt', from, to) } },
      {
        $facet: {
          totals: [
            {
              $group: {
                _id: code,
                incidents: { $sum: 1 },
                ...incidentFigures(now),
              },
            },
          ],
          byCategory: [{ $group: { _id: { code, category: '$category' }, n: { $sum: 1 } } }],
          byStatus: [{ $group: { _id: { code, status: '$status' }, n: { $sum: 1 } } }],
          bySource: [{ $group: { _id: { code, source: '$source' }, n: { $sum: 1 } } }],
          byMonth: [
            {
              $group: {
                _id: {
                  code,
                  month: { $dateToString: { format: '%Y-%m', date: '$reportedAt', timezone: STATISTICS_TIME_ZONE } },
                },
                n: { $sum: 1 },
              },
            },
          ],
        },
      },
    ]).exec(),
    models.Facility.aggregate<FacilityFacets>([
      { $match: { ...inCodes, ...dateCondition('installedAt', null, to) } },
      {
        $facet: {
          byType: [
            {
              $group: {
                _id: { code, type: '$type' },
                n: { $sum: 1 },
                area: { $sum: { $ifNull: ['$areaSquareMeters', 0] } },
                communities: { $addToSet: '$communityCode' },
              },
            },
          ],
          standardOffices: [
            { $match: { type: 'COMMUNITY_OFFICE', areaSquareMeters: { $gte: STANDARD_OFFICE_AREA } } },
            { $group: { _id: code, communities: { $addToSet: '$communityCode' } } },
          ],
        },
      },
    ]).exec(),
    models.RectificationProject.aggregate<KindRow>([
      { $match: { ...inCodes, ...dateCondition('startedAt', from, to) } },
      {
        $group: {
          _id: { code, kind: '$kind' },
          n: { $sum: 1 },
          completed: { $sum: { $cond: [{ $eq: ['$status', 'COMPLETED'] }, 1, 0] } },
          buildings: { $sum: '$buildingCount' },
          area: { $sum: { $ifNull: ['$areaSquareMeters', 0] } },
        },
      },
    ]).exec(),
    models.SafetyDesignation.aggregate<DesignationRow>([
      { $match: { ...inCodes, ...yearCondition(from, to) } },
      { $group: { _id: { code, kind: '$kind' }, n: { $sum: 1 } } },
    ]).exec(),
    models.SafetyStatistic.aggregate<StatisticRow>([
      { $match: { ...inCodes, ...yearCondition(from, to) } },
      { $group: { _id: code, casesPrevented: { $sum: '$casesPrevented' } } },
    ]).exec(),
  ]);
  return {
    incidents: incidents[0] ?? { totals: [], byCategory: [], byStatus: [], bySource: [], byMonth: [] },
    facilities: facilities[0] ?? { byType: [], standardOffices: [] },
    rectification,
    designations,
    statistics,
  };
}

/** Target indicator keys, as stored in the `targets` collection. */
export const rectificationTargetKey = (kind: RectificationKind): string => `rectification.${kind}.projects`;

const PROJECT_UNIT: Partial<Record<RectificationKind, string>> = { ROAD: '条', ROAD_WIDENING: '条' };

function assemble(code: string, figures: LevelFigures, targets: Map<string, number>): UrbanManagementIndicators {
  const measure = (value: number, unit: string, targetKey?: string): Measure => ({
    value,
    unit,
    target: targetKey ? (targets.get(targetKey) ?? null) : null,
    suppressed: false,
  });
  const count = <K>(rows: Grouped<K>[], pick: (id: K) => string, value: string): number =>
    rows.filter((row) => row._id.code === code && pick(row._id) === value).reduce((sum, row) => sum + row.n, 0);
  const totals = figures.incidents.totals.find((row) => row._id === code);
  const incidents = totals?.incidents ?? 0;
  const designations = (kind: string) =>
    figures.designations
      .filter((row) => row._id.code === code && row._id.kind === kind)
      .reduce((sum, row) => sum + row.n, 0);
  const offices = figures.facilities.standardOffices.find((row) => row._id === code);
  return {
    divisionCode: code,
    incidents: measure(incidents, '件', 'incidents'),
    openIncidents: measure(totals?.open ?? 0, '件'),
    overdueRate: measure(incidents === 0 ? 0 : round2(((totals?.overdue ?? 0) / incidents) * 100), '%', 'overdueRate'),
    averageHandlingHours: measure(round2(totals?.handlingHours ?? 0), '小时', 'averageHandlingHours'),
    incidentsByCategory: INCIDENT_CATEGORIES.map((category) => ({
      category,
      incidents: measure(
        count(figures.incidents.byCategory, (id) => id.category, category),
        '件',
      ),
    })),
    incidentsByStatus: INCIDENT_STATUSES.map((status) => ({
      status,
      incidents: measure(
        count(figures.incidents.byStatus, (id) => id.status, status),
        '件',
      ),
    })),
    incidentsBySource: INCIDENT_SOURCES.map((source) => ({
      source,
      incidents: measure(
        count(figures.incidents.bySource, (id) => id.source, source),
        '件',
      ),
    })),
    incidentsByMonth: figures.incidents.byMonth
      .filter((row) => row._id.code === code)
      .map((row) => ({ month: row._id.month, incidents: measure(row.n, '件') }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    facilitiesByType: FACILITY_TYPES.map((type) => {
      const row = figures.facilities.byType.find(
        (candidate) => candidate._id.code === code && candidate._id.type === type,
      );
      return {
        type,
        facilities: measure(row?.n ?? 0, '个', `facilities.${type}`),
        communities: measure(row?.communities.filter((community) => community !== null).length ?? 0, '个'),
        areaSquareMeters: measure(row?.area ?? 0, '㎡'),
      };
    }),
    communitiesWithStandardOffice: measure(
      offices?.communities.filter((community) => community !== null).length ?? 0,
      '个',
      'communitiesWithStandardOffice',
    ),
    rectificationByKind: RECTIFICATION_KINDS.map((kind) => {
      const row = figures.rectification.find((candidate) => candidate._id.code === code && candidate._id.kind === kind);
      return {
        kind,
        projects: measure(row?.n ?? 0, PROJECT_UNIT[kind] ?? '个', rectificationTargetKey(kind)),
        completedProjects: measure(row?.completed ?? 0, PROJECT_UNIT[kind] ?? '个'),
        buildings: measure(row?.buildings ?? 0, '栋'),
        areaSquareMeters: measure(row?.area ?? 0, '㎡', `rectification.${kind}.area`),
      };
    }),
    safeCommunities: measure(designations('SAFE_COMMUNITY'), '个', 'safeCommunities'),
    cultFreeCommunities: measure(designations('CULT_FREE_COMMUNITY'), '个', 'cultFreeCommunities'),
    casesPrevented: measure(figures.statistics.find((row) => row._id === code)?.casesPrevented ?? 0, '起'),
  };
}

function targetFilter(codes: string[]): Record<string, unknown> {
  return { divisionCode: operator('$in', codes) };
}

function indicatorKeyId(key: IndicatorKey): string {
  return JSON.stringify([key.code, key.from?.getTime() ?? null, key.to?.getTime() ?? null]);
}

export function createIndicatorLoader(
  models: UrbanManagementModels,
  now: Date,
): DataLoader<IndicatorKey, UrbanManagementIndicators, string> {
  return new DataLoader<IndicatorKey, UrbanManagementIndicators, string>(
    async (keys) => {
      const groups = new Map<
        string,
        { field: DivisionField; from: Date | null; to: Date | null; codes: Set<string> }
      >();
      for (const key of keys) {
        const level = divisionLevelOf(key.code);
        if (level === null) throw new Error(`indicators need a division code, got "${key.code}"`);
        const field = DIVISION_FIELD_BY_LEVEL[level];
        const groupId = JSON.stringify([field, key.from?.getTime() ?? null, key.to?.getTime() ?? null]);
        const group = groups.get(groupId) ?? { field, from: key.from, to: key.to, codes: new Set<string>() };
        group.codes.add(key.code);
        groups.set(groupId, group);
      }
      const figuresByGroup = new Map<string, LevelFigures>();
      await Promise.all(
        [...groups].map(async ([groupId, group]) => {
          figuresByGroup.set(
            groupId,
            await figuresForLevel(models, group.field, [...group.codes], group.from, group.to, now),
          );
        }),
      );
      const targetCodes = [
        ...new Set(keys.filter((key) => targetYear(key.from, key.to) !== null).map((key) => key.code)),
      ];
      const targetRows = targetCodes.length
        ? await models.Target.find(targetFilter(targetCodes)).lean<TargetRecord[]>().exec()
        : [];
      return keys.map((key) => {
        const level = divisionLevelOf(key.code);
        const groupId = JSON.stringify([
          level ? DIVISION_FIELD_BY_LEVEL[level] : '',
          key.from?.getTime() ?? null,
          key.to?.getTime() ?? null,
        ]);
        const year = targetYear(key.from, key.to);
        const targets = new Map(
          targetRows
            .filter((row) => row.divisionCode === key.code && row.year === year)
            .map((row) => [row.indicator, row.value]),
        );
        const figures = figuresByGroup.get(groupId);
        if (!figures) throw new Error('indicator group missing');
        return assemble(key.code, figures, targets);
      });
    },
    { cacheKeyFn: indicatorKeyId },
  );
}

/**
 * `urbanManagementIndicators` of a District, Street or Community: the indicators of a division the
 * viewer's jurisdiction covers entirely; null for one it sees only as an ancestor (its part under
 * the wider name would be a wrong figure), as in every subgraph.
 */
export async function indicatorsOf(
  code: string,
  args: { from?: Maybe<Date>; to?: Maybe<Date> },
  ctx: { access: RequestAccess; loaders: { indicators: DataLoader<IndicatorKey, UrbanManagementIndicators, string> } },
): Promise<UrbanManagementIndicators | null> {
  const { from, to } = periodArguments(args.from, args.to, { from: 'from', to: 'to' });
  if (divisionLevelOf(code) === null || !ctx.access.canSeeRecordIn(code)) return null;
  return ctx.loaders.indicators.load({ code, from, to });
}
