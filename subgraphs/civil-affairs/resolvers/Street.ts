import type { StreetResolvers } from '../__generated__/resolvers-types.js';
import { childDivisions, civilAffairsIndicators, divisionResidents, loadDivision } from './Division.js';

export const Street: StreetResolvers = {
  __resolveReference: (ref, ctx) => loadDivision(ctx, ref.code, 'STREET'),
  district: (street, _args, ctx) => loadDivision(ctx, street.districtCode, 'DISTRICT'),
  communities: (street, args, ctx) => childDivisions(ctx, street, args),
  residents: (street, args, ctx) => divisionResidents(ctx, street, args),
  civilAffairsIndicators: (street, args, ctx) => civilAffairsIndicators(ctx, street.code, args),
};
