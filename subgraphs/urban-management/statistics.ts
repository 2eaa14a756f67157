import { cellKeyOf, RECORD_KEY_SUM, recordKeySumIf } from '../../platform/access/disclosure-control.js';
import {
  DIVISION_DIMENSIONS,
  groupId,
  rowKeys,
  SORT_BY_GROUP,
  monthOf,
  statisticsMatch,
  statisticsRequest,
  type GroupedId,
  type StatisticsRequest,
} from '../../platform/query/statistics.js';
import type {
  FacilityDimension,
  FacilityStatisticsRow,
  IncidentDimension,
  IncidentStatisticsRow,
  PetitionDimension,
} from './__generated__/resolvers-types.js';
import type { UrbanManagementContext } from './context.js';
import { incidentFigures, round2 } from './indicators.js';
import type { PetitionCategory, PetitionChannel, UrbanManagementModels } from './models.js';

/**
 * `urbanManagementStatistics`: incidents and facilities of a division grouped by the dimensions
 * the caller asks for, each one aggregation pipeline with the indicators' accumulators (open,
 * overdue, handling time), so a total row equals the indicators of the same period.
 */

export async function incidentStatistics(
  models: UrbanManagementModels,
  request: StatisticsRequest,
  groupBy: readonly IncidentDimension[],
  now: Date,
): Promise<IncidentStatisticsRow[]> {
  const unique = [...new Set(groupBy)];
  const dimensions = {
    ...DIVISION_DIMENSIONS,
    CATEGORY: '$category',
    STATUS: '$status',
    SOURCE: '$source',
    MONTH: monthOf('$reportedAt'),
  };
  const rows = await models.Incident.aggregate<{
    _id: GroupedId;
    incidents: number;
    open: number;
    overdue: number;
    handlingHours: number | null;
  }>([
    { $match: statisticsMatch(request, 'reportedAt') },
    { $group: { _id: groupId(unique, dimensions), incidents: { $sum: 1 }, ...incidentFigures(now) } },
    SORT_BY_GROUP,
  ]).exec();
  return rows.map((row) => ({
    keys: rowKeys(row._id, unique),
    incidents: row.incidents,
    open: row.open,
    overdue: row.overdue,
    overdueRate: round2((row.overdue / row.incidents) * 100),
    averageHandlingHours: row.handlingHours === null ? null : round2(row.handlingHours),
  }));
}

/** Facilities are a stock: those installed before the period's end. */
export async function facilityStatistics(
  models: UrbanManagementModels,
  request: StatisticsRequest,
  groupBy: readonly FacilityDimension[],
): Promise<FacilityStatisticsRow[]> {
  const unique = [...new Set(groupBy)];
  const rows = await models.Facility.aggregate<{ _id: GroupedId; facilities: number; area: number }>([
    { $match: statisticsMatch({ ...request, from: null }, 'installedAt') },
    {
      $group: {
        _id: groupId(unique, { ...DIVISION_DIMENSIONS, TYPE: '$type', STATUS: '$status' }),
        facilities: { $sum: 1 },
        area: { $sum: { $ifNull: ['$areaSquareMeters', 0] } },
      },
    },
    SORT_BY_GROUP,
  ]).exec();
  return rows.map((row) => ({
    keys: rowKeys(row._id, unique),
    facilities: row.facilities,
    areaSquareMeters: row.area,
  }));
}

/**
 * `petitionStatistics`: petitions received in a division and period, grouped by category,
 * channel, street, community and month (Asia/Shanghai), in one aggregation pipeline. A petition
 * is a person's case (the petitioner), so for analysts and services every count of a row is a
 * perturbed cell and the row is withheld when its petitions are few (disclosure-control.ts); the
 * average satisfaction is then the perturbed sum of ratings over the perturbed number rated.
 * Officials and admins get exact figures.
 */
interface PetitionStatisticsRow {
  keys: {
    category: PetitionCategory | null;
    channel: PetitionChannel | null;
    street: string | null;
    community: string | null;
    month: string | null;
  };
  petitions: number | null;
  repeats: number | null;
  longStanding: number | null;
  closed: number | null;
  averageSatisfaction: number | null;
  suppressed: boolean;
}

const DIMENSIONS: Record<PetitionDimension, unknown> = {
  CATEGORY: '$category',
  CHANNEL: '$channel',
  STREET: '$streetCode',
  COMMUNITY: '$communityCode',
  MONTH: monthOf('$receivedAt'),
};

