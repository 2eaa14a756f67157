import type { UrbanManagementContext } from '../context.js';
import { writerFor } from '../../../platform/access/write-access.js';
import type { MutationResolvers, PetitionResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
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
import { isOverdue, loadPetition, matterPetitionCount, petitionList } from '../petition-queries.js';
import { petitionStatistics } from '../petition-statistics.js';
import { divisionRef } from './lists.js';

/**
 * The petitioner's identity is personal data. The handling department is modelled as the
 * urban-management officials whose jurisdiction covers the petition's division (the department
 * named on the petition is one of their offices), which is exactly `ctx.access.personal`'s rule
 * for the owning domain: they (and admins) read it in full, audited; everyone else masked.
 */
export const Petition: PetitionResolvers = {
  __resolveReference: (ref, ctx) => loadPetition(ctx, ref.id),
  id: (petition) => petition._id,
  street: (petition) => divisionRef(petition.streetCode),
  community: (petition) => divisionRef(petition.communityCode),
  petitioner: (petition) => (petition.petitionerId ? { id: petition.petitionerId } : null),
  matterPetitionCount: (petition, _args, ctx) => matterPetitionCount(ctx, petition.matterKey),
  deadlineExtended: (petition) => petition.deadlineExtension === 'EXTENDED',
  overdue: (petition, _args, ctx) => isOverdue(petition, ctx.now),
  enterprise: (petition) => (petition.enterpriseId ? { id: petition.enterpriseId } : null),
  assistanceCase: (petition) => (petition.assistanceCaseId ? { id: petition.assistanceCaseId } : null),
  incident: async (petition, _args, ctx) => {
    if (!petition.incidentId) return null;
    const incident = await ctx.loaders.incident.load(petition.incidentId);
    return incident ?? null;
  },
  version: (petition) => recordVersion(petition),
  history: (petition, args, ctx) => historyConnection(petition, args, ctx.cursors, 'Petition'),
};

export const petitionQuery: Pick<QueryResolvers, 'petition' | 'petitions' | 'petitionStatistics'> = {
  petition: (_root, { id }, ctx) => loadPetition(ctx, id),
  petitions: (_root, { filter, orderBy, first, after }, ctx) => petitionList(ctx, filter, orderBy, { first, after }),
  petitionStatistics: (_root, args, ctx) => petitionStatistics(ctx, args),
};

const writer = writerFor<UrbanManagementContext>();

export const petitionMutation: Pick<
  MutationResolvers,
  'intakePetition' | 'acceptPetition' | 'assignPetition' | 'extendPetitionDeadline' | 'replyPetition' | 'closePetition' | 'reopenPetition' | 'escalatePetition'
> = {
  intakePetition: writer((ctx, { input, idempotencyKey }) => intakePetition(ctx, input, idempotencyKey)),
  acceptPetition: writer(acceptPetition),
  assignPetition: writer(assignPetition),
  extendPetitionDeadline: writer(extendPetitionDeadline),
  replyPetition: writer(replyPetition),
  closePetition: writer(closePetition),
  reopenPetition: writer(reopenPetition),
  escalatePetition: writer(escalatePetition),
};
