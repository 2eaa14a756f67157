import type { CivilAffairsStatisticsResolvers } from '../__generated__/resolvers-types.js';
import { assistanceStatistics, serviceStatistics } from '../statistics.js';

/** `Query.civilAffairsStatistics` answers the request (null outside the viewer's jurisdiction); the groupings resolve here. */
export const CivilAffairsStatistics: CivilAffairsStatisticsResolvers = {
  division: (request) => request.division,
  assistance: (request, args, ctx) =>
    assistanceStatistics(ctx.models, request, {
      groupBy: args.groupBy,
      programs: args.programs,
      control: ctx.disclosure,
    }),
  services: (request, args, ctx) =>
    serviceStatistics(ctx.models, request, {
      groupBy: args.groupBy,
      kinds: args.kinds ?? null,
      control: ctx.disclosure,
    }),
};
