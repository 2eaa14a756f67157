import type { BenefitPaymentResolvers } from '../__generated__/resolvers-types.js';

export const BenefitPayment: BenefitPaymentResolvers = {
  id: (payment) => payment._id,
  amountYuan: (payment) => payment.amountFen / 100,
};
