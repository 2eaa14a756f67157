import type { UrbanManagementContext } from '../context.js';
import type { PetitionResolvers } from '../__generated__/resolvers-types.js';
import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import { divisionRef, HANDLING_STATUSES, type PetitionRecord } from '../models.js';

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
  matterPetitionCount: (petition, _args, ctx) => ctx.loaders.matterPetitionCount.load(petition.matterKey),
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

/** One petition by id (`Query.petition` and references); the data layer keeps it to the viewer's jurisdiction. */
export async function loadPetition(ctx: UrbanManagementContext, id: string): Promise<PetitionRecord | null> {
  const found = await ctx.models.Petition.findById(id).lean<PetitionRecord>().exec();
  return found ?? null;
}

/**
 * Overdue: accepted after (or still not accepted by) the 15-day acceptance deadline, or replied
 * after (or still unreplied at) the handling deadline. Judged at the request's instant.
 */
function isOverdue(petition: PetitionRecord, now: Date): boolean {
  const acceptedBy = petition.acceptedAt ?? (petition.status === 'RECEIVED' ? now : null);
  if (acceptedBy && acceptedBy.getTime() > petition.acceptanceDeadline.getTime()) return true;
  if (!petition.handlingDeadline) return false;
  const repliedBy = petition.repliedAt ?? (HANDLING_STATUSES.includes(petition.status) ? now : null);
  return repliedBy !== null && repliedBy.getTime() > petition.handlingDeadline.getTime();
}
