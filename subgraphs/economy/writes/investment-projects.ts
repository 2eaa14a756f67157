import { randomUUID } from 'node:crypto';
import { badUserInput } from '../../../platform/contract/errors.js';
import { createIdempotently, parseIdempotencyKey } from '../../../platform/writes/idempotency.js';
import { notInFuture, optionalText, requiredText, yuanToFen } from '../../../platform/writes/input-validation.js';
import { requireWriteAccess, writableDivision } from '../../../platform/access/write-access.js';
import {
  applyTransition,
  creationFields,
  parseExpectedVersion,
  parseNote,
} from '../../../platform/writes/write-model.js';
import type {
  CreateInvestmentProjectInput,
  MutationCompleteInvestmentProjectArgs,
  MutationAbandonInvestmentProjectArgs,
  MutationNegotiateInvestmentProjectArgs,
  MutationSignInvestmentProjectArgs,
  MutationStartInvestmentProjectArgs,
} from '../__generated__/resolvers-types.js';
import type { EconomyContext } from '../context.js';
import { enterpriseNamedBy } from '../resolvers/Enterprise.js';
import type { InvestmentProjectRecord, ProjectStage } from '../models.js';

/**
 * The investment-project pipeline (招商引资): LEAD → NEGOTIATING → SIGNED → STARTED → COMPLETED,
 * and ABANDONED from LEAD or NEGOTIATING (a signed contract is counted in the signed figures and
 * is not withdrawn here). Promotion is street and district work, so every step needs a street
 * official or above in the project's division. Each step is one atomic write (write-model.ts).
 */
const WHAT = 'an investment project';
const LEVEL = 'STREET' as const;

/** Projects land in a district, street or community; grids are too fine for a project. */
const PROJECT_LEVELS = ['DISTRICT', 'STREET', 'COMMUNITY'] as const;

function authorize(ctx: EconomyContext) {
  return (project: InvestmentProjectRecord) => {
    requireWriteAccess(ctx, { divisionCode: project.divisionCode, minimumLevel: LEVEL });
  };
}

export async function createInvestmentProject(
  ctx: EconomyContext,
  input: CreateInvestmentProjectInput,
  idempotencyKey: string,
): Promise<InvestmentProjectRecord> {
  const divisionCode = await writableDivision(ctx, input.divisionCode, 'input.divisionCode', {
    levels: PROJECT_LEVELS,
    minimumLevel: LEVEL,
  });
  const key = parseIdempotencyKey(idempotencyKey);
  const name = requiredText(input.name, 'input.name');
  const amountFen = yuanToFen(input.amountYuan, 'input.amountYuan');
  const investorName = optionalText(input.investorName, 'input.investorName', 200);
  const enterprise = input.enterpriseCreditCode
    ? await enterpriseNamedBy(ctx, input.enterpriseCreditCode, 'input.enterpriseCreditCode')
    : null;
  const note = parseNote(input.note, 'input.note');
  return createIdempotently(ctx.models.InvestmentProject, {
    viewer: ctx.viewer,
    idempotencyKey: key,
    payload: input,
    build: () =>
      ({
        _id: randomUUID(),
        name,
        industry: input.industry,
        amountFen,
        stage: 'LEAD',
        signedAt: null,
        signedSortKey: new Date(0),
        startedAt: null,
        completedAt: null,
        investorName,
        enterpriseId: enterprise?._id ?? null,
        keyProjectCategory: null,
        keyProjectYear: null,
        divisionCode,
        ...creationFields(ctx.viewer, 'LEAD', note, [
          'name',
          'industry',
          'amountFen',
          'divisionCode',
          'investorName',
          'enterpriseId',
        ]),
      }) as InvestmentProjectRecord,
  });
}

interface Step {
  id: string;
  expectedVersion: number;
  action: string;
  from: readonly ProjectStage[];
  to: ProjectStage;
  note: string | null;
  set?: Partial<InvestmentProjectRecord> | ((current: InvestmentProjectRecord) => Partial<InvestmentProjectRecord>);
}

