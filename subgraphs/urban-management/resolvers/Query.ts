import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { auditRecords } from '../../../platform/access/audit-records.js';
import { dateArgument } from '../../../platform/contract/scalars.js';
import { statisticsRequest } from '../../../platform/query/statistics.js';
import {
  DIVISION_ARGUMENT,
  facilityFilter,
  facilitySort,
  incidentFilter,
  incidentSort,
  inspectionCampaignFilter,
  inspectionCampaignSort,
  petitionFilter,
  petitionSort,
  rectificationProjectFilter,
  rectificationProjectSort,
  requestedScope,
  rootList,
  safetyDesignationFilter,
  safetyDesignationSort,
  scopedList,
} from '../lists.js';
import { petitionStatistics } from '../statistics.js';
import { loadPetition } from './Petition.js';

export const Query: QueryResolvers = {
  async incident(_parent, { id }, ctx) {
    const record = await ctx.loaders.incident.load(id);
    return record ?? null;
  },

  incidents: (_parent, args, ctx) =>
    rootList(ctx, ctx.models.Incident, args, incidentFilter(args.filter, ctx.now), incidentSort(args.orderBy)),
  facilities: (_parent, args, ctx) =>
    rootList(ctx, ctx.models.Facility, args, facilityFilter(args.filter), facilitySort(args.orderBy)),
  rectificationProjects: (_parent, args, ctx) =>
    rootList(
      ctx,
      ctx.models.RectificationProject,
      args,
      rectificationProjectFilter(args.filter),
      rectificationProjectSort(args.orderBy),
    ),
  inspectionCampaigns: (_parent, args, ctx) =>
    rootList(
      ctx,
      ctx.models.InspectionCampaign,
      args,
      inspectionCampaignFilter(args.filter),
      inspectionCampaignSort(args.orderBy),
    ),
  urbanManagementSafetyDesignations: (_parent, args, ctx) =>
    rootList(
      ctx,
      ctx.models.SafetyDesignation,
      args,
      safetyDesignationFilter(args.filter),
      safetyDesignationSort(args.orderBy),
    ),

  /** Null outside the viewer's jurisdiction; the groupings resolve on UrbanManagementStatistics. */
  urbanManagementStatistics: (_root, args, ctx) =>
    statisticsRequest(ctx.access, {
      division: args.division,
      from: dateArgument(args.from, 'from'),
      to: dateArgument(args.to, 'to'),
    }),

  petition: (_root, { id }, ctx) => loadPetition(ctx, id),
  /** Unlike the lists above, the division argument is checked before the other filters (a request with both wrong reports the division). */
  petitions(_root, { filter, orderBy, first, after }, ctx) {
    const scope = requestedScope(ctx.access, filter?.divisionCode, DIVISION_ARGUMENT);
    return scopedList(ctx, ctx.models.Petition, scope, petitionFilter(filter), petitionSort(orderBy), { first, after });
  },
  petitionStatistics: (_root, args, ctx) => petitionStatistics(ctx, args),

  urbanManagementAuditRecords: (_root, args, ctx) => auditRecords(ctx, args, 'urbanManagementAuditRecords'),
};
