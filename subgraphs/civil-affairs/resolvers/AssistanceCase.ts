import type { AssistanceCaseResolvers } from '../__generated__/resolvers-types.js';
import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import type { CivilAffairsContext } from '../context.js';
import type { AssistanceCaseRecord } from '../models.js';
import { loadDivision } from './divisions.js';
import { paymentFilter, paymentSort } from './payments.js';
import { loadResident } from './Resident.js';

export async function loadAssistanceCase(ctx: CivilAffairsContext, id: string): Promise<AssistanceCaseRecord | null> {
  const found = await ctx.loaders.assistanceCase.load(id);
  return found ?? null;
}

export const AssistanceCase: AssistanceCaseResolvers = {
  __resolveReference: (ref, ctx) => loadAssistanceCase(ctx, ref.id),
  id: (found) => found._id,
  recipient: (found, _args, ctx) => (found.recipientId ? loadResident(ctx, found.recipientId) : null),
  community: (found, _args, ctx) => (found.communityCode ? loadDivision(ctx, found.communityCode, 'COMMUNITY') : null),
  appliedAt: (found) => found.appliedAt ?? null,
  version: (found) => recordVersion(found),
  history: (found, args, ctx) => historyConnection(found, args, ctx.cursors, 'AssistanceCase'),
  totalPaidYuan: async (found, _args, ctx) => (await ctx.loaders.totalPaidFenByCase.load(found._id)) / 100,
  payments: (found, args, ctx) => ctx.loaders.paymentsByCase.load({ group: found._id, filter: paymentFilter(args.filter), sort: paymentSort(args.orderBy), args }),
};
