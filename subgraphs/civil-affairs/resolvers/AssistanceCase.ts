import type { AssistanceCaseResolvers } from '../__generated__/resolvers-types.js';
import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import { benefitPaymentFilter, benefitPaymentSort } from '../lists.js';
import { loadDivision } from './Division.js';

export const AssistanceCase: AssistanceCaseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.assistanceCase.load(ref.id),
  id: (found) => found._id,
  recipient: (found, _args, ctx) => (found.recipientId ? ctx.loaders.resident.load(found.recipientId) : null),
  community: (found, _args, ctx) => (found.communityCode ? loadDivision(ctx, found.communityCode, 'COMMUNITY') : null),
  appliedAt: (found) => found.appliedAt ?? null,
  version: (found) => recordVersion(found),
  history: (found, args, ctx) => historyConnection(found, args, ctx.cursors, 'AssistanceCase'),
  totalPaidYuan: async (found, _args, ctx) => (await ctx.loaders.totalPaidFenByCase.load(found._id)) / 100,
  payments: (found, args, ctx) =>
    ctx.loaders.paymentsByCase.load({
      group: found._id,
      filter: benefitPaymentFilter(args.filter),
      sort: benefitPaymentSort(args.orderBy),
      args,
    }),
};
