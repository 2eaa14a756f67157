import type { CommunityResolvers } from '../__generated__/resolvers-types.js';
import { divisionContributions } from './District.js';

// Investment trips are organized by districts and streets, so a community has none.
const { __resolveReference, enterprises, projects, economyIndicators } = divisionContributions;

export const Community: CommunityResolvers = { __resolveReference, enterprises, projects, economyIndicators };
