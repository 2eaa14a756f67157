import mongoose from 'mongoose';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { divisionFilter, parseDivisionCode, parseDivisionCodeOfLevel } from '../../shared/division-code.js';
import { badUserInput } from '../../shared/errors.js';
import { emptyConnection, findConnection } from '../../shared/pagination.js';
import { nameContains } from '../../shared/search-name.js';
import { loadAssistanceCase } from './AssistanceCase.js';
import { caseFilter, caseSort } from './cases.js';
import { loadDivision, visibleDivisions } from './divisions.js';
import { loadResident } from './Resident.js';
import { auditRecords } from '../../shared/audit-records.js';

/** Birth dates of people aged exactly `age` today lie in (today - age - 1 years, today - age years]. */
function yearsAgo(years: number): Date {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  return date;
}

function ageArgument(value: number | null | undefined, argumentName: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0 || value > 150) throw badUserInput(argumentName, 'an age from 0 to 150');
  return value;
}

export const Query: QueryResolvers = {
  district: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'DISTRICT', 'code'), 'DISTRICT'),
  street: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'STREET', 'code'), 'STREET'),
  community: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'COMMUNITY', 'code'), 'COMMUNITY'),
  grid: (_root, args, ctx) => loadDivision(ctx, parseDivisionCodeOfLevel(args.code, 'GRID', 'code'), 'GRID'),

  divisions: (_root, args, ctx) => {
    const { filter } = args;
    const parentCode = filter?.parentCode ? parseDivisionCode(filter.parentCode, 'filter.parentCode') : null;
    const within = filter?.within ? parseDivisionCode(filter.within, 'filter.within') : null;
    const conditions: Record<string, unknown>[] = [visibleDivisions(ctx)];
    if (filter?.level) conditions.push({ level: filter.level });
    if (parentCode) conditions.push({ parentCode });
    if (within) conditions.push(divisionFilter(within), { code: mongoose.trusted({ $ne: within }) });
    if (filter?.nameContains) conditions.push(nameContains(filter.nameContains));
    const sort = { field: args.orderBy?.field === 'NAME' ? 'name' : '_id', direction: args.orderBy?.direction ?? 'ASC' } as const;
    return findConnection(ctx.models.Division, { $and: conditions }, sort, args);
  },

  resident: (_root, args, ctx) => loadResident(ctx, args.id),

  residents: (_root, args, ctx) => {
    const { filter } = args;
    const requested = filter?.divisionCode ? parseDivisionCode(filter.divisionCode, 'filter.divisionCode') : null;
    const minAge = ageArgument(filter?.minAge, 'filter.minAge');
    const maxAge = ageArgument(filter?.maxAge, 'filter.maxAge');
    const scope = ctx.access.scope(requested);
    if (scope === null) return emptyConnection();
    const birthDate = { ...(minAge !== null ? { $lte: yearsAgo(minAge) } : {}), ...(maxAge !== null ? { $gt: yearsAgo(maxAge + 1) } : {}) };
    const query = {
      ...(scope === '' ? {} : divisionFilter(scope)),
      ...(filter?.sex ? { sex: filter.sex } : {}),
      ...(Object.keys(birthDate).length > 0 ? { birthDate: mongoose.trusted(birthDate) } : {}),
    };
    const sort = { field: args.orderBy?.field === 'BIRTH_DATE' ? 'birthDate' : '_id', direction: args.orderBy?.direction ?? 'ASC' } as const;
    return findConnection(ctx.models.Resident, query, sort, args);
  },

  assistanceCase: (_root, args, ctx) => loadAssistanceCase(ctx, args.id),

  assistanceCases: (_root, args, ctx) => {
    const requested = args.filter?.divisionCode ? parseDivisionCode(args.filter.divisionCode, 'filter.divisionCode') : null;
    const filter = caseFilter(args.filter);
    const scope = ctx.access.scope(requested);
    if (scope === null) return emptyConnection();
    return findConnection(ctx.models.AssistanceCase, { ...(scope === '' ? {} : divisionFilter(scope)), ...filter }, caseSort(args.orderBy), args);
  },
  civilAffairsAuditRecords: (_root, args, ctx) => auditRecords(ctx, args, 'civilAffairsAuditRecords'),
};
