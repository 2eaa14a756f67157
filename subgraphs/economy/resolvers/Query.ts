import { isValidCreditCode } from '../../../platform/world/identifiers.js';
import { badUserInput } from '../../../platform/contract/errors.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import {
  buildingFilter,
  buildingSort,
  enterpriseFilter,
  enterpriseSort,
  investmentProjectFilter,
  investmentProjectSort,
  investmentTripFilter,
  investmentTripSort,
  scopedList,
  serviceVisitFilter,
  serviceVisitSort,
  taxRecordFilter,
  taxRecordSort,
} from '../lists.js';
import { visibleEnterprise } from './Enterprise.js';
import { visibleProject } from './InvestmentProject.js';
import { auditRecords } from '../../../platform/access/audit-records.js';
import { statisticsRequest } from '../../../platform/query/statistics.js';

export const Query: QueryResolvers = {
  enterprise: (_root, { id, creditCode }, ctx) => {
    if ((id ? 1 : 0) + (creditCode ? 1 : 0) !== 1) throw badUserInput('id', 'give exactly one of id and creditCode');
    if (creditCode && !isValidCreditCode(creditCode))
      throw badUserInput('creditCode', 'not a valid 18-character unified social credit code (check character)');
    return visibleEnterprise(ctx, { id, creditCode });
  },
  enterprises: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(ctx, ctx.models.Enterprise, filter?.divisionCode, enterpriseFilter(filter), enterpriseSort(orderBy), {
      first,
      after,
    }),
  investmentProject: (_root, { id }, ctx) => visibleProject(ctx, id),
  investmentProjects: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(
      ctx,
      ctx.models.InvestmentProject,
      filter?.divisionCode,
      investmentProjectFilter(filter),
      investmentProjectSort(orderBy),
      { first, after },
    ),
  investmentTrips: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(
      ctx,
      ctx.models.InvestmentTrip,
      filter?.divisionCode,
      investmentTripFilter(filter),
      investmentTripSort(orderBy),
      { first, after },
    ),
  taxRecords: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(ctx, ctx.models.TaxRecord, filter?.divisionCode, taxRecordFilter(filter), taxRecordSort(orderBy), {
      first,
      after,
    }),
  serviceVisits: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(
      ctx,
      ctx.models.ServiceVisit,
      filter?.divisionCode,
      serviceVisitFilter(filter),
      serviceVisitSort(orderBy),
      { first, after },
    ),
  buildings: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(ctx, ctx.models.Building, filter?.divisionCode, buildingFilter(filter), buildingSort(orderBy), {
      first,
      after,
    }),
  economyAuditRecords: (_root, args, ctx) => auditRecords(ctx, args, 'economyAuditRecords'),
  /** Null outside the viewer's jurisdiction; the groupings resolve in EconomyStatistics.ts. */
  economyStatistics: (_root, args, ctx) => statisticsRequest(ctx.access, args),
};
