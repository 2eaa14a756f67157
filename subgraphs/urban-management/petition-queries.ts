import DataLoader from 'dataloader';
import { emptyPage, findConnection, type Connection, type PageArgs, type SortSpec } from '../../platform/query/pagination.js';
import type { PetitionFilter, PetitionOrder } from './__generated__/resolvers-types.js';
import type { UrbanManagementContext } from './context.js';
import { allOf, defined, oneOf, range, requestedScope, scopeConditions, textMatch } from './lists.js';
import { HANDLING_STATUSES, type PetitionRecord } from './models.js';
import { periodArguments } from '../../platform/contract/scalars.js';

/**
 * Reading petitions. Rows are case files about named people, so analysts and services get none
 * (person-level.ts makes these fields FORBIDDEN for them; they read `petitionStatistics`);
 * everyone else sees the petitions inside their jurisdiction, with the petitioner's identity
 * masked unless they belong to the handling department (see Petition.ts).
 */
export async function loadPetition(ctx: UrbanManagementContext, id: string): Promise<PetitionRecord | null> {
  const found = await ctx.models.Petition.findById(id).lean<PetitionRecord>().exec();
  return found ?? null;
}

/** Newest first unless the caller asks otherwise; both fields are stored on every petition. */
export function petitionSort(order: PetitionOrder | null | undefined): SortSpec {
  if (!order) return { field: 'receivedAt', direction: 'DESC' };
  return { field: order.field === 'ACCEPTANCE_DEADLINE' ? 'acceptanceDeadline' : 'receivedAt', direction: order.direction ?? 'DESC' };
}

export function petitionList(
  ctx: UrbanManagementContext,
  filter: PetitionFilter | null | undefined,
  order: PetitionOrder | null | undefined,
  args: PageArgs,
): Promise<Connection<PetitionRecord>> | Connection<PetitionRecord> {
  const sort = petitionSort(order);
  const scope = requestedScope(ctx.access, filter?.divisionCode, 'filter.divisionCode');
  const { from, to } = periodArguments(filter?.receivedFrom, filter?.receivedTo, { from: 'filter.receivedFrom', to: 'filter.receivedTo' });
  const conditions = defined({
    status: oneOf(filter?.status),
    channel: oneOf(filter?.channel),
    category: oneOf(filter?.category),
    longStandingStatus: oneOf(filter?.longStandingStatus),
    matterKey: filter?.matterKey ?? undefined,
    enterpriseId: filter?.enterpriseId ?? undefined,
    receivedAt: range(from, to),
    title: filter?.titleContains ? textMatch(filter.titleContains, 'filter.titleContains') : undefined,
  });
  if (scope === null) return emptyPage(args, sort, ctx.cursors);
  return findConnection(ctx.models.Petition, allOf([...scopeConditions(scope), ...conditions]), sort, args, ctx.cursors);
}

/**
 * Overdue: accepted after (or still not accepted by) the 15-day acceptance deadline, or replied
 * after (or still unreplied at) the handling deadline. Judged at the request's instant.
 */
export function isOverdue(petition: PetitionRecord, now: Date): boolean {
  const acceptedBy = petition.acceptedAt ?? (petition.status === 'RECEIVED' ? now : null);
  if (acceptedBy && acceptedBy.getTime() > petition.acceptanceDeadline.getTime()) return true;
  if (!petition.handlingDeadline) return false;
  const repliedBy = petition.repliedAt ?? (HANDLING_STATUSES.includes(petition.status) ? now : null);
  return repliedBy !== null && repliedBy.getTime() > petition.handlingDeadline.getTime();
}

/** Petitions per matter inside the viewer's jurisdiction: one aggregation for all matters of a response. */
const matterCountLoaders = new WeakMap<UrbanManagementContext, DataLoader<string, number>>();

export function matterPetitionCount(ctx: UrbanManagementContext, matterKey: string): Promise<number> {
  let loader = matterCountLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, number>(async (keys) => {
      const scope = ctx.access.scope(null) ?? '';
      const rows = await ctx.models.Petition
        .aggregate<{ _id: string; count: number }>([{ $match: allOf([...scopeConditions(scope), { matterKey: { $in: [...keys] } }]) }, { $group: { _id: '$matterKey', count: { $sum: 1 } } }])
        .exec();
      const byKey = new Map(rows.map((row) => [row._id, row.count]));
      return keys.map((key) => byKey.get(key) ?? 0);
    });
    matterCountLoaders.set(ctx, loader);
  }
  return loader.load(matterKey);
}
