import type { UrbanManagementStatisticsResolvers } from '../__generated__/resolvers-types.js';
import { facilityStatistics, incidentStatistics } from '../statistics.js';

/** The groupings of `Query.urbanManagementStatistics` (see Query.ts). */
export const UrbanManagementStatistics: UrbanManagementStatisticsResolvers = {
  division: (request) => request.division,
  incidents: (request, args, ctx) => incidentStatistics(ctx.models, request, args.groupBy, ctx.now),
  facilities: (request, args, ctx) => facilityStatistics(ctx.models, request, args.groupBy),
};
