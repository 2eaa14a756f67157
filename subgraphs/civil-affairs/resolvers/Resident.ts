import type { ResidentResolvers } from '../__generated__/resolvers-types.js';
import { assistanceCaseFilter, assistanceCaseSort } from '../lists.js';
import { loadDivision } from './Division.js';
import { shanghaiDay } from '../../../platform/query/calendar.js';
import { ageOn, birthDateText } from '../../../platform/access/personal-data.js';

export const Resident: ResidentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.resident.load(ref.id),
  id: (resident) => resident._id,
  // name, idNumber and phone are the stored values; the schema's @personal masks them.
  birthYear: (resident) => shanghaiDay(resident.birthDate).year,
  birthDate: (resident) => birthDateText(resident.birthDate),
  age: (resident) => ageOn(resident.birthDate, new Date()),
  community: (resident, _args, ctx) =>
    resident.communityCode ? loadDivision(ctx, resident.communityCode, 'COMMUNITY') : null,
  grid: (resident, _args, ctx) => (resident.gridCode ? loadDivision(ctx, resident.gridCode, 'GRID') : null),
  assistanceCases: async (resident, args, ctx) => {
    const filter = assistanceCaseFilter(args.filter);
    return ctx.loaders.casesByRecipient.load({
      group: resident._id,
      filter,
      sort: assistanceCaseSort(args.orderBy),
      args,
    });
  },
};
