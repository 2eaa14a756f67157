import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { writerFor } from '../../../platform/access/write-access.js';
import { applyForAssistance, changeAssistanceTier, takeAssistanceStep } from '../writes/assistance-cases.js';
import { recordBenefitPayment } from '../writes/benefit-payments.js';
import { draftNotice, publishNotice, recordNoticeRead, withdrawNotice } from '../writes/notices.js';
import type { CivilAffairsContext } from '../context.js';

const writer = writerFor<CivilAffairsContext>();

export const Mutation: MutationResolvers = {
  applyForAssistance: writer((ctx, { input, idempotencyKey }) => applyForAssistance(ctx, input, idempotencyKey)),
  communityReviewAssistance: writer((ctx, args) => takeAssistanceStep(ctx, 'communityReview', args)),
  approveAssistance: writer((ctx, args) => takeAssistanceStep(ctx, 'approve', args)),
  rejectAssistance: writer((ctx, args) => takeAssistanceStep(ctx, 'reject', args)),
  suspendAssistance: writer((ctx, args) => takeAssistanceStep(ctx, 'suspend', args)),
  resumeAssistance: writer((ctx, args) => takeAssistanceStep(ctx, 'resume', args)),
  terminateAssistance: writer((ctx, args) => takeAssistanceStep(ctx, 'terminate', args)),
  changeAssistanceTier: writer(changeAssistanceTier),
  recordBenefitPayment: writer(recordBenefitPayment),
  draftNotice: writer((ctx, { input, idempotencyKey }) => draftNotice(ctx, input, idempotencyKey)),
  publishNotice: writer(publishNotice),
  withdrawNotice: writer(withdrawNotice),
  recordNoticeRead: writer(recordNoticeRead),
};
