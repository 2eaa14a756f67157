import { statisticsRequest } from '../../../platform/query/statistics.js';
import type { CivilAffairsStatisticsResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { assistanceStatistics, serviceStatistics } from '../statistics.js';
import { dateArgument } from '../../../platform/contract/scalars.js';

/** `Query.civilAffairsStatistics`: null outside the viewer's jurisdiction; the groupings resolve below. */
export const civilAffairsStatisticsQuery: Pick<QueryResolvers, 'civilAffairsStatistics'> = {
  civilAffairsStatistics: (_root, args, ctx) =>
    statisticsRequest(ctx.access, { division: args.division, from: dateArgument(args.from, 'from'), to: dateArgument(args.to, 'to') }),
};

export const CivilAffairsStatistics: CivilAffairsStatisticsResolvers = {
  division: (request) => request.division,
  assistance: (request, args, ctx) => assistanceStatistics(ctx.models, request, { groupBy: args.groupBy, programs: args.programs, control: ctx.disclosure }),
  services: (request, args, ctx) => serviceStatistics(ctx.models, request, { groupBy: args.groupBy, kinds: args.kinds ?? null, control: ctx.disclosure }),
};
