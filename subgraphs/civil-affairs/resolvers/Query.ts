import mongoose from 'mongoose';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { divisionFilter, parseDivisionCode, parseDivisionCodeOfLevel } from '../../../platform/world/division-code.js';
import { emptyPage, findConnection } from '../../../platform/query/pagination.js';
import { nameContains } from '../../../platform/query/search-name.js';
import { loadAssistanceCase } from './AssistanceCase.js';
import { caseFilter, caseSort } from '../lists.js';
import { divisionSort, loadDivision } from './divisions.js';
import { loadResident } from './Resident.js';
import { residentFilter, residentSort } from './residents.js';
import { auditRecords } from '../../../platform/access/audit-records.js';

export const Query: QueryResolvers = {
  district: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'DISTRICT', 'code'), 'DISTRICT'),
  street: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'STREET', 'code'), 'STREET'),
  community: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'COMMUNITY', 'code'), 'COMMUNITY'),
  grid: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'GRID', 'code'), 'GRID'),

  divisions: (_root, args, ctx) => {
    const { filter } = args;
    const parentCode = filter?.parentCode ? parseDivisionCode(filter.parentCode, 'filter.parentCode') : null;
    const within = filter?.within ? parseDivisionCode(filter.within, 'filter.within') : null;
    const conditions: Record<string, unknown>[] = [];
    if (filter?.level) conditions.push({ level: filter.level });
    if (parentCode) conditions.push({ parentCode });
    if (within) conditions.push(divisionFilter(within), { code: mongoose.trusted({ $ne: within }) });
    if (filter?.nameContains) conditions.push(nameContains(filter.nameContains));
    return findConnection(ctx.models.Division, conditions.length ? { $and: conditions } : {}, divisionSort(args.orderBy), args, ctx.cursors);
  },

  resident: (_root, args, ctx) => loadResident(ctx, args.id),

  residents: (_root, args, ctx) => {
    const { filter } = args;
    const requested = filter?.divisionCode ? parseDivisionCode(filter.divisionCode, 'filter.divisionCode') : null;
    const conditions = residentFilter(filter);
    const sort = residentSort(args.orderBy);
    const scope = ctx.access.scope(requested);
    if (scope === null) return emptyPage(args, sort, ctx.cursors);
    const query = { ...(scope === '' ? {} : divisionFilter(scope)), ...conditions };
    return findConnection(ctx.models.Resident, query, sort, args, ctx.cursors);
  },

  assistanceCase: (_root, args, ctx) => loadAssistanceCase(ctx, args.id),

  assistanceCases: (_root, args, ctx) => {
    const requested = args.filter?.divisionCode ? parseDivisionCode(args.filter.divisionCode, 'filter.divisionCode') : null;
    const filter = caseFilter(args.filter);
    const sort = caseSort(args.orderBy);
    const scope = ctx.access.scope(requested);
    if (scope === null) return emptyPage(args, sort, ctx.cursors);
    return findConnection(ctx.models.AssistanceCase, { ...(scope === '' ? {} : divisionFilter(scope)), ...filter }, sort, args, ctx.cursors);
  },
  civilAffairsAuditRecords: (_root, args, ctx) => auditRecords(ctx, args, 'civilAffairsAuditRecords'),
};
