import type { RectificationProjectResolvers } from '../__generated__/resolvers-types.js';
import { divisionRef } from '../models.js';

export const RectificationProject: RectificationProjectResolvers = {
  id: (project) => project._id,
  community: (project) => divisionRef(project.communityCode),
  street: (project) => divisionRef(project.streetCode),
  district: (project) => divisionRef(project.districtCode),
};
