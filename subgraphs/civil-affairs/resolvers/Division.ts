import type { DivisionResolvers } from '../__generated__/resolvers-types.js';

const TYPE_BY_LEVEL = { DISTRICT: 'District', STREET: 'Street', COMMUNITY: 'Community', GRID: 'Grid' } as const;

export const Division: DivisionResolvers = {
  __resolveType: (division) => TYPE_BY_LEVEL[division.level],
};
