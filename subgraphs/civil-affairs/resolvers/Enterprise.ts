import type { EnterpriseResolvers } from '../__generated__/resolvers-types.js';

/** Economy owns enterprises; civil affairs only adds what its job fairs record about them. */
export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  jobFairHires: (enterprise, _args, ctx) => {
    const scope = ctx.access.scope();
    return scope === null ? null : ctx.loaders.jobFairHires.load(JSON.stringify([scope, enterprise.id]));
  },
};
