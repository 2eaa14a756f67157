import type { FacilityResolvers } from '../__generated__/resolvers-types.js';
import { divisionRef } from '../models.js';

export const Facility: FacilityResolvers = {
  id: (facility) => facility._id,
  community: (facility) => divisionRef(facility.communityCode),
  street: (facility) => divisionRef(facility.streetCode),
};
