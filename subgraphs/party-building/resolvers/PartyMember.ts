import { historyConnection } from '../../shared/history.js';
import { recordVersion } from '../../shared/write-model.js';
import type { PartyBuildingContext } from '../context.js';
import { mapNodes, viewerMatch } from '../connections.js';
import { attendanceFilter, memberActivitySort } from '../filters.js';
import type { PartyMemberRecord } from '../models.js';
import { parsePeriod } from '../period.js';
import type { PartyMemberResolvers } from '../__generated__/resolvers-types.js';

/** Names and phones are personal data: full for party-building officials in jurisdiction (audited), masked otherwise. */
function personal(ctx: PartyBuildingContext, member: PartyMemberRecord, field: 'name' | 'phone'): string | null | Promise<string | null>;
function personal(ctx: PartyBuildingContext, member: PartyMemberRecord, field: 'name' | 'phone', absent: string): string | Promise<string>;
function personal(ctx: PartyBuildingContext, member: PartyMemberRecord, field: 'name' | 'phone', absent: string | null = null) {
  const value = { recordType: 'PartyMember', recordId: member._id, divisionCode: member.divisionCode, field, kind: field, value: member[field] };
  return absent === null ? ctx.access.personal(value) : ctx.access.personal(value, absent);
}

export const PartyMember: PartyMemberResolvers = {
  __resolveReference: async (ref, ctx) => {
    const member = await ctx.loaders.member.load(ref.id);
    return member ?? null;
  },
  id: (member) => member._id,
  version: (member) => recordVersion(member),
  history: (member, args, ctx) => historyConnection(member, args, ctx.cursors, 'PartyMember'),
  name: (member, _args, ctx) => personal(ctx, member, 'name', ''),
  phone: (member, _args, ctx) => personal(ctx, member, 'phone'),
  organization: async (member, _args, ctx) => {
    const organization = await ctx.loaders.organization.load(member.organizationId);
    if (!organization) throw new Error(`party member ${member._id} has no organization ${member.organizationId}`);
    return organization;
  },
  community: (member) => (member.residenceCommunityCode ? { code: member.residenceCommunityCode } : null),
  // Which resident a member is leads to their assistance status in civil affairs: admins only, audited like a full read.
  resident: async (member, _args, ctx) => {
    if (ctx.access.role !== 'admin' || !member.residentId) return null;
    await ctx.access.audited({ recordType: 'PartyMember', recordId: member._id, field: 'resident' });
    return { id: member.residentId };
  },
  activities: async (member, { filter, orderBy, ...args }, ctx) => {
    const attendances = await ctx.loaders.attendancesOfMember.load({
      group: member._id,
      filter: { ...viewerMatch(ctx), ...attendanceFilter(filter) },
      sort: memberActivitySort(orderBy),
      args,
    });
    return mapNodes(attendances, (attendance) => ctx.loaders.activity.load(attendance.activityId));
  },
  volunteerHours: (member, args, ctx) => ctx.loaders.memberVolunteerHours.load({ memberId: member._id, period: parsePeriod(args.from, args.to) }),
};
