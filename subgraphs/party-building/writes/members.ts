import { divisionAncestry } from '../../../platform/world/division-code.js';
import { badUserInput, notFound } from '../../../platform/contract/errors.js';
import { requireWriteAccess } from '../../../platform/access/write-access.js';
import {
  applyTransition,
  parseExpectedVersion,
  parseNote,
  recordVersion,
} from '../../../platform/writes/write-model.js';
import type { MutationTransferPartyMemberArgs } from '../__generated__/resolvers-types.js';
import type { PartyBuildingContext } from '../context.js';
import type { PartyMemberRecord } from '../models.js';

/**
 * Moving a member to another organization (组织关系转接) is a SINGLE-document change: member
 * counts are computed from the members (`organizationId`, `organizationPath`), organizations
 * store no count, and attendance rows keep the organization the member attended from. So one
 * guarded write moves the member with its organization path and division, and its history
 * records the organizations as from → to. The transfer touches two organizations, so it needs a
 * street official (or above) whose jurisdiction covers both.
 */
export async function transferPartyMember(
  ctx: PartyBuildingContext,
  args: MutationTransferPartyMemberArgs,
): Promise<PartyMemberRecord> {
  const expectedVersion = parseExpectedVersion(args.expectedVersion);
  const note = parseNote(args.note);
  const member = await ctx.loaders.member.load(args.memberId);
  if (!member) throw notFound(`a party member ${args.memberId}`);
  requireWriteAccess(ctx, { divisionCode: member.divisionCode, minimumLevel: 'STREET' });
  const target = await ctx.loaders.organization.load(args.toOrganizationId);
  if (!target) {
    throw badUserInput(
      'toOrganizationId',
      `no party organization ${args.toOrganizationId} in the viewer's jurisdiction`,
    );
  }
  requireWriteAccess(ctx, { divisionCode: target.divisionCode, minimumLevel: 'STREET' });
  // A stale version is reported as CONFLICT by the transition, even when a parallel transfer already moved the member here.
  if (recordVersion(member) === expectedVersion && target._id === member.organizationId) {
    throw badUserInput('toOrganizationId', `member ${member._id} already belongs to ${target._id}`);
  }
  // The organization stores its secretary's name, so a secretary hands over the post first.
  if (member.position === 'SECRETARY')
    throw badUserInput(
      'memberId',
      `member ${member._id} is the secretary of ${member.organizationId}: hand over the post before the transfer`,
    );

  return applyTransition(ctx.models.member, {
    what: 'a party member',
    stateField: 'organizationId',
    id: member._id,
    expectedVersion,
    action: 'TRANSFER',
    from: [member.organizationId],
    to: target._id,
    // Posts belong to an organization: a deputy or committee member joins the new one as a member.
    set: {
      organizationPath: target.path,
      position: 'MEMBER',
      divisionCode: target.divisionCode,
      ...divisionAncestry(target.divisionCode),
    },
    note,
    viewer: ctx.viewer,
    authorize: () => {},
  });
}
