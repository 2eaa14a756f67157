import DataLoader from 'dataloader';
import { DIVISION_FIELD_BY_LEVEL, divisionLevelOf, type DivisionField } from '../../platform/world/division-code.js';
import { RECORD_KEY_SUM, recordKeySumIf, type DisclosureControl } from '../../platform/access/disclosure-control.js';
import type { RequestContext } from '../../platform/access/request-access.js';
import type { DivisionRef, PartyBuildingModels, PartyBuildingTargetRecord } from './models.js';
import { dateRange, parsePeriod, periodKey, targetYearOf, type Period } from './lists.js';
import type { InputMaybe } from './__generated__/resolvers-types.js';

/**
 * The party-building dashboard of a division for a period. Each figure is a MongoDB
 * aggregation ($match on an ancestry field, $group by it), and all divisions of one level
 * asked for the same period in a request share one pipeline per collection.
 */
export interface Measure {
  /** Null when withheld from an analyst or a service as a small cell (see shared/disclosure-control.ts). */
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
const INDICATOR_UNITS = {
  organizations: '个',
  members: '人',
  newMembers: '人',
  activities: '次',
  volunteerActivities: '次',
  volunteerHours: '小时',
  participants: '人次',
  memberAttendances: '人次',
} as const;
type IndicatorKey = keyof typeof INDICATOR_UNITS;

interface IndicatorRequest {
  /** A district, street or community code (already narrowed to the viewer's jurisdiction). */
  code: string;
  period: Period;
}

/** One division's figures for one period, with the record-key sums of the records behind the person figures. */
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
  memberKeys: number;
  newMemberKeys: number;
  activityKeys: number;
  /** The most hours one participant served at one activity: scales the noise of the perturbed volunteer hours. */
  topActivityHours: number;
  attendanceKeys: number;
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
    memberKeys: 0,
    newMemberKeys: 0,
    activityKeys: 0,
    topActivityHours: 0,
    attendanceKeys: 0,
  };
}

function counts(map: Map<string, number>): CategoryCount[] {
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count }));
}

/**
 * The indicators as the viewer may see them: exact for officials and admins; for analysts and
 * services the member counts, participants and attendances are perturbed cells (withheld when
 * small) and the volunteer hours a perturbed amount published with its participants
 * (disclosure-control.ts). Organizations and activities count no persons and stay exact.
 */
function indicatorValues(totals: Totals, control: DisclosureControl): PartyBuildingIndicatorValues {
  const measure = (key: IndicatorKey, value: number | null, suppressed = false): Measure => ({
    value,
    target: totals.targets.get(key) ?? null,
    unit: INDICATOR_UNITS[key],
    suppressed,
  });
  const count = (key: IndicatorKey, tag: string, value: number, cellKey: number): Measure => {
    const published = control.count({ tag, value, key: cellKey });
    return measure(key, published.value, published.suppressed);
  };
  const participants = count('participants', 'party_activities/participants', totals.participants, totals.activityKeys);
  const hours = participants.suppressed
    ? measure('volunteerHours', null, true)
    : measure(
        'volunteerHours',
        control.amount(
          {
            tag: 'party_activities/volunteerHours',
            value: totals.volunteerHours,
            key: totals.activityKeys,
            top: totals.topActivityHours,
          },
          1,
        ),
      );
  return {
    organizations: measure('organizations', totals.organizations),
    organizationsByLevel: counts(totals.byLevel),
    organizationsBySector: counts(totals.bySector),
    members: count('members', 'party_members/members', totals.members, totals.memberKeys),
    newMembers: count('newMembers', 'party_members/members', totals.newMembers, totals.newMemberKeys),
    activities: measure('activities', totals.activities),
    volunteerActivities: measure('volunteerActivities', totals.volunteerActivities),
    volunteerHours: hours,
    participants,
    memberAttendances: count(
      'memberAttendances',
      'party_attendances/attendances',
      totals.memberAttendances,
      totals.attendanceKeys,
    ),
  };
}

/** `hoursEachOf` (writes/activities.ts) as a pipeline expression: the hours each participant of an activity served. */
const HOURS_EACH = {
  $ifNull: [
    '$volunteerHoursEach',
    { $cond: [{ $gt: ['$participantCount', 0] }, { $divide: ['$volunteerHours', '$participantCount'] }, 0] },
  ],
};

