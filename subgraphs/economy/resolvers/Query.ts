import { isValidCreditCode } from '../../../platform/world/identifiers.js';
import { badUserInput } from '../../../platform/contract/errors.js';
import { emptyPage, findConnection, type PageArgs, type SortSpec } from '../../../platform/query/pagination.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import {
  buildingMatch,
  buildingSort,
  divisionMatch,
  enterpriseMatch,
  enterpriseSort,
  listScope,
  projectMatch,
  projectSort,
  serviceVisitMatch,
  serviceVisitSort,
  taxRecordMatch,
  taxRecordSort,
  tripMatch,
  tripSort,
} from '../lists.js';
import type { EconomyContext } from '../context.js';
import { visibleEnterprise } from './Enterprise.js';
import { visibleProject } from './InvestmentProject.js';
import type { Model } from 'mongoose';
import { auditRecords } from '../../../platform/access/audit-records.js';

/** A root list: the viewer's jurisdiction narrows the filter's division; outside it, an empty page. */
function scopedList<T extends { _id: unknown }>(
  ctx: EconomyContext,
  model: Model<T>,
  divisionCode: string | null | undefined,
  match: Record<string, unknown>,
  sort: SortSpec,
  page: PageArgs,
) {
  const code = listScope(ctx, null, divisionCode);
  if (code === null) return emptyPage<T>(page, sort, ctx.cursors);
  return findConnection(model, { ...divisionMatch(code), ...match }, sort, page, ctx.cursors);
}

export const Query: QueryResolvers = {
  enterprise: (_root, { id, creditCode }, ctx) => {
    if ((id ? 1 : 0) + (creditCode ? 1 : 0) !== 1) throw badUserInput('id', 'give exactly one of id and creditCode');
    if (creditCode && !isValidCreditCode(creditCode)) throw badUserInput('creditCode', 'not a valid 18-character unified social credit code (check character)');
    return visibleEnterprise(ctx, { id, creditCode });
  },
  enterprises: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(ctx, ctx.models.Enterprise, filter?.divisionCode, enterpriseMatch(filter), enterpriseSort(orderBy), { first, after }),
  investmentProject: (_root, { id }, ctx) => visibleProject(ctx, id),
  investmentProjects: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(ctx, ctx.models.InvestmentProject, filter?.divisionCode, projectMatch(filter), projectSort(orderBy), { first, after }),
  investmentTrips: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(ctx, ctx.models.InvestmentTrip, filter?.divisionCode, tripMatch(filter), tripSort(orderBy), { first, after }),
  taxRecords: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(ctx, ctx.models.TaxRecord, filter?.divisionCode, taxRecordMatch(filter), taxRecordSort(orderBy), { first, after }),
  serviceVisits: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(ctx, ctx.models.ServiceVisit, filter?.divisionCode, serviceVisitMatch(filter), serviceVisitSort(orderBy), { first, after }),
  buildings: (_root, { first, after, filter, orderBy }, ctx) =>
    scopedList(ctx, ctx.models.Building, filter?.divisionCode, buildingMatch(filter), buildingSort(orderBy), { first, after }),
  economyAuditRecords: (_root, args, ctx) => auditRecords(ctx, args, 'economyAuditRecords'),
};
