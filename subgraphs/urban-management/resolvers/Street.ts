import type { StreetResolvers } from '../__generated__/resolvers-types.js';
import { indicatorsOf } from '../indicators.js';
import { facilitiesOf, incidentsOf, rectificationProjectsOf } from '../lists.js';
import { divisionReference } from '../models.js';

export const Street: StreetResolvers = {
  __resolveReference: ({ code }, ctx) => divisionReference(ctx, code, 'STREET'),
  incidents: (division, args, ctx) => incidentsOf(division.code, args, ctx),
  facilities: (division, args, ctx) => facilitiesOf(division.code, args, ctx),
  rectificationProjects: (division, args, ctx) => rectificationProjectsOf(division.code, args, ctx),
  urbanManagementIndicators: (division, args, ctx) => indicatorsOf(division.code, args, ctx),
};
