import { cellKeyOf } from '../../../platform/access/disclosure-control.js';
import {
  activityFilter,
  activitySort,
  evaluationFilter,
  evaluationSort,
  memberFilter,
  memberSort,
  organizationFilter,
  organizationSort,
  viewerPageKey,
} from '../lists.js';
import type { PartyOrganizationResolvers } from '../__generated__/resolvers-types.js';

export const PartyOrganization: PartyOrganizationResolvers = {
  __resolveReference: async (ref, ctx) => {
    const organization = await ctx.loaders.organization.load(ref.id);
    return organization ?? null;
  },
  id: (organization) => organization._id,
  district: (organization) => ({ code: organization.districtCode }),
  street: (organization) => (organization.streetCode ? { code: organization.streetCode } : null),
  community: (organization) => (organization.communityCode ? { code: organization.communityCode } : null),
  parent: async (organization, _args, ctx) => {
    if (!organization.parentId) return null;
    const parent = await ctx.loaders.organization.load(organization.parentId);
    return parent ?? null;
  },
  enterprise: (organization) => (organization.enterpriseId ? { id: organization.enterpriseId } : null),
  // A count of persons: a perturbed cell for analysts and services, null when withheld (disclosure-control.ts).
  memberCount: async (organization, { includeSubordinates }, ctx) => {
    const members = await (includeSubordinates ? ctx.loaders.subtreeMemberCount : ctx.loaders.directMemberCount).load(
      organization._id,
    );
    return ctx.disclosure.count({ tag: 'party_members/members', value: members.count, key: cellKeyOf(members.keys) })
      .value;
  },
  // Nested filters are subsets of the root lists' filters (no division, no parent id), so they
  // share their translation; the loader key holds filter and sort, so parents still batch.
  members: (organization, { filter, orderBy, ...args }, ctx) =>
    ctx.loaders.membersOfOrganization.load({
      group: organization._id,
      filter: memberFilter(filter).match,
      sort: memberSort(orderBy),
      args,
    }),
  activities: (organization, { filter, orderBy, ...args }, ctx) =>
    ctx.loaders.activitiesOfOrganization.load(
      viewerPageKey(ctx, organization._id, activityFilter(filter).match, activitySort(orderBy), args),
    ),
  children: (organization, { filter, orderBy, ...args }, ctx) =>
    ctx.loaders.childOrganizations.load(
      viewerPageKey(ctx, organization._id, organizationFilter(filter).match, organizationSort(orderBy), args),
    ),
  evaluations: (organization, { filter, orderBy, ...args }, ctx) =>
    ctx.loaders.evaluationsOfOrganization.load({
      group: organization._id,
      filter: evaluationFilter(filter).match,
      sort: evaluationSort(orderBy),
      args,
    }),
};
