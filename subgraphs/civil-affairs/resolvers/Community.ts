import type { CommunityResolvers } from '../__generated__/resolvers-types.js';
import { parsePage } from '../../../platform/query/pagination.js';
import { assistanceCaseFilter, assistanceCaseSort, noticeSort } from '../lists.js';
import { childDivisions, civilAffairsIndicators, divisionResidents, loadDivision } from './Division.js';

export const Community: CommunityResolvers = {
  __resolveReference: (ref, ctx) => loadDivision(ctx, ref.code, 'COMMUNITY'),
  street: (community, _args, ctx) => loadDivision(ctx, community.code.slice(0, 9), 'STREET'),
  grids: (community, args, ctx) => childDivisions(ctx, community, args),
  residents: (community, args, ctx) => divisionResidents(ctx, community, args),
  assistanceCases: async (community, args, ctx) => {
    const filter = assistanceCaseFilter(args.filter);
    return ctx.loaders.casesByCommunity.load({
      group: community.code,
      filter,
      sort: assistanceCaseSort(args.orderBy),
      args,
    });
  },
  civilAffairsIndicators: (community, args, ctx) => civilAffairsIndicators(ctx, community.code, args),
  /** The published notices reaching the community (its district's, its street's, its own), one aggregation for all communities of a request. */
  notices: (community, args, ctx) => {
    const sort = noticeSort(args.orderBy, false);
    parsePage(args, sort, ctx.cursors);
    const categories = args.filter?.category?.length ? [...new Set(args.filter.category)].sort() : null;
    return ctx.loaders.communityNotices.load({
      communityCode: community.code,
      categories,
      sort,
      args: { first: args.first, after: args.after },
    });
  },
};
