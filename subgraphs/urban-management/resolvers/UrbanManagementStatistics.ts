import { statisticsRequest } from '../../../platform/query/statistics.js';
import type { QueryResolvers, UrbanManagementStatisticsResolvers } from '../__generated__/resolvers-types.js';
import { dateArgument } from '../../../platform/contract/scalars.js';
import { facilityStatistics, incidentStatistics } from '../statistics.js';

/** `Query.urbanManagementStatistics`: null outside the viewer's jurisdiction; the groupings resolve below. */
export const urbanManagementStatisticsQuery: Pick<QueryResolvers, 'urbanManagementStatistics'> = {
  urbanManagementStatistics: (_root, args, ctx) =>
    statisticsRequest(ctx.access, { division: args.division, from: dateArgument(args.from, 'from'), to: dateArgument(args.to, 'to') }),
};

export const UrbanManagementStatistics: UrbanManagementStatisticsResolvers = {
  division: (request) => request.division,
  incidents: (request, args, ctx) => incidentStatistics(ctx.models, request, args.groupBy, ctx.now),
  facilities: (request, args, ctx) => facilityStatistics(ctx.models, request, args.groupBy),
};
