import type { PartyBuildingStatisticsResolvers } from '../__generated__/resolvers-types.js';
import { memberStatistics, organizationStatistics } from '../statistics.js';

/** The groupings of `Query.partyBuildingStatistics` (Query.ts: null outside the viewer's jurisdiction). */
export const PartyBuildingStatistics: PartyBuildingStatisticsResolvers = {
  division: (request) => request.division,
  organizations: (request, args, ctx) => organizationStatistics(ctx.models, request, args.groupBy),
  members: (request, args, ctx) =>
    memberStatistics(ctx.models, request, { groupBy: args.groupBy, control: ctx.disclosure, now: new Date() }),
};
