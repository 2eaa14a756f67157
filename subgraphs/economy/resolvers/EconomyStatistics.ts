import { badUserInput } from '../../../platform/contract/errors.js';
import { statisticsRequest } from '../../../platform/query/statistics.js';
import type { EconomyStatisticsResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { projectStatistics, tripStatistics } from '../statistics.js';

/** `Query.economyStatistics`: null outside the viewer's jurisdiction; the groupings resolve below. */
export const economyStatisticsQuery: Pick<QueryResolvers, 'economyStatistics'> = {
  economyStatistics: (_root, args, ctx) => statisticsRequest(ctx.access, args),
};

function minAmountFen(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0) throw badUserInput('minAmountYuan', 'a non-negative amount in yuan');
  return Math.round(value * 100);
}

export const EconomyStatistics: EconomyStatisticsResolvers = {
  division: (request) => request.division,
  projects: (request, args, ctx) => projectStatistics(ctx.models, request, { groupBy: args.groupBy, minAmountFen: minAmountFen(args.minAmountYuan) }),
  trips: (request, args, ctx) => tripStatistics(ctx.models, request, args.groupBy),
};
