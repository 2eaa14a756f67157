import { badUserInput } from '../../../platform/contract/errors.js';
import { createIdempotently, parseIdempotencyKey } from '../../../platform/writes/idempotency.js';
import { notInFuture, positiveInteger, validIdNumber } from '../../../platform/writes/input-validation.js';
import { writableDivision } from '../../../platform/access/write-access.js';
import { creationFields, parseNote, newDivisionRecord } from '../../../platform/writes/write-model.js';
import type { ApplyForAssistanceInput, DibaoTier } from '../__generated__/resolvers-types.js';
import type { CivilAffairsContext } from '../context.js';
import type { AssistanceCaseRecord, AssistanceCaseStatus } from '../models.js';
import { dateArgument } from '../../../platform/contract/scalars.js';
import { takeLifecycleStep, type LifecycleStep, type StepArgs } from '../../../platform/writes/lifecycle-step.js';

/**
 * The assistance lifecycle (救助申请审批):
 *
 *   APPLIED → COMMUNITY_REVIEWED → ACTIVE ⇄ SUSPENDED
 *      └──────────┴→ REJECTED        └─────────┴→ CLOSED
 *
 * The community takes the application and reviews it (入户调查, 民主评议); the street approves
 * (街道审批), and only then does the case start and count in the indicators. Seeded cases are
 * ACTIVE or CLOSED, so the same steps apply to them.
 */
const MAX_PERSONS = 20;

/** Village codes (村) are numbered from 200 within their town: those cases are rural. */
function urbanRuralOf(communityCode: string): AssistanceCaseRecord['urbanRural'] {
  return communityCode.slice(9) >= '200' ? 'RURAL' : 'URBAN';
}

function parseTier(program: AssistanceCaseRecord['program'], tier: DibaoTier | null | undefined): DibaoTier | null {
  if (program === 'DIBAO' && !tier) throw badUserInput('input.tier', 'required for 低保 (DIBAO) applications');
  if (program !== 'DIBAO' && tier) throw badUserInput('input.tier', 'only 低保 (DIBAO) cases have a tier');
  return tier ?? null;
}

export async function applyForAssistance(
  ctx: CivilAffairsContext,
  input: ApplyForAssistanceInput,
  idempotencyKey: string,
): Promise<AssistanceCaseRecord> {
  const divisionCode = await writableDivision(ctx, input.divisionCode, 'input.divisionCode', {
    levels: ['COMMUNITY'],
    exists: async (code) => (await ctx.models.Division.exists({ _id: code })) !== null,
    minimumLevel: 'COMMUNITY',
  });
  const key = parseIdempotencyKey(idempotencyKey);
  const idNumber = validIdNumber(input.recipientIdNumber, 'input.recipientIdNumber');
  const tier = parseTier(input.program, input.tier);
  const persons = positiveInteger(input.persons, 'input.persons', MAX_PERSONS);
  const appliedAt = notInFuture(
    dateArgument(input.appliedAt, 'input.appliedAt') ?? new Date(),
    'input.appliedAt',
    new Date(),
  );
  const note = parseNote(input.note, 'input.note');
  const recipient = await ctx.models.Resident.findOne({ idNumber }).lean().exec();
  if (!recipient || recipient.communityCode !== divisionCode) {
    throw badUserInput(
      'input.recipientIdNumber',
      `no resident with this ID number is registered in community ${divisionCode}`,
    );
  }
  return createIdempotently(ctx.models.AssistanceCase, {
    viewer: ctx.viewer,
    idempotencyKey: key,
    payload: input,
    build: () => ({
      ...newDivisionRecord(divisionCode),
      program: input.program,
      tier,
      urbanRural: urbanRuralOf(divisionCode),
      paymentSchedule: input.paymentSchedule,
      recipientId: recipient._id,
      recipientName: recipient.name,
      persons,
      status: 'APPLIED',
      startedAt: null,
      endedAt: null,
      appliedAt,
      ...creationFields(ctx.viewer, 'APPLIED', note, [
        'program',
        'tier',
        'paymentSchedule',
        'recipientId',
        'persons',
        'appliedAt',
      ]),
    }),
  });
}

type Step = LifecycleStep<AssistanceCaseRecord, AssistanceCaseStatus>;

function takeStep(ctx: CivilAffairsContext, step: Step, args: StepArgs): Promise<AssistanceCaseRecord> {
  return takeLifecycleStep(ctx, ctx.models.AssistanceCase, 'an assistance case', step, args);
}

const STEPS = {
  communityReview: {
    action: 'COMMUNITY_REVIEW',
    from: ['APPLIED'],
    to: 'COMMUNITY_REVIEWED',
    minimumLevel: 'COMMUNITY',
  },
  approve: {
    action: 'APPROVE',
    from: ['COMMUNITY_REVIEWED'],
    to: 'ACTIVE',
    minimumLevel: 'STREET',
    set: (_current, now) => ({ startedAt: now }),
  },
  reject: { action: 'REJECT', from: ['APPLIED', 'COMMUNITY_REVIEWED'], to: 'REJECTED', minimumLevel: 'STREET' },
  suspend: { action: 'SUSPEND', from: ['ACTIVE'], to: 'SUSPENDED', minimumLevel: 'STREET' },
  resume: { action: 'RESUME', from: ['SUSPENDED'], to: 'ACTIVE', minimumLevel: 'STREET' },
  terminate: {
    action: 'TERMINATE',
    from: ['ACTIVE', 'SUSPENDED'],
    to: 'CLOSED',
    minimumLevel: 'STREET',
    set: (_current, now) => ({ endedAt: now }),
  },
} satisfies Record<string, Step>;

type AssistanceStep = keyof typeof STEPS;

export function takeAssistanceStep(
  ctx: CivilAffairsContext,
  step: AssistanceStep,
  args: StepArgs,
): Promise<AssistanceCaseRecord> {
  return takeStep(ctx, STEPS[step], args);
}

/** A tier change keeps the case ACTIVE; only 低保 cases have tiers. */
export function changeAssistanceTier(
  ctx: CivilAffairsContext,
  args: StepArgs & { tier: DibaoTier },
): Promise<AssistanceCaseRecord> {
  return takeStep(
    ctx,
    {
      action: 'CHANGE_TIER',
      from: ['ACTIVE'],
      to: 'ACTIVE',
      minimumLevel: 'STREET',
      set: (current) => {
        if (current.program !== 'DIBAO')
          throw badUserInput(
            'tier',
            `case ${current._id} is a ${current.program} case; only 低保 (DIBAO) cases have a tier`,
          );
        if (current.tier === args.tier) throw badUserInput('tier', `the case is already in tier ${args.tier}`);
        return { tier: args.tier };
      },
    },
    args,
  );
}
