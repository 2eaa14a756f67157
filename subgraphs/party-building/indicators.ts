import DataLoader from 'dataloader';
import { DIVISION_FIELD_BY_LEVEL, divisionLevelOf, type DivisionField } from '../shared/division-code.js';
import type { Role } from '../shared/identity.js';
import { suppressMeasure } from '../shared/small-groups.js';
import type { PartyBuildingModels, PartyBuildingTargetRecord } from './models.js';
import { dateRange, periodKey, targetYearOf, type Period } from './period.js';

/**
 * The party-building dashboard of a division for a period. Each figure is a MongoDB
 * aggregation ($match on an ancestry field, $group by it), and all divisions of one level
 * asked for the same period in a request share one pipeline per collection.
 */
export interface Measure {
  /** Null when withheld from an analyst as a small group (see shared/small-groups.ts). */
  value: number | null;
  target: number | null;
  unit: string;
  suppressed: boolean;
}

export interface CategoryCount {
  key: string;
  count: number;
}

export interface PartyBuildingIndicatorValues {
  organizations: Measure;
  organizationsByLevel: CategoryCount[];
  organizationsBySector: CategoryCount[];
  members: Measure;
  newMembers: Measure;
  activities: Measure;
  volunteerActivities: Measure;
  volunteerHours: Measure;
  participants: Measure;
  memberAttendances: Measure;
}

/** Indicator keys a target may be stored under, with their units. */
export const INDICATOR_UNITS = {
  organizations: '个',
  members: '人',
  newMembers: '人',
  activities: '次',
  volunteerActivities: '次',
  volunteerHours: '小时',
  participants: '人次',
  memberAttendances: '人次',
} as const;
export type IndicatorKey = keyof typeof INDICATOR_UNITS;

export interface IndicatorRequest {
  /** A district, street or community code (already narrowed to the viewer's jurisdiction). */
  code: string;
  period: Period;
}

interface Totals {
  organizations: number;
  byLevel: Map<string, number>;
  bySector: Map<string, number>;
  members: number;
  newMembers: number;
  activities: number;
  volunteerActivities: number;
  volunteerHours: number;
  participants: number;
  memberAttendances: number;
  targets: Map<string, number>;
}

function emptyTotals(): Totals {
  return {
    organizations: 0,
    byLevel: new Map(),
    bySector: new Map(),
    members: 0,
    newMembers: 0,
    activities: 0,
    volunteerActivities: 0,
    volunteerHours: 0,
    participants: 0,
    memberAttendances: 0,
    targets: new Map(),
  };
}

function counts(map: Map<string, number>): CategoryCount[] {
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count }));
}

function toValues(totals: Totals): PartyBuildingIndicatorValues {
  const measure = (key: IndicatorKey, value: number): Measure => ({ value, target: totals.targets.get(key) ?? null, unit: INDICATOR_UNITS[key], suppressed: false });
  return {
    organizations: measure('organizations', totals.organizations),
    organizationsByLevel: counts(totals.byLevel),
    organizationsBySector: counts(totals.bySector),
    members: measure('members', totals.members),
    newMembers: measure('newMembers', totals.newMembers),
    activities: measure('activities', totals.activities),
    volunteerActivities: measure('volunteerActivities', totals.volunteerActivities),
    volunteerHours: measure('volunteerHours', totals.volunteerHours),
    participants: measure('participants', totals.participants),
    memberAttendances: measure('memberAttendances', totals.memberAttendances),
  };
}

/** Stock figures (organizations, members) are counted as at the end of the period. */
function beforeEnd(period: Period): Record<string, Date> | null {
  return period.to ? { $lt: period.to } : null;
}

