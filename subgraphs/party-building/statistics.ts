import { cellKeyOf, RECORD_KEY_SUM, type DisclosureControl } from '../../platform/access/disclosure-control.js';
import { SHANGHAI_OFFSET_MS } from '../../platform/query/calendar.js';
import {
  DIVISION_DIMENSIONS,
  groupId,
  rowKeys,
  SORT_BY_GROUP,
  statisticsMatch,
  yearOf,
  type GroupedId,
  type StatisticsRequest,
} from '../../platform/query/statistics.js';
import type {
  PartyMemberAgeBand,
  PartyMemberDimension,
  PartyMemberStatisticsKeys,
  PartyOrganizationDimension,
  PartyOrganizationStatisticsRow,
} from './__generated__/resolvers-types.js';
import type { PartyBuildingModels } from './models.js';

/**
 * `partyBuildingStatistics`: organizations and members of a division grouped by the dimensions
 * the caller asks for, each one aggregation pipeline. Both are stocks as at the period's end
 * (founded or joined before `to`, as the indicators count them); ages are taken at that instant.
 */

/** Each band with the age (whole years) it starts at; the first band starts at birth. */
const AGE_BANDS: ReadonlyArray<[band: PartyMemberAgeBand, fromAge: number]> = [
  ['UP_TO_35', 0],
  ['FROM_36_TO_45', 36],
  ['FROM_46_TO_55', 46],
  ['FROM_56_TO_60', 56],
  ['FROM_61_TO_70', 61],
  ['OVER_70', 71],
];

/** The instant `years` calendar years (Asia/Shanghai) before `date`: born at or before it, one is at least that old. */
function yearsBefore(date: Date, years: number): Date {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  local.setUTCFullYear(local.getUTCFullYear() - years);
  return new Date(local.getTime() - SHANGHAI_OFFSET_MS);
}

/** `$switch` on the birth date: a member younger than the next band's starting age is in this band. */
function ageBandAt(reference: Date): Record<string, unknown> {
  const branches = AGE_BANDS.slice(0, -1).map(([band], index) => ({
    case: { $gt: ['$birthDate', yearsBefore(reference, AGE_BANDS[index + 1][1])] },
    then: band,
  }));
  return { $switch: { branches, default: AGE_BANDS[AGE_BANDS.length - 1][0] } };
}

/** Stocks ignore `from`: what exists at the end of the period. */
function stockMatch(request: StatisticsRequest, dateField: string): Record<string, unknown> {
  return statisticsMatch({ ...request, from: null }, dateField);
}

export async function organizationStatistics(
  models: PartyBuildingModels,
  request: StatisticsRequest,
  groupBy: readonly PartyOrganizationDimension[],
): Promise<PartyOrganizationStatisticsRow[]> {
  const unique = [...new Set(groupBy)];
  const rows = await models.organization
    .aggregate<{ _id: GroupedId; organizations: number }>([
      { $match: stockMatch(request, 'foundedOn') },
      {
        $group: {
          _id: groupId(unique, { ...DIVISION_DIMENSIONS, LEVEL: '$level', SECTOR: '$sector' }),
          organizations: { $sum: 1 },
        },
      },
      SORT_BY_GROUP,
    ])
    .exec();
  return rows.map((row) => ({ keys: rowKeys(row._id, unique), organizations: row.organizations }));
}

interface MemberRow {
  keys: PartyMemberStatisticsKeys;
  members: number | null;
  suppressed: boolean;
}

/** Members per group: exact for officials and admins, a perturbed cell (withheld when small) for analysts and services. */
export async function memberStatistics(
  models: PartyBuildingModels,
  request: StatisticsRequest,
  options: { groupBy: readonly PartyMemberDimension[]; control: DisclosureControl; now: Date },
): Promise<MemberRow[]> {
  const unique = [...new Set(options.groupBy)];
  const dimensions = {
    ...DIVISION_DIMENSIONS,
    AGE_BAND: ageBandAt(request.to ?? options.now),
    JOIN_YEAR: yearOf('$joinedOn'),
    SEX: '$sex',
    STATUS: '$status',
  };
  const rows = await models.member
    .aggregate<{ _id: GroupedId; members: number; keys: number }>([
      { $match: stockMatch(request, 'joinedOn') },
      { $group: { _id: groupId(unique, dimensions), members: { $sum: 1 }, keys: RECORD_KEY_SUM } },
      SORT_BY_GROUP,
    ])
    .exec();
  return rows.map((row): MemberRow => {
    const members = options.control.count({
      tag: 'party_members/members',
      value: row.members,
      key: cellKeyOf(row.keys),
    });
    return { keys: rowKeys(row._id, unique), members: members.value, suppressed: members.suppressed };
  });
}