function move(ctx: EconomyContext, step: Step): Promise<InvestmentProjectRecord> {
  return applyTransition(ctx.models.InvestmentProject, {
    what: WHAT,
    stateField: 'stage',
    ...step,
    expectedVersion: parseExpectedVersion(step.expectedVersion),
    viewer: ctx.viewer,
    authorize: authorize(ctx),
  });
}

export function negotiateInvestmentProject(ctx: EconomyContext, args: MutationNegotiateInvestmentProjectArgs) {
  return move(ctx, {
    id: args.id,
    expectedVersion: args.expectedVersion,
    action: 'NEGOTIATE',
    from: ['LEAD'],
    to: 'NEGOTIATING',
    note: parseNote(args.note),
  });
}

export async function signInvestmentProject(ctx: EconomyContext, args: MutationSignInvestmentProjectArgs) {
  const now = new Date();
  const amountFen = yuanToFen(args.input.amountYuan, 'input.amountYuan');
  const signedAt = notInFuture(args.input.signedAt, 'input.signedAt', now);
  const investorName = optionalText(args.input.investorName, 'input.investorName', 200);
  const note = parseNote(args.note);
  const enterprise = args.input.enterpriseCreditCode
    ? await enterpriseNamedBy(ctx, args.input.enterpriseCreditCode, 'input.enterpriseCreditCode')
    : null;
  return move(ctx, {
    id: args.id,
    expectedVersion: args.expectedVersion,
    action: 'SIGN',
    from: ['NEGOTIATING'],
    to: 'SIGNED',
    note,
    set: {
      amountFen,
      signedAt,
      signedSortKey: signedAt,
      ...(investorName === null ? {} : { investorName }),
      ...(enterprise === null ? {} : { enterpriseId: enterprise._id }),
    },
  });
}

/** A later date of the pipeline cannot precede the one before it. */
function notBefore(value: Date, earlier: Date | null | undefined, field: string, earlierName: string): Date {
  if (earlier && value.getTime() < earlier.getTime())
    throw badUserInput(field, `must not be before the project's ${earlierName} ${earlier.toISOString()}`);
  return value;
}

/**
 * A dated step (START, COMPLETE): its date is not in the future, and not before the date of the
 * step before it (read from the project as it is when the step applies).
 */
function datedMove(
  ctx: EconomyContext,
  args: { id: string; expectedVersion: number; note?: string | null },
  date: Date,
  step: {
    action: string;
    from: ProjectStage;
    to: ProjectStage;
    field: 'startedAt' | 'completedAt';
    earlier: 'signedAt' | 'startedAt';
    earlierName: string;
  },
) {
  const value = notInFuture(date, step.field, new Date());
  return move(ctx, {
    id: args.id,
    expectedVersion: args.expectedVersion,
    action: step.action,
    from: [step.from],
    to: step.to,
    note: parseNote(args.note),
    set: (current) => ({ [step.field]: notBefore(value, current[step.earlier], step.field, step.earlierName) }),
  });
}

export function startInvestmentProject(ctx: EconomyContext, args: MutationStartInvestmentProjectArgs) {
  return datedMove(ctx, args, args.startedAt, {
    action: 'START',
    from: 'SIGNED',
    to: 'STARTED',
    field: 'startedAt',
    earlier: 'signedAt',
    earlierName: 'signing date',
  });
}

export function completeInvestmentProject(ctx: EconomyContext, args: MutationCompleteInvestmentProjectArgs) {
  return datedMove(ctx, args, args.completedAt, {
    action: 'COMPLETE',
    from: 'STARTED',
    to: 'COMPLETED',
    field: 'completedAt',
    earlier: 'startedAt',
    earlierName: 'start date',
  });
}

export function abandonInvestmentProject(ctx: EconomyContext, args: MutationAbandonInvestmentProjectArgs) {
  const reason = requiredText(args.reason, 'reason', 500);
  return move(ctx, {
    id: args.id,
    expectedVersion: args.expectedVersion,
    action: 'ABANDON',
    from: ['LEAD', 'NEGOTIATING'],
    to: 'ABANDONED',
    note: reason,
  });
}
