import DataLoader from 'dataloader';
import { DIVISION_FIELD_BY_LEVEL, divisionLevelOf, type DivisionField } from '../../platform/world/division-code.js';
import type { RequestContext } from '../../platform/access/request-access.js';
import type { CursorSeal } from '../../platform/query/cursor-seal.js';
import { RECORD_KEY_SUM } from '../../platform/access/disclosure-control.js';
import {
  emptyPage,
  groupedConnectionLoader,
  uniqueKeyLoader,
  type Connection,
  type GroupedPageKey,
  type PageArgs,
} from '../../platform/query/pagination.js';
import { createIndicatorLoader } from './indicators.js';
import type {
  PartyActivityRecord,
  PartyAttendanceRecord,
  PartyBuildingModels,
  PartyEvaluationRecord,
  PartyMemberRecord,
  PartyOrganizationRecord,
} from './models.js';
import { dateRange, effectiveDivision, organizationFilter, organizationSort, periodKey, type Period } from './lists.js';
import type { InputMaybe, PartyOrganizationFilter, PartyOrganizationOrder } from './__generated__/resolvers-types.js';

/**
 * Per-request loaders: every entity reference and every nested list is one database query per
 * batch of keys, whatever the number of parents.
 */
interface MemberHoursRequest {
  memberId: string;
  period: Period;
}

/** Per activity: member attendances (with their record-key sum) and the number of distinct organizations they came from. */
interface AttendanceSummary {
  attendeeCount: number;
  attendanceKeys: number;
  attendingOrganizationCount: number;
}

/** A count of records with the sum of their record keys (disclosure-control.ts). */
interface KeyedCount {
  count: number;
  keys: number;
}

function countLoader(
  run: (ids: string[]) => Promise<Array<{ _id: string } & KeyedCount>>,
): DataLoader<string, KeyedCount> {
  return new DataLoader<string, KeyedCount>(async (ids) => {
    const rows = await run([...ids]);
    const byId = new Map(rows.map((row) => [row._id, { count: row.count, keys: row.keys }]));
    return ids.map((id) => byId.get(id) ?? { count: 0, keys: 0 });
  });
}

function byDivisionField<T extends { _id: unknown }>(
  create: (field: DivisionField) => DataLoader<GroupedPageKey, Connection<T>, string>,
) {
  return Object.fromEntries(Object.values(DIVISION_FIELD_BY_LEVEL).map((field) => [field, create(field)])) as Record<
    DivisionField,
    DataLoader<GroupedPageKey, Connection<T>, string>
  >;
}

