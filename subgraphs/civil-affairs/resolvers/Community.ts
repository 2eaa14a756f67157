import type { CommunityResolvers } from '../__generated__/resolvers-types.js';
import { caseFilter, caseSort } from '../lists.js';
import { childDivisions, divisionResidents, loadDivision } from './divisions.js';
import { civilAffairsIndicators } from './indicators.js';
import { currentNoticesOf } from '../community-notices.js';

export const Community: CommunityResolvers = {
  __resolveReference: (ref, ctx) => loadDivision(ctx, ref.code, 'COMMUNITY'),
  street: (community, _args, ctx) => loadDivision(ctx, community.code.slice(0, 9), 'STREET'),
  grids: (community, args, ctx) => childDivisions(ctx, community, args),
  residents: (community, args, ctx) => divisionResidents(ctx, community, args),
  assistanceCases: async (community, args, ctx) => {
    const filter = caseFilter(args.filter);
    return ctx.loaders.casesByCommunity.load({ group: community.code, filter, sort: caseSort(args.orderBy), args });
  },
  civilAffairsIndicators: (community, args, ctx) => civilAffairsIndicators(ctx, community.code, args),
  notices: (community, args, ctx) => currentNoticesOf(ctx, community.code, args),
};
