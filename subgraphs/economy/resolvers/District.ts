import type { DistrictResolvers } from '../__generated__/resolvers-types.js';
import { divisionContributions } from './divisions.js';

export const District: DistrictResolvers = divisionContributions;
