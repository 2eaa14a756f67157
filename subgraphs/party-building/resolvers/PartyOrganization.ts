import { emptyConnection } from '../../shared/pagination.js';
import { viewerMatch } from '../connections.js';
import { activitySort, memberSort, organizationSort } from '../filters.js';
import type { PartyOrganizationResolvers } from '../__generated__/resolvers-types.js';

const BY_YEAR = { field: 'year', direction: 'ASC' } as const;

export const PartyOrganization: PartyOrganizationResolvers = {
  __resolveReference: async (ref, ctx) => {
    const organization = await ctx.loaders.organization.load(ref.id);
    return organization && ctx.access.canSeeRecordIn(organization.divisionCode) ? organization : null;
  },
  id: (organization) => organization._id,
  district: (organization) => ({ code: organization.districtCode }),
  street: (organization) => (organization.streetCode ? { code: organization.streetCode } : null),
  community: (organization) => (organization.communityCode ? { code: organization.communityCode } : null),
  parent: async (organization, _args, ctx) => {
    if (!organization.parentId) return null;
    const parent = await ctx.loaders.organization.load(organization.parentId);
    return parent && ctx.access.canSeeRecordIn(parent.divisionCode) ? parent : null;
  },
  enterprise: (organization) => (organization.enterpriseId ? { id: organization.enterpriseId } : null),
  // The secretary is a party member: their name is masked like PartyMember.name.
  secretaryName: (organization, _args, ctx) =>
    ctx.access.personal({
      recordType: 'PartyOrganization',
      recordId: organization._id,
      divisionCode: organization.divisionCode,
      field: 'secretaryName',
      kind: 'name',
      value: organization.secretaryName,
    }),
  memberCount: (organization, { includeSubordinates }, ctx) =>
    includeSubordinates ? ctx.loaders.subtreeMemberCount.load(organization._id) : ctx.loaders.directMemberCount.load(organization._id),
  members: (organization, args, ctx) =>
    ctx.loaders.membersOfOrganization.load({ group: organization._id, filter: {}, sort: memberSort(args.orderBy), args }),
  activities: (organization, args, ctx) =>
    ctx.loaders.activitiesOfOrganization.load({ group: organization._id, filter: viewerMatch(ctx), sort: activitySort(args.orderBy), args }),
  children: (organization, args, ctx) =>
    ctx.loaders.childOrganizations.load({ group: organization._id, filter: viewerMatch(ctx), sort: organizationSort(args.orderBy), args }),
  evaluations: (organization, args, ctx) =>
    ctx.access.canSeeRecordIn(organization.divisionCode)
      ? ctx.loaders.evaluationsOfOrganization.load({ group: organization._id, filter: {}, sort: BY_YEAR, args })
      : emptyConnection(),
};
