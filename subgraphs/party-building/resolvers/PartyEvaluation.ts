import type { PartyEvaluationResolvers } from '../__generated__/resolvers-types.js';

export const PartyEvaluation: PartyEvaluationResolvers = {
  id: (evaluation) => evaluation._id,
  organization: async (evaluation, _args, ctx) => {
    const organization = await ctx.loaders.organization.load(evaluation.organizationId);
    if (!organization)
      throw new Error(`party evaluation ${evaluation._id} has no organization ${evaluation.organizationId}`);
    return organization;
  },
};
