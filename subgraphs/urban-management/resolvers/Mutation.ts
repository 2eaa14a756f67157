import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { acceptIncident, assignIncident, closeIncident, reopenIncident, reportIncident, resolveIncident } from '../incident-lifecycle.js';

export const Mutation: MutationResolvers = {
  reportIncident: (_parent, { input, idempotencyKey }, ctx) => reportIncident(ctx, input, idempotencyKey),
  acceptIncident: (_parent, args, ctx) => acceptIncident(ctx, args),
  assignIncident: (_parent, args, ctx) => assignIncident(ctx, args),
  resolveIncident: (_parent, args, ctx) => resolveIncident(ctx, args),
  closeIncident: (_parent, args, ctx) => closeIncident(ctx, args),
  reopenIncident: (_parent, args, ctx) => reopenIncident(ctx, args),
};
