import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import { birthDateText } from '../../../platform/access/personal-data.js';
import { mapNodes, memberActivityFilter, memberActivitySort, parsePeriod, viewerPageKey } from '../lists.js';
import type { PartyMemberResolvers } from '../__generated__/resolvers-types.js';

export const PartyMember: PartyMemberResolvers = {
  __resolveReference: async (ref, ctx) => {
    const member = await ctx.loaders.member.load(ref.id);
    return member ?? null;
  },
  id: (member) => member._id,
  version: (member) => recordVersion(member),
  history: (member, args, ctx) => historyConnection(member, args, ctx.cursors, 'PartyMember'),
  // name and phone are the stored values; the schema's @personal masks them (and the birth date to its year).
  birthDate: (member) => birthDateText(member.birthDate),
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
    const attendances = await ctx.loaders.attendancesOfMember.load(
      viewerPageKey(ctx, member._id, memberActivityFilter(filter), memberActivitySort(orderBy), args),
    );
    return mapNodes(attendances, (attendance) => ctx.loaders.activity.load(attendance.activityId));
  },
  volunteerHours: (member, args, ctx) =>
    ctx.loaders.memberVolunteerHours.load({ memberId: member._id, period: parsePeriod(args.from, args.to) }),
};
