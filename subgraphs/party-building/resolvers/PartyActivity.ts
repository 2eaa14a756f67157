import { cellKeyOf } from '../../../platform/access/disclosure-control.js';
import { historyConnection } from '../../../platform/writes/history.js';
import { hoursEachOf } from '../writes/activities.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import { attendeeSort, mapNodes } from '../lists.js';
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
  // Counts and hours of persons: for analysts and services the activity is a one-record cell,
  // perturbed (and withheld when small) exactly like an indicator over the same activity.
  participantCount: (activity, _args, ctx) =>
    ctx.disclosure.count({
      tag: 'party_activities/participants',
      value: activity.participantCount,
      key: activity.recordKey ?? 0,
    }).value,
  volunteerHours: (activity, _args, ctx) => {
    const participants = ctx.disclosure.count({
      tag: 'party_activities/participants',
      value: activity.participantCount,
      key: activity.recordKey ?? 0,
    });
    if (participants.suppressed) return null;
    return ctx.disclosure.amount(
      {
        tag: 'party_activities/volunteerHours',
        value: activity.volunteerHours,
        key: activity.recordKey ?? 0,
        top: hoursEachOf(activity),
      },
      1,
    );
  },
  attendeeCount: async (activity, _args, ctx) => {
    const summary = await ctx.loaders.attendanceSummary.load(activity._id);
    return ctx.disclosure.count({
      tag: 'party_attendances/attendances',
      value: summary.attendeeCount,
      key: cellKeyOf(summary.attendanceKeys),
    }).value;
  },
  attendingOrganizationCount: async (activity, _args, ctx) =>
    (await ctx.loaders.attendanceSummary.load(activity._id)).attendingOrganizationCount,
  /** Attendees of a visible activity are listed; their names and phones are masked by their own division. */
  attendees: async (activity, { orderBy, ...args }, ctx) => {
    const attendances = await ctx.loaders.attendancesOfActivity.load({
      group: activity._id,
      filter: {},
      sort: attendeeSort(orderBy),
      args,
    });
    return mapNodes(attendances, (attendance) => ctx.loaders.member.load(attendance.memberId));
  },
};
