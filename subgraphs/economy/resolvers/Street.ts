import type { StreetResolvers } from '../__generated__/resolvers-types.js';
import { divisionContributions } from './District.js';

export const Street: StreetResolvers = divisionContributions;
