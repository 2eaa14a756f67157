import type { DistrictResolvers } from '../__generated__/resolvers-types.js';
import { childDivisions, civilAffairsIndicators, divisionResidents, loadDivision } from './Division.js';

export const District: DistrictResolvers = {
  __resolveReference: (ref, ctx) => loadDivision(ctx, ref.code, 'DISTRICT'),
  streets: (district, args, ctx) => childDivisions(ctx, district, args),
  residents: (district, args, ctx) => divisionResidents(ctx, district, args),
  civilAffairsIndicators: (district, args, ctx) => civilAffairsIndicators(ctx, district.code, args),
};
