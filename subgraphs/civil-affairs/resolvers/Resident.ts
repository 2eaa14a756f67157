import type { ResidentResolvers } from '../__generated__/resolvers-types.js';
import type { CivilAffairsContext } from '../context.js';
import type { ResidentRecord } from '../models.js';
import { caseFilter, caseSort } from './cases.js';
import { loadDivision } from './divisions.js';
import { shanghaiDay } from '../../shared/calendar.js';

/** Whole years between a birth date and now, in Asia/Shanghai calendar days. */
export function ageOn(birthDate: Date, on: Date): number {
  const born = shanghaiDay(birthDate);
  const today = shanghaiDay(on);
  return today.year - born.year - (today.month < born.month || (today.month === born.month && today.day < born.day) ? 1 : 0);
}

export async function loadResident(ctx: CivilAffairsContext, id: string): Promise<ResidentRecord | null> {
  const resident = await ctx.loaders.resident.load(id);
  return resident ?? null;
}

/** Full (once audited) or masked; `absent` when the resident has no such value. */
function personal(ctx: CivilAffairsContext, resident: ResidentRecord, field: 'name' | 'idNumber' | 'phone'): string | null | Promise<string | null>;
function personal(ctx: CivilAffairsContext, resident: ResidentRecord, field: 'name' | 'idNumber' | 'phone', absent: string): string | Promise<string>;
function personal(ctx: CivilAffairsContext, resident: ResidentRecord, field: 'name' | 'idNumber' | 'phone', absent: string | null = null) {
  const value = { recordType: 'Resident', recordId: resident._id, divisionCode: resident.divisionCode, field, kind: field, value: resident[field] };
  return absent === null ? ctx.access.personal(value) : ctx.access.personal(value, absent);
}

export const Resident: ResidentResolvers = {
  __resolveReference: (ref, ctx) => loadResident(ctx, ref.id),
  id: (resident) => resident._id,
  name: (resident, _args, ctx) => personal(ctx, resident, 'name', ''),
  idNumber: (resident, _args, ctx) => personal(ctx, resident, 'idNumber', ''),
  phone: (resident, _args, ctx) => personal(ctx, resident, 'phone'),
  birthYear: (resident) => shanghaiDay(resident.birthDate).year,
  age: (resident) => ageOn(resident.birthDate, new Date()),
  community: (resident, _args, ctx) => (resident.communityCode ? loadDivision(ctx, resident.communityCode, 'COMMUNITY') : null),
  grid: (resident, _args, ctx) => (resident.gridCode ? loadDivision(ctx, resident.gridCode, 'GRID') : null),
  assistanceCases: async (resident, args, ctx) => {
    const filter = caseFilter(args.filter);
    return ctx.loaders.casesByRecipient.load({ group: resident._id, filter, sort: caseSort(args.orderBy), args });
  },
};
