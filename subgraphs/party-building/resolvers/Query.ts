import { emptyPage, findConnection } from '../../../platform/query/pagination.js';
import type { PartyBuildingContext } from '../context.js';
import { activityFilter, activitySort, divisionMatch, effectiveDivision, evaluationFilter, evaluationSort, memberFilter, memberSort, organizationFilter, organizationSort, type ListFilter } from '../lists.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { auditRecords } from '../../../platform/access/audit-records.js';
import { statisticsRequest } from '../../../platform/query/statistics.js';

/** The list's filter with the division narrowed to the viewer's jurisdiction; null = nothing visible. */
function scopedMatch(ctx: PartyBuildingContext, filter: ListFilter): Record<string, unknown> | null {
  const scope = effectiveDivision(ctx, filter.divisionCode);
  return scope === null ? null : { ...divisionMatch(scope), ...filter.match };
}

function visible<T extends { divisionCode: string }>(ctx: PartyBuildingContext, record: T | null): T | null {
  return record ?? null;
}

export const Query: QueryResolvers = {
  partyOrganization: async (_root, { id }, ctx) => visible(ctx, await ctx.loaders.organization.load(id)),
  partyMember: async (_root, { id }, ctx) => visible(ctx, await ctx.loaders.member.load(id)),

  partyOrganizations: (_root, args, ctx) => {
    const match = scopedMatch(ctx, organizationFilter(args.filter));
    return match ? findConnection(ctx.models.organization, match, organizationSort(args.orderBy), args, ctx.cursors) : emptyPage(args, organizationSort(args.orderBy), ctx.cursors);
  },
  partyMembers: (_root, args, ctx) => {
    const match = scopedMatch(ctx, memberFilter(args.filter));
    return match ? findConnection(ctx.models.member, match, memberSort(args.orderBy), args, ctx.cursors) : emptyPage(args, memberSort(args.orderBy), ctx.cursors);
  },
  partyActivities: (_root, args, ctx) => {
    const match = scopedMatch(ctx, activityFilter(args.filter));
    return match ? findConnection(ctx.models.activity, match, activitySort(args.orderBy), args, ctx.cursors) : emptyPage(args, activitySort(args.orderBy), ctx.cursors);
  },
  partyEvaluations: (_root, args, ctx) => {
    const match = scopedMatch(ctx, evaluationFilter(args.filter));
    return match ? findConnection(ctx.models.evaluation, match, evaluationSort(args.orderBy), args, ctx.cursors) : emptyPage(args, evaluationSort(args.orderBy), ctx.cursors);
  },
  /** Null outside the viewer's jurisdiction; the groupings resolve in PartyBuildingStatistics.ts. */
  partyBuildingStatistics: (_root, args, ctx) => statisticsRequest(ctx.access, args),
  partyBuildingAuditRecords: (_root, args, ctx) => auditRecords(ctx, args, 'partyBuildingAuditRecords'),
};
