import type { GridResolvers } from '../__generated__/resolvers-types.js';
import { incidentsOf } from '../lists.js';
import { divisionReference } from '../models.js';

export const Grid: GridResolvers = {
  __resolveReference: ({ code }, ctx) => divisionReference(ctx, code, 'GRID'),
  incidents: (grid, args, ctx) => incidentsOf(grid.code, args, ctx),
};
