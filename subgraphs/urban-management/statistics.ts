import { DIVISION_DIMENSIONS, groupId, rowKeys, SORT_BY_GROUP, monthOf, statisticsMatch, type GroupedId, type StatisticsRequest } from '../../platform/query/statistics.js';
import type { FacilityDimension, FacilityStatisticsRow, IncidentDimension, IncidentStatisticsRow } from './__generated__/resolvers-types.js';
import { incidentFigures, round2 } from './indicators.js';
import type { UrbanManagementModels } from './models.js';

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
  const dimensions = { ...DIVISION_DIMENSIONS, CATEGORY: '$category', STATUS: '$status', SOURCE: '$source', MONTH: monthOf('$reportedAt') };
  const rows = await models.Incident.aggregate<{ _id: GroupedId; incidents: number; open: number; overdue: number; handlingHours: number | null }>([
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
export async function facilityStatistics(models: UrbanManagementModels, request: StatisticsRequest, groupBy: readonly FacilityDimension[]): Promise<FacilityStatisticsRow[]> {
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
  return rows.map((row) => ({ keys: rowKeys(row._id, unique), facilities: row.facilities, areaSquareMeters: row.area }));
}
