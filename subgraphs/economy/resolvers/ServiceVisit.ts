import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import type { ServiceVisitResolvers } from '../__generated__/resolvers-types.js';
import { visibleEnterprise } from './Enterprise.js';

export const ServiceVisit: ServiceVisitResolvers = {
  id: (visit) => visit._id,
  enterprise: (visit, _args, ctx) => visibleEnterprise(ctx, { id: visit.enterpriseId }),
  version: (visit) => recordVersion(visit),
  history: (visit, args, ctx) => historyConnection(visit, args, ctx.cursors, 'ServiceVisit'),
};
