import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { applyForAssistance, changeAssistanceTier, takeAssistanceStep } from '../assistance-lifecycle.js';
import { recordBenefitPayment } from '../benefit-payments.js';

export const Mutation: MutationResolvers = {
  applyForAssistance: (_parent, { input, idempotencyKey }, ctx) => applyForAssistance(ctx, input, idempotencyKey),
  communityReviewAssistance: (_parent, args, ctx) => takeAssistanceStep(ctx, 'communityReview', args),
  approveAssistance: (_parent, args, ctx) => takeAssistanceStep(ctx, 'approve', args),
  rejectAssistance: (_parent, args, ctx) => takeAssistanceStep(ctx, 'reject', args),
  suspendAssistance: (_parent, args, ctx) => takeAssistanceStep(ctx, 'suspend', args),
  resumeAssistance: (_parent, args, ctx) => takeAssistanceStep(ctx, 'resume', args),
  terminateAssistance: (_parent, args, ctx) => takeAssistanceStep(ctx, 'terminate', args),
  changeAssistanceTier: (_parent, args, ctx) => changeAssistanceTier(ctx, args),
  recordBenefitPayment: (_parent, args, ctx) => recordBenefitPayment(ctx, args),
};
