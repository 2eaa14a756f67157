import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { writerFor } from '../../../platform/access/write-access.js';
import type { UrbanManagementContext } from '../context.js';
import { acceptIncident, assignIncident, closeIncident, reopenIncident, reportIncident, resolveIncident } from '../writes/incidents.js';

const writer = writerFor<UrbanManagementContext>();

export const Mutation: MutationResolvers = {
  reportIncident: writer((ctx, { input, idempotencyKey }) => reportIncident(ctx, input, idempotencyKey)),
  acceptIncident: writer(acceptIncident),
  assignIncident: writer(assignIncident),
  resolveIncident: writer(resolveIncident),
  closeIncident: writer(closeIncident),
  reopenIncident: writer(reopenIncident),
};
