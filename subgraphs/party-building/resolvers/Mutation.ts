import { writingRole } from '../../shared/write-access.js';
import { recordAttendance, recordPartyActivity } from '../activity-records.js';
import type { PartyBuildingContext } from '../context.js';
import { transferPartyMember } from '../member-transfer.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';

/** Read-only callers (analysts, services) are refused before their input is even looked at. */
function writer<A, R>(run: (ctx: PartyBuildingContext, args: A) => R) {
  return (_root: unknown, args: A, ctx: PartyBuildingContext): R => {
    writingRole(ctx.viewer);
    return run(ctx, args);
  };
}

export const Mutation: MutationResolvers = {
  recordPartyActivity: writer((ctx, { input, idempotencyKey }) => recordPartyActivity(ctx, input, idempotencyKey)),
  recordAttendance: writer(recordAttendance),
  transferPartyMember: writer(transferPartyMember),
};
