import type { DistrictResolvers } from '../__generated__/resolvers-types.js';
import { divisionIndicators, divisionPartyOrganizations, resolveDivisionRef } from './division-fields.js';

export const District: DistrictResolvers = {
  __resolveReference: (ref, ctx) => resolveDivisionRef(ref, ctx),
  partyOrganizations: (parent, args, ctx) => divisionPartyOrganizations(parent, args, ctx),
  partyBuildingIndicators: (parent, args, ctx) => divisionIndicators(parent, args, ctx),
};
