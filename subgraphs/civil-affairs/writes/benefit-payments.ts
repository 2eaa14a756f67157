import { newDivisionRecord } from '../../../platform/writes/write-model.js';
import { badUserInput, conflict, illegalTransition, notFound } from '../../../platform/contract/errors.js';
import { createIdempotently, parseIdempotencyKey } from '../../../platform/writes/idempotency.js';
import { parseMonth, yuanToFen } from '../../../platform/writes/input-validation.js';
import { requireWriteAccess } from '../../../platform/access/write-access.js';
import type { CivilAffairsContext } from '../context.js';
import type { AssistanceCaseRecord, BenefitPaymentRecord } from '../models.js';
import { shanghaiDateText } from '../../../platform/query/calendar.js';

/**
 * Recording a monthly (or quarterly, yearly, one-off) payment of an ACTIVE case: one payment
 * document, idempotent per key, and at most one per case and month (a unique index decides, so
 * two clerks registering the same month at once cannot both succeed).
 */
const MONTHS_PER_PAYMENT: Record<AssistanceCaseRecord['paymentSchedule'], number> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  YEARLY: 12,
  ONE_OFF: 1,
};

/** `YYYY-MM` of an instant in China Standard Time (Asia/Shanghai). */
function chinaMonth(at: Date): string {
  return shanghaiDateText(at).slice(0, 7);
}

interface PaymentArgs {
  caseId: string;
  month: string;
  amountYuan: number;
  idempotencyKey: string;
}

export async function recordBenefitPayment(ctx: CivilAffairsContext, args: PaymentArgs): Promise<BenefitPaymentRecord> {
  const key = parseIdempotencyKey(args.idempotencyKey);
  const now = new Date();
  const period = parseMonth(args.month, 'month', chinaMonth(now));
  const amountFen = yuanToFen(args.amountYuan, 'amountYuan');
  const found = await ctx.models.AssistanceCase.findById(args.caseId).lean<AssistanceCaseRecord>().exec();
  if (!found) throw notFound(`assistance case ${args.caseId}`);
  requireWriteAccess(ctx, { divisionCode: found.divisionCode, minimumLevel: 'STREET' });
  if (found.status !== 'ACTIVE' || !found.startedAt) {
    throw illegalTransition('record a payment for', 'an assistance case', found.status, 'ACTIVE', ['ACTIVE']);
  }
  const startedAt = found.startedAt;
  if (period < chinaMonth(startedAt))
    throw badUserInput('month', `must not be before the case started (${chinaMonth(startedAt)})`);
  return createIdempotently(ctx.models.BenefitPayment, {
    viewer: ctx.viewer,
    idempotencyKey: key,
    payload: { caseId: args.caseId, month: period, amountYuan: args.amountYuan },
    build: () => ({
      ...newDivisionRecord(found.divisionCode),
      caseId: found._id,
      program: found.program,
      urbanRural: found.urbanRural,
      caseStartedAt: startedAt,
      period,
      months: MONTHS_PER_PAYMENT[found.paymentSchedule],
      paidAt: now,
      amountFen,
    }),
    onDuplicate: () => conflict(`a payment of case ${found._id} for ${period} is already recorded`),
  });
}