export function createPartyBuildingLoaders(models: PartyBuildingModels, cursors: CursorSeal) {
  return {
    organization: uniqueKeyLoader<PartyOrganizationRecord>(models.organization, '_id'),
    organizationByEnterprise: uniqueKeyLoader<PartyOrganizationRecord>(models.organization, 'enterpriseId'),
    member: uniqueKeyLoader<PartyMemberRecord>(models.member, '_id'),
    activity: uniqueKeyLoader<PartyActivityRecord>(models.activity, '_id'),

    organizationsInDivision: byDivisionField((field) => groupedConnectionLoader(models.organization, field, cursors)),
    childOrganizations: groupedConnectionLoader(models.organization, 'parentId', cursors),
    membersOfOrganization: groupedConnectionLoader(models.member, 'organizationId', cursors),
    activitiesOfOrganization: groupedConnectionLoader(models.activity, 'organizationId', cursors),
    evaluationsOfOrganization: groupedConnectionLoader<PartyEvaluationRecord>(
      models.evaluation,
      'organizationId',
      cursors,
    ),
    attendancesOfActivity: groupedConnectionLoader<PartyAttendanceRecord>(models.attendance, 'activityId', cursors),
    attendancesOfMember: groupedConnectionLoader<PartyAttendanceRecord>(models.attendance, 'memberId', cursors),

    directMemberCount: countLoader((ids) =>
      models.member
        .aggregate<{ _id: string } & KeyedCount>([
          { $match: { organizationId: { $in: ids } } },
          { $group: { _id: '$organizationId', count: { $sum: 1 }, keys: RECORD_KEY_SUM } },
        ])
        // One row per id: all in the first batch, so a page of organizations costs one round trip.
        .option({ batchSize: Math.max(1, ids.length) })
        .exec(),
    ),
    subtreeMemberCount: countLoader((ids) =>
      models.member
        .aggregate<{ _id: string } & KeyedCount>([
          { $match: { organizationPath: { $in: ids } } },
          { $unwind: '$organizationPath' },
          { $match: { organizationPath: { $in: ids } } },
          { $group: { _id: '$organizationPath', count: { $sum: 1 }, keys: RECORD_KEY_SUM } },
        ])
        .exec(),
    ),

    attendanceSummary: new DataLoader<string, AttendanceSummary>(async (activityIds) => {
      const rows = await models.attendance
        .aggregate<{ _id: string; attendeeCount: number; keys: number; organizations: string[] }>([
          { $match: { activityId: { $in: [...activityIds] } } },
          {
            $group: {
              _id: '$activityId',
              attendeeCount: { $sum: 1 },
              keys: RECORD_KEY_SUM,
              organizations: { $addToSet: '$memberOrganizationId' },
            },
          },
        ])
        .exec();
      const byId = new Map(
        rows.map((row) => [
          row._id,
          {
            attendeeCount: row.attendeeCount,
            attendanceKeys: row.keys,
            attendingOrganizationCount: row.organizations.length,
          },
        ]),
      );
      return activityIds.map(
        (id) => byId.get(id) ?? { attendeeCount: 0, attendanceKeys: 0, attendingOrganizationCount: 0 },
      );
    }),

    memberVolunteerHours: new DataLoader<MemberHoursRequest, number, string>(
      async (requests) => {
        const byPeriod = new Map<string, { period: Period; ids: string[] }>();
        for (const { memberId, period } of requests) {
          const batch = byPeriod.get(periodKey(period)) ?? { period, ids: [] };
          batch.ids.push(memberId);
          byPeriod.set(periodKey(period), batch);
        }
        const hours = new Map<string, number>();
        await Promise.all(
          [...byPeriod.entries()].map(async ([key, { period, ids }]) => {
            const range = dateRange(period);
            const rows = await models.attendance
              .aggregate<{ _id: string; hours: number }>([
                { $match: { memberId: { $in: ids }, ...(range ? { startsAt: range } : {}) } },
                { $group: { _id: '$memberId', hours: { $sum: '$volunteerHours' } } },
              ])
              .exec();
            for (const row of rows) hours.set(`${row._id}|${key}`, row.hours);
          }),
        );
        return requests.map(({ memberId, period }) => hours.get(`${memberId}|${periodKey(period)}`) ?? 0);
      },
      { cacheKeyFn: ({ memberId, period }) => `${memberId}|${periodKey(period)}` },
    ),

    indicators: createIndicatorLoader(models),
  };
}

export type PartyBuildingLoaders = ReturnType<typeof createPartyBuildingLoaders>;

/**
 * `District/Street/Community.partyOrganizations`: the organizations in the narrowest of the
 * parent division, the filter's division and the viewer's jurisdiction, through the loader of
 * that division level (one aggregation for all parents of the request).
 */
export async function organizationsInDivision(
  ctx: RequestContext & { loaders: PartyBuildingLoaders },
  parentCode: string,
  args: PageArgs & { filter?: InputMaybe<PartyOrganizationFilter>; orderBy?: InputMaybe<PartyOrganizationOrder> },
): Promise<Connection<PartyOrganizationRecord>> {
  const { divisionCode, match } = organizationFilter(args.filter);
  const scope = effectiveDivision(ctx, parentCode, divisionCode);
  const level = scope ? divisionLevelOf(scope) : null;
  if (!scope || !level) return emptyPage(args, organizationSort(args.orderBy), ctx.cursors);
  return ctx.loaders.organizationsInDivision[DIVISION_FIELD_BY_LEVEL[level]].load({
    group: scope,
    filter: match,
    sort: organizationSort(args.orderBy),
    args: { first: args.first, after: args.after },
  });
}
