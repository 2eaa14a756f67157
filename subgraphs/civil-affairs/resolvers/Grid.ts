import type { GridResolvers } from '../__generated__/resolvers-types.js';
import { divisionResidents, loadDivision } from './Division.js';

export const Grid: GridResolvers = {
  __resolveReference: (ref, ctx) => loadDivision(ctx, ref.code, 'GRID'),
  community: (grid, _args, ctx) => loadDivision(ctx, grid.code.slice(0, 12), 'COMMUNITY'),
  residents: (grid, args, ctx) => divisionResidents(ctx, grid, args),
};