async function computeLevel(models: PartyBuildingModels, field: DivisionField, codes: string[], period: Period, totals: Map<string, Totals>): Promise<void> {
  const inCodes = { [field]: { $in: codes } };
  const groupKey = `$${field}`;
  const end = beforeEnd(period);
  const within = dateRange(period);
  const year = targetYearOf(period);

  const [organizations, members, activities, attendances, targets] = await Promise.all([
    models.organization
      .aggregate<{ _id: { code: string; level: string; sector: string }; count: number }>([
        { $match: end ? { ...inCodes, foundedOn: end } : inCodes },
        { $group: { _id: { code: groupKey, level: '$level', sector: '$sector' }, count: { $sum: 1 } } },
      ])
      .exec(),
    models.member
      .aggregate<{ _id: string; members: number; newMembers: number }>([
        { $match: end ? { ...inCodes, joinedOn: end } : inCodes },
        {
          $group: {
            _id: groupKey,
            members: { $sum: 1 },
            newMembers: { $sum: period.from ? { $cond: [{ $gte: ['$joinedOn', period.from] }, 1, 0] } : 1 },
          },
        },
      ])
      .exec(),
    models.activity
      .aggregate<{ _id: string; activities: number; volunteerActivities: number; volunteerHours: number; participants: number }>([
        { $match: within ? { ...inCodes, startsAt: within } : inCodes },
        {
          $group: {
            _id: groupKey,
            activities: { $sum: 1 },
            volunteerActivities: { $sum: { $cond: [{ $eq: ['$kind', 'VOLUNTEER_SERVICE'] }, 1, 0] } },
            volunteerHours: { $sum: '$volunteerHours' },
            participants: { $sum: '$participantCount' },
          },
        },
      ])
      .exec(),
    models.attendance
      .aggregate<{ _id: string; count: number }>([
        { $match: within ? { ...inCodes, startsAt: within } : inCodes },
        { $group: { _id: groupKey, count: { $sum: 1 } } },
      ])
      .exec(),
    year === null ? Promise.resolve([]) : models.target.aggregate<PartyBuildingTargetRecord>([{ $match: { divisionCode: { $in: codes }, year } }]).exec(),
  ]);

  for (const row of organizations) {
    const t = totals.get(row._id.code);
    if (!t) continue;
    t.organizations += row.count;
    t.byLevel.set(row._id.level, (t.byLevel.get(row._id.level) ?? 0) + row.count);
    t.bySector.set(row._id.sector, (t.bySector.get(row._id.sector) ?? 0) + row.count);
  }
  for (const row of members) {
    const t = totals.get(row._id);
    if (t) Object.assign(t, { members: row.members, newMembers: row.newMembers });
  }
  for (const row of activities) {
    const t = totals.get(row._id);
    if (t) Object.assign(t, { activities: row.activities, volunteerActivities: row.volunteerActivities, volunteerHours: row.volunteerHours, participants: row.participants });
  }
  for (const row of attendances) {
    const t = totals.get(row._id);
    if (t) t.memberAttendances = row.count;
  }
  for (const target of targets) totals.get(target.divisionCode)?.targets.set(target.indicator, target.value);
}

export function createIndicatorLoader(models: PartyBuildingModels): DataLoader<IndicatorRequest, PartyBuildingIndicatorValues, string> {
  return new DataLoader<IndicatorRequest, PartyBuildingIndicatorValues, string>(
    async (requests) => {
      const totals = new Map<string, Map<string, Totals>>();
      const batches = new Map<string, { period: Period; field: DivisionField; codes: string[] }>();
      for (const { code, period } of requests) {
        const level = divisionLevelOf(code);
        if (level === null) throw new Error(`not a division code: ${code}`);
        const field = DIVISION_FIELD_BY_LEVEL[level];
        const key = `${periodKey(period)}|${field}`;
        const batch = batches.get(key) ?? { period, field, codes: [] };
        if (!batch.codes.includes(code)) batch.codes.push(code);
        batches.set(key, batch);
        const byCode = totals.get(periodKey(period)) ?? new Map<string, Totals>();
        byCode.set(code, byCode.get(code) ?? emptyTotals());
        totals.set(periodKey(period), byCode);
      }
      await Promise.all(
        [...batches.values()].map((batch) => computeLevel(models, batch.field, batch.codes, batch.period, totals.get(periodKey(batch.period))!)),
      );
      return requests.map(({ code, period }) => toValues(totals.get(periodKey(period))!.get(code)!));
    },
    { cacheKeyFn: ({ code, period }) => `${code}|${periodKey(period)}` },
  );
}

/** The indicators as the viewer may see them: member counts of 1 to 4 persons withheld from analysts. */
export function suppressSmallMemberCounts(values: PartyBuildingIndicatorValues, role: Role): PartyBuildingIndicatorValues {
  return { ...values, members: suppressMeasure(values.members, role), newMembers: suppressMeasure(values.newMembers, role) };
}
