import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { writerFor } from '../../../platform/access/write-access.js';
import type { UrbanManagementContext } from '../context.js';
import {
  acceptIncident,
  assignIncident,
  closeIncident,
  reopenIncident,
  reportIncident,
  resolveIncident,
} from '../writes/incidents.js';
import {
  acceptPetition,
  assignPetition,
  closePetition,
  escalatePetition,
  extendPetitionDeadline,
  intakePetition,
  reopenPetition,
  replyPetition,
} from '../writes/petitions.js';

const writer = writerFor<UrbanManagementContext>();

export const Mutation: MutationResolvers = {
  reportIncident: writer((ctx, { input, idempotencyKey }) => reportIncident(ctx, input, idempotencyKey)),
  acceptIncident: writer(acceptIncident),
  assignIncident: writer(assignIncident),
  resolveIncident: writer(resolveIncident),
  closeIncident: writer(closeIncident),
  reopenIncident: writer(reopenIncident),

  intakePetition: writer((ctx, { input, idempotencyKey }) => intakePetition(ctx, input, idempotencyKey)),
  acceptPetition: writer(acceptPetition),
  assignPetition: writer(assignPetition),
  extendPetitionDeadline: writer(extendPetitionDeadline),
  replyPetition: writer(replyPetition),
  closePetition: writer(closePetition),
  reopenPetition: writer(reopenPetition),
  escalatePetition: writer(escalatePetition),
};
