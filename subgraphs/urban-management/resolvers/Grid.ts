import type { GridResolvers } from '../__generated__/resolvers-types.js';
import { incidentsOf } from './division-fields.js';
import { divisionReference } from './lists.js';

export const Grid: GridResolvers = {
  __resolveReference: ({ code }, ctx) => divisionReference(ctx, code, 'GRID'),
  incidents: (grid, args, ctx) => incidentsOf(grid.code, args, ctx),
};
