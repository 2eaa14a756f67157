import type { EnterpriseResolvers } from '../__generated__/resolvers-types.js';

/** Economy owns enterprises; party building only answers which organization a 两新 enterprise has. */
export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  partyOrganization: async (enterprise, _args, ctx) => {
    const organization = await ctx.loaders.organizationByEnterprise.load(enterprise.id);
    return organization ?? null;
  },
};
