import { writerFor } from '../../../platform/access/write-access.js';
import { recordAttendance, recordPartyActivity } from '../writes/activities.js';
import type { PartyBuildingContext } from '../context.js';
import { transferPartyMember } from '../writes/members.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';

const writer = writerFor<PartyBuildingContext>();

export const Mutation: MutationResolvers = {
  recordPartyActivity: writer((ctx, { input, idempotencyKey }) => recordPartyActivity(ctx, input, idempotencyKey)),
  recordAttendance: writer(recordAttendance),
  transferPartyMember: writer(transferPartyMember),
};
