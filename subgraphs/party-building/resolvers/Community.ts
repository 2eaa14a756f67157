import type { CommunityResolvers } from '../__generated__/resolvers-types.js';
import { divisionIndicators } from '../indicators.js';
import { resolveDivisionRef } from '../lists.js';
import { organizationsInDivision } from '../loaders.js';

export const Community: CommunityResolvers = {
  __resolveReference: (ref, ctx) => resolveDivisionRef(ref, ctx),
  partyOrganizations: (parent, args, ctx) => organizationsInDivision(ctx, parent.code, args),
  partyBuildingIndicators: (parent, args, ctx) => divisionIndicators(parent, args, ctx),
};