/** Stock figures (organizations, members) are counted as at the end of the period. */
function beforeEnd(period: Period): Record<string, Date> | null {
  return period.to ? { $lt: period.to } : null;
}

async function computeLevel(
  models: PartyBuildingModels,
  field: DivisionField,
  codes: string[],
  period: Period,
  totals: Map<string, Totals>,
): Promise<void> {
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
      .aggregate<{ _id: string; members: number; newMembers: number; keys: number; newKeys: number }>([
        { $match: end ? { ...inCodes, joinedOn: end } : inCodes },
        {
          $group: {
            _id: groupKey,
            members: { $sum: 1 },
            newMembers: { $sum: period.from ? { $cond: [{ $gte: ['$joinedOn', period.from] }, 1, 0] } : 1 },
            keys: RECORD_KEY_SUM,
            newKeys: period.from ? recordKeySumIf({ $gte: ['$joinedOn', period.from] }) : RECORD_KEY_SUM,
          },
        },
      ])
      .exec(),
    models.activity
      .aggregate<{
        _id: string;
        activities: number;
        volunteerActivities: number;
        volunteerHours: number;
        participants: number;
        keys: number;
        topHours: number;
      }>([
        { $match: within ? { ...inCodes, startsAt: within } : inCodes },
        {
          $group: {
            _id: groupKey,
            activities: { $sum: 1 },
            volunteerActivities: { $sum: { $cond: [{ $eq: ['$kind', 'VOLUNTEER_SERVICE'] }, 1, 0] } },
            volunteerHours: { $sum: '$volunteerHours' },
            participants: { $sum: '$participantCount' },
            keys: RECORD_KEY_SUM,
            topHours: { $max: HOURS_EACH },
          },
        },
      ])
      .exec(),
    models.attendance
      .aggregate<{ _id: string; count: number; keys: number }>([
        { $match: within ? { ...inCodes, startsAt: within } : inCodes },
        { $group: { _id: groupKey, count: { $sum: 1 }, keys: RECORD_KEY_SUM } },
      ])
      .exec(),
    year === null
      ? Promise.resolve([])
      : models.target.aggregate<PartyBuildingTargetRecord>([{ $match: { divisionCode: { $in: codes }, year } }]).exec(),
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
    if (t)
      Object.assign(t, {
        members: row.members,
        newMembers: row.newMembers,
        memberKeys: row.keys,
        newMemberKeys: row.newKeys,
      });
  }
  for (const row of activities) {
    const t = totals.get(row._id);
    if (t) {
      Object.assign(t, {
        activities: row.activities,
        volunteerActivities: row.volunteerActivities,
        volunteerHours: row.volunteerHours,
        participants: row.participants,
      });
      Object.assign(t, { activityKeys: row.keys, topActivityHours: row.topHours ?? 0 });
    }
  }
  for (const row of attendances) {
    const t = totals.get(row._id);
    if (t) Object.assign(t, { memberAttendances: row.count, attendanceKeys: row.keys });
  }
  for (const target of targets) totals.get(target.divisionCode)?.targets.set(target.indicator, target.value);
}

export function createIndicatorLoader(models: PartyBuildingModels): DataLoader<IndicatorRequest, Totals, string> {
  return new DataLoader<IndicatorRequest, Totals, string>(
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
        [...batches.values()].map((batch) =>
          computeLevel(models, batch.field, batch.codes, batch.period, totals.get(periodKey(batch.period))!),
        ),
      );
      return requests.map(({ code, period }) => totals.get(periodKey(period))!.get(code)!);
    },
    { cacheKeyFn: ({ code, period }) => `${code}|${periodKey(period)}` },
  );
}

/**
 * `District/Street/Community.partyBuildingIndicators`: a division's figures only for viewers
 * whose jurisdiction covers the whole division: a street's indicators narrowed to one community
 * would be a wrong figure under the street's name.
 */
export async function divisionIndicators(
  parent: DivisionRef,
  args: { from?: InputMaybe<Date>; to?: InputMaybe<Date> },
  ctx: RequestContext & { loaders: { indicators: ReturnType<typeof createIndicatorLoader> } },
): Promise<PartyBuildingIndicatorValues | null> {
  const period = parsePeriod(args.from, args.to);
  if (!ctx.access.canSeeRecordIn(parent.code)) return null;
  return indicatorValues(await ctx.loaders.indicators.load({ code: parent.code, period }), ctx.disclosure);
}
