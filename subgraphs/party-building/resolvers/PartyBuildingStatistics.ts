import { statisticsRequest } from '../../../platform/query/statistics.js';
import type { PartyBuildingStatisticsResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { memberStatistics, organizationStatistics } from '../statistics.js';

/** `Query.partyBuildingStatistics`: null outside the viewer's jurisdiction; the groupings resolve below. */
export const partyBuildingStatisticsQuery: Pick<QueryResolvers, 'partyBuildingStatistics'> = {
  partyBuildingStatistics: (_root, args, ctx) => statisticsRequest(ctx.access, args),
};

export const PartyBuildingStatistics: PartyBuildingStatisticsResolvers = {
  division: (request) => request.division,
  organizations: (request, args, ctx) => organizationStatistics(ctx.models, request, args.groupBy),
  members: (request, args, ctx) => memberStatistics(ctx.models, request, { groupBy: args.groupBy, control: ctx.disclosure, now: new Date() }),
};
