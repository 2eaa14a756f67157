import { badUserInput } from '../../../platform/contract/errors.js';
import type { EconomyStatisticsResolvers } from '../__generated__/resolvers-types.js';
import { projectStatistics, tripStatistics } from '../statistics.js';

function minAmountFen(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0) throw badUserInput('minAmountYuan', 'a non-negative amount in yuan');
  return Math.round(value * 100);
}

/** The groupings of `Query.economyStatistics` (Query.ts): each one aggregation (statistics.ts). */
export const EconomyStatistics: EconomyStatisticsResolvers = {
  division: (request) => request.division,
  projects: (request, args, ctx) =>
    projectStatistics(ctx.models, request, { groupBy: args.groupBy, minAmountFen: minAmountFen(args.minAmountYuan) }),
  trips: (request, args, ctx) => tripStatistics(ctx.models, request, args.groupBy),
};
