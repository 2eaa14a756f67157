import type { SafetyDesignationResolvers } from '../__generated__/resolvers-types.js';
import { divisionRef } from '../models.js';

export const SafetyDesignation: SafetyDesignationResolvers = {
  id: (designation) => designation._id,
  community: (designation) => divisionRef(designation.communityCode),
};