interface GroupedRow {
  _id: Partial<Record<PetitionDimension, string | null>>;
  petitions: number;
  repeats: number;
  longStanding: number;
  closed: number;
  rated: number;
  satisfactionSum: number;
  averageSatisfaction: number | null;
  keys: number;
  repeatKeys: number;
  longStandingKeys: number;
  closedKeys: number;
  ratedKeys: number;
}

export async function petitionStatistics(
  ctx: UrbanManagementContext,
  args: { division: string; from?: Date | null; to?: Date | null; groupBy: readonly PetitionDimension[] },
): Promise<PetitionStatisticsRow[] | null> {
  const request = statisticsRequest(ctx.access, args);
  if (!request) return null;
  const isRepeat = { $eq: ['$repeat', true] };
  const isLongStanding = { $ne: ['$longStandingStatus', 'NONE'] };
  const isClosed = { $eq: ['$status', 'CLOSED'] };
  const isRated = { $ne: [{ $ifNull: ['$satisfaction', null] }, null] };
  const rows = await ctx.models.Petition.aggregate<GroupedRow>([
    { $match: statisticsMatch(request, 'receivedAt') },
    {
      $group: {
        _id: groupId(args.groupBy, DIMENSIONS),
        petitions: { $sum: 1 },
        repeats: { $sum: { $cond: ['$repeat', 1, 0] } },
        longStanding: { $sum: { $cond: [{ $eq: ['$longStandingStatus', 'NONE'] }, 0, 1] } },
        closed: { $sum: { $cond: [isClosed, 1, 0] } },
        rated: { $sum: { $cond: [isRated, 1, 0] } },
        satisfactionSum: { $sum: { $ifNull: ['$satisfaction', 0] } },
        averageSatisfaction: { $avg: '$satisfaction' },
        keys: RECORD_KEY_SUM,
        repeatKeys: recordKeySumIf(isRepeat),
        longStandingKeys: recordKeySumIf(isLongStanding),
        closedKeys: recordKeySumIf(isClosed),
        ratedKeys: recordKeySumIf(isRated),
      },
    },
    { $sort: { _id: 1 } },
  ]).exec();
  const control = ctx.disclosure;
  return rows.map((row) => {
    const keys = {
      category: (row._id.CATEGORY as PetitionCategory | undefined) ?? null,
      channel: (row._id.CHANNEL as PetitionChannel | undefined) ?? null,
      street: row._id.STREET ?? null,
      community: row._id.COMMUNITY ?? null,
      month: row._id.MONTH ?? null,
    };
    if (!control.perturbs) {
      const averageSatisfaction = row.averageSatisfaction === null ? null : round2(row.averageSatisfaction);
      return {
        keys,
        petitions: row.petitions,
        repeats: row.repeats,
        longStanding: row.longStanding,
        closed: row.closed,
        averageSatisfaction,
        suppressed: false,
      };
    }
    const count = (value: number, key: number) =>
      control.count({ tag: 'petitions/petitions', value, key: cellKeyOf(key) });
    const petitions = count(row.petitions, row.keys);
    if (petitions.suppressed)
      return {
        keys,
        petitions: null,
        repeats: null,
        longStanding: null,
        closed: null,
        averageSatisfaction: null,
        suppressed: true,
      };
    const [repeats, longStanding, closed, rated] = [
      count(row.repeats, row.repeatKeys),
      count(row.longStanding, row.longStandingKeys),
      count(row.closed, row.closedKeys),
      count(row.rated, row.ratedKeys),
    ];
    // Ratings are 1 to 5: the largest contribution of one petitioner is 5.
    const ratingSum = control.amount({
      tag: 'petitions/satisfaction',
      value: row.satisfactionSum,
      key: cellKeyOf(row.ratedKeys),
      top: 5,
    });
    const averageSatisfaction = rated.value ? round2(Math.min(5, Math.max(1, ratingSum / rated.value))) : null;
    return {
      keys,
      petitions: petitions.value,
      repeats: repeats.value,
      longStanding: longStanding.value,
      closed: closed.value,
      averageSatisfaction,
      suppressed: [repeats, longStanding, closed, rated].some((cell) => cell.suppressed),
    };
  });
}
