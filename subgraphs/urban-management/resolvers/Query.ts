import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import {
  designationConditions,
  designationSort,
  facilityConditions,
  facilitySort,
  incidentConditions,
  incidentSort,
  inspectionConditions,
  inspectionSort,
  rectificationConditions,
  rectificationSort,
  requestedScope,
} from '../lists.js';
import { rootList } from './lists.js';
import { auditRecords } from '../../../platform/access/audit-records.js';

const DIVISION_ARGUMENT = 'filter.divisionCode';

export const Query: QueryResolvers = {
  async incident(_parent, { id }, ctx) {
    const record = await ctx.loaders.incident.load(id);
    return record ?? null;
  },

  incidents(_parent, { first, after, filter, orderBy }, ctx) {
    const conditions = incidentConditions(filter, ctx.now);
    const scope = requestedScope(ctx.access, filter?.divisionCode, DIVISION_ARGUMENT);
    return rootList(ctx, ctx.models.Incident, scope, conditions, incidentSort(orderBy), { first, after });
  },

  facilities(_parent, { first, after, filter, orderBy }, ctx) {
    const conditions = facilityConditions(filter);
    const scope = requestedScope(ctx.access, filter?.divisionCode, DIVISION_ARGUMENT);
    return rootList(ctx, ctx.models.Facility, scope, conditions, facilitySort(orderBy), { first, after });
  },

  rectificationProjects(_parent, { first, after, filter, orderBy }, ctx) {
    const conditions = rectificationConditions(filter);
    const scope = requestedScope(ctx.access, filter?.divisionCode, DIVISION_ARGUMENT);
    return rootList(ctx, ctx.models.RectificationProject, scope, conditions, rectificationSort(orderBy), { first, after });
  },

  inspectionCampaigns(_parent, { first, after, filter, orderBy }, ctx) {
    const conditions = inspectionConditions(filter);
    const scope = requestedScope(ctx.access, filter?.divisionCode, DIVISION_ARGUMENT);
    return rootList(ctx, ctx.models.InspectionCampaign, scope, conditions, inspectionSort(orderBy), { first, after });
  },

  urbanManagementSafetyDesignations(_parent, { first, after, filter, orderBy }, ctx) {
    const conditions = designationConditions(filter);
    const scope = requestedScope(ctx.access, filter?.divisionCode, DIVISION_ARGUMENT);
    return rootList(ctx, ctx.models.SafetyDesignation, scope, conditions, designationSort(orderBy), { first, after });
  },
  urbanManagementAuditRecords: (_root, args, ctx) => auditRecords(ctx, args, 'urbanManagementAuditRecords'),
};
