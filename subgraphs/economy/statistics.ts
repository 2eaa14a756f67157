import {
  DIVISION_DIMENSIONS,
  groupId,
  rowKeys,
  SORT_BY_GROUP,
  monthOf,
  statisticsMatch,
  type GroupedId,
  type StatisticsRequest,
} from '../../platform/query/statistics.js';
import type {
  ProjectDimension,
  ProjectStatisticsRow,
  TripDimension,
  TripStatisticsRow,
} from './__generated__/resolvers-types.js';
import type { EconomyModels } from './models.js';

/**
 * `economyStatistics`: investment projects and trips of a division grouped by the dimensions
 * the caller asks for, each one aggregation pipeline. Money is stored in fen and summed exactly
 * there; yuan only at the edge. Projects count by signing date (as the indicators do), trips by
 * their start.
 */

export async function projectStatistics(
  models: EconomyModels,
  request: StatisticsRequest,
  options: { groupBy: readonly ProjectDimension[]; minAmountFen: number | null },
): Promise<ProjectStatisticsRow[]> {
  const groupBy = [...new Set(options.groupBy)];
  const dimensions = {
    ...DIVISION_DIMENSIONS,
    INDUSTRY: '$industry',
    STAGE: '$stage',
    MONTH: { $cond: [{ $eq: [{ $ifNull: ['$signedAt', null] }, null] }, null, monthOf('$signedAt')] },
  };
  const rows = await models.InvestmentProject.aggregate<{ _id: GroupedId; projects: number; investmentFen: number }>([
    {
      $match: {
        ...statisticsMatch(request, 'signedAt'),
        ...(options.minAmountFen !== null ? { amountFen: { $gte: options.minAmountFen } } : {}),
      },
    },
    { $group: { _id: groupId(groupBy, dimensions), projects: { $sum: 1 }, investmentFen: { $sum: '$amountFen' } } },
    SORT_BY_GROUP,
  ]).exec();
  return rows.map((row) => ({
    keys: rowKeys(row._id, groupBy),
    projects: row.projects,
    investmentYuan: row.investmentFen / 100,
  }));
}

export async function tripStatistics(
  models: EconomyModels,
  request: StatisticsRequest,
  groupBy: readonly TripDimension[],
): Promise<TripStatisticsRow[]> {
  const dimensions = { ...DIVISION_DIMENSIONS, LEADER_LEVEL: '$leaderLevel', MONTH: monthOf('$startedAt') };
  const unique = [...new Set(groupBy)];
  const rows = await models.InvestmentTrip.aggregate<{ _id: GroupedId; trips: number; projectsNegotiated: number }>([
    { $match: statisticsMatch(request, 'startedAt') },
    {
      $group: {
        _id: groupId(unique, dimensions),
        trips: { $sum: 1 },
        projectsNegotiated: { $sum: '$projectsNegotiated' },
      },
    },
    SORT_BY_GROUP,
  ]).exec();
  return rows.map((row) => ({
    keys: rowKeys(row._id, unique),
    trips: row.trips,
    projectsNegotiated: row.projectsNegotiated,
  }));
}
