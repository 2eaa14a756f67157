import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { parseDivisionCode, parseDivisionCodeOfLevel } from '../../../platform/world/division-code.js';
import { emptyPage, findConnection } from '../../../platform/query/pagination.js';
import { statisticsRequest } from '../../../platform/query/statistics.js';
import { dateArgument } from '../../../platform/contract/scalars.js';
import { auditRecords } from '../../../platform/access/audit-records.js';
import {
  assistanceCaseFilter,
  assistanceCaseSort,
  divisionFilter,
  divisionSort,
  noticeFilter,
  noticeSort,
  residentFilter,
  residentSort,
  scopeFilter,
} from '../lists.js';
import { loadDivision } from './Division.js';
import { canReadNotice, managesNotices } from './Notice.js';

export const Query: QueryResolvers = {
  district: (_root, args, ctx) =>
    loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'DISTRICT', 'code'), 'DISTRICT'),
  street: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'STREET', 'code'), 'STREET'),
  community: (_root, args, ctx) =>
    loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'COMMUNITY', 'code'), 'COMMUNITY'),
  grid: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'GRID', 'code'), 'GRID'),

  divisions: (_root, args, ctx) =>
    findConnection(ctx.models.Division, divisionFilter(args.filter), divisionSort(args.orderBy), args, ctx.cursors),

  resident: (_root, args, ctx) => ctx.loaders.resident.load(args.id),

  residents: (_root, args, ctx) => {
    const { filter } = args;
    const requested = filter?.divisionCode ? parseDivisionCode(filter.divisionCode, 'filter.divisionCode') : null;
    const conditions = residentFilter(filter);
    const sort = residentSort(args.orderBy);
    const scope = ctx.access.scope(requested);
    if (scope === null) return emptyPage(args, sort, ctx.cursors);
    const query = { ...scopeFilter(scope), ...conditions };
    return findConnection(ctx.models.Resident, query, sort, args, ctx.cursors);
  },

  assistanceCase: (_root, args, ctx) => ctx.loaders.assistanceCase.load(args.id),

  assistanceCases: (_root, args, ctx) => {
    const requested = args.filter?.divisionCode
      ? parseDivisionCode(args.filter.divisionCode, 'filter.divisionCode')
      : null;
    const filter = assistanceCaseFilter(args.filter);
    const sort = assistanceCaseSort(args.orderBy);
    const scope = ctx.access.scope(requested);
    if (scope === null) return emptyPage(args, sort, ctx.cursors);
    return findConnection(ctx.models.AssistanceCase, { ...scopeFilter(scope), ...filter }, sort, args, ctx.cursors);
  },
  civilAffairsAuditRecords: (_root, args, ctx) => auditRecords(ctx, args, 'civilAffairsAuditRecords'),

  /** Null outside the viewer's jurisdiction; the groupings resolve in CivilAffairsStatistics. */
  civilAffairsStatistics: (_root, args, ctx) =>
    statisticsRequest(ctx.access, {
      division: args.division,
      from: dateArgument(args.from, 'from'),
      to: dateArgument(args.to, 'to'),
    }),

  async notice(_root, { id }, ctx) {
    const found = await ctx.models.Notice.findById(id).lean().exec();
    return found && canReadNotice(ctx, found) ? found : null;
  },

  /** The officials' list: notices published by divisions inside the requested scope and the jurisdiction. */
  notices: (_root, { filter, orderBy, first, after }, ctx) => {
    const args = { first, after };
    const requested = filter?.divisionCode ? parseDivisionCode(filter.divisionCode, 'filter.divisionCode') : null;
    const statuses = managesNotices(ctx)
      ? filter?.status
      : (filter?.status ?? ['PUBLISHED']).filter((status) => status === 'PUBLISHED');
    const sort = noticeSort(orderBy, !(statuses && statuses.length > 0 && !statuses.includes('DRAFT')));
    const from = dateArgument(filter?.from, 'filter.from');
    const to = dateArgument(filter?.to, 'filter.to');
    const scope = ctx.access.scope(requested);
    if (scope === null || (statuses && statuses.length === 0)) return emptyPage(args, sort, ctx.cursors);
    return findConnection(
      ctx.models.Notice,
      noticeFilter(filter, scope, statuses, { from, to }),
      sort,
      args,
      ctx.cursors,
    );
  },
};
