import { historyConnection } from '../../shared/history.js';
import { recordVersion } from '../../shared/write-model.js';
import { mapNodes } from '../connections.js';
import { attendeeSort } from '../filters.js';
import type { PartyActivityResolvers } from '../__generated__/resolvers-types.js';

export const PartyActivity: PartyActivityResolvers = {
  __resolveReference: async (ref, ctx) => {
    const activity = await ctx.loaders.activity.load(ref.id);
    return activity ?? null;
  },
  id: (activity) => activity._id,
  version: (activity) => recordVersion(activity),
  history: (activity, args, ctx) => historyConnection(activity, args, ctx.cursors, 'PartyActivity'),
  /** Read through the scoped model: an organizer outside the viewer's jurisdiction is not there for the request. */
  organization: async (activity, _args, ctx) => (await ctx.loaders.organization.load(activity.organizationId)) ?? null,
  community: (activity) => (activity.communityCode ? { code: activity.communityCode } : null),
  attendeeCount: async (activity, _args, ctx) => (await ctx.loaders.attendanceSummary.load(activity._id)).attendeeCount,
  attendingOrganizationCount: async (activity, _args, ctx) => (await ctx.loaders.attendanceSummary.load(activity._id)).attendingOrganizationCount,
  /** Attendees of a visible activity are listed; their names and phones are masked by their own division. */
  attendees: async (activity, { orderBy, ...args }, ctx) => {
    const attendances = await ctx.loaders.attendancesOfActivity.load({ group: activity._id, filter: {}, sort: attendeeSort(orderBy), args });
    return mapNodes(attendances, (attendance) => ctx.loaders.member.load(attendance.memberId));
  },
};
