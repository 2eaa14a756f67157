import type { ServiceVisitResolvers } from '../__generated__/resolvers-types.js';
import { visibleEnterprise } from './Enterprise.js';

export const ServiceVisit: ServiceVisitResolvers = {
  id: (visit) => visit._id,
  enterprise: (visit, _args, ctx) => visibleEnterprise(ctx, { id: visit.enterpriseId }),
};
