import type { ResidentResolvers } from '../__generated__/resolvers-types.js';
import type { CivilAffairsContext } from '../context.js';
import type { ResidentRecord } from '../models.js';
import { caseFilter, caseSort } from '../lists.js';
import { loadDivision } from './divisions.js';
import { shanghaiDay } from '../../../platform/query/calendar.js';
import { ageOn, birthDateText } from '../../../platform/access/personal-data.js';

export async function loadResident(ctx: CivilAffairsContext, id: string): Promise<ResidentRecord | null> {
  const resident = await ctx.loaders.resident.load(id);
  return resident ?? null;
}

export const Resident: ResidentResolvers = {
  __resolveReference: (ref, ctx) => loadResident(ctx, ref.id),
  id: (resident) => resident._id,
  // name, idNumber and phone are the stored values; the schema's @personal masks them.
  birthYear: (resident) => shanghaiDay(resident.birthDate).year,
  birthDate: (resident) => birthDateText(resident.birthDate),
  age: (resident) => ageOn(resident.birthDate, new Date()),
  community: (resident, _args, ctx) => (resident.communityCode ? loadDivision(ctx, resident.communityCode, 'COMMUNITY') : null),
  grid: (resident, _args, ctx) => (resident.gridCode ? loadDivision(ctx, resident.gridCode, 'GRID') : null),
  assistanceCases: async (resident, args, ctx) => {
    const filter = caseFilter(args.filter);
    return ctx.loaders.casesByRecipient.load({ group: resident._id, filter, sort: caseSort(args.orderBy), args });
  },
};
