import type { Model } from 'mongoose';
import {
  emptyPage,
  findConnection,
  type Connection,
  type PageArgs,
  type SortSpec,
} from '../../../platform/query/pagination.js';
import type { PartyBuildingContext } from '../context.js';
import {
  activityFilter,
  activitySort,
  evaluationFilter,
  evaluationSort,
  memberFilter,
  memberSort,
  organizationFilter,
  organizationSort,
  scopedMatch,
  type ListFilter,
} from '../lists.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { auditRecords } from '../../../platform/access/audit-records.js';
import { statisticsRequest } from '../../../platform/query/statistics.js';

/** A root list: the filtered records inside the viewer's jurisdiction, or an empty page when the filter's division lies outside. */
function rootList<T extends { _id: unknown }>(
  ctx: PartyBuildingContext,
  model: Model<T>,
  filter: ListFilter,
  sort: SortSpec,
  args: PageArgs,
): Promise<Connection<T>> | Connection<T> {
  const match = scopedMatch(ctx, filter);
  return match ? findConnection(model, match, sort, args, ctx.cursors) : emptyPage(args, sort, ctx.cursors);
}

function visible<T extends { divisionCode: string }>(ctx: PartyBuildingContext, record: T | null): T | null {
  return record ?? null;
}

export const Query: QueryResolvers = {
  partyOrganization: async (_root, { id }, ctx) => visible(ctx, await ctx.loaders.organization.load(id)),
  partyMember: async (_root, { id }, ctx) => visible(ctx, await ctx.loaders.member.load(id)),

  partyOrganizations: (_root, args, ctx) =>
    rootList(ctx, ctx.models.organization, organizationFilter(args.filter), organizationSort(args.orderBy), args),
  partyMembers: (_root, args, ctx) =>
    rootList(ctx, ctx.models.member, memberFilter(args.filter), memberSort(args.orderBy), args),
  partyActivities: (_root, args, ctx) =>
    rootList(ctx, ctx.models.activity, activityFilter(args.filter), activitySort(args.orderBy), args),
  partyEvaluations: (_root, args, ctx) =>
    rootList(ctx, ctx.models.evaluation, evaluationFilter(args.filter), evaluationSort(args.orderBy), args),
  /** Null outside the viewer's jurisdiction; the groupings resolve in PartyBuildingStatistics.ts. */
  partyBuildingStatistics: (_root, args, ctx) => statisticsRequest(ctx.access, args),
  partyBuildingAuditRecords: (_root, args, ctx) => auditRecords(ctx, args, 'partyBuildingAuditRecords'),
};
