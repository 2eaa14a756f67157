import { randomUUID } from 'node:crypto';
import { badUserInput } from '../../../platform/contract/errors.js';
import { createIdempotently, parseIdempotencyKey } from '../../../platform/writes/idempotency.js';
import { notInFuture, requiredText } from '../../../platform/writes/input-validation.js';
import { requireWriteAccess, type WriteLevel } from '../../../platform/access/write-access.js';
import {
  applyTransition,
  creationFields,
  parseExpectedVersion,
  parseNote,
} from '../../../platform/writes/write-model.js';
import type {
  MutationResolveEnterpriseProblemArgs,
  MutationStartWorkingOnProblemArgs,
  ReportEnterpriseProblemInput,
} from '../__generated__/resolvers-types.js';
import type { EconomyContext } from '../context.js';
import { enterpriseNamedByIdOrCode } from '../resolvers/Enterprise.js';
import type { ServiceVisitRecord } from '../models.js';

/**
 * Enterprise problem tickets (服务联系卡 / 解难题): a visit records the problem an enterprise
 * raised (REPORTED); the street's service group takes it on (IN_PROGRESS) and resolves it with
 * a result (RESOLVED). Community workers visit enterprises and may report; taking a ticket on and
 * resolving it is the street service group's work, so those steps need a street official.
 */
const WHAT = 'an enterprise problem ticket';
const VISIT_KINDS = ['CONTACT_CARD_VISIT', 'PROBLEM_SOLVING_VISIT'] as const;

export async function reportEnterpriseProblem(
  ctx: EconomyContext,
  input: ReportEnterpriseProblemInput,
  idempotencyKey: string,
): Promise<ServiceVisitRecord> {
  const key = parseIdempotencyKey(idempotencyKey);
  const enterprise = await enterpriseNamedByIdOrCode(ctx, input, 'input');
  requireWriteAccess(ctx, { divisionCode: enterprise.divisionCode, minimumLevel: 'COMMUNITY' });
  const kind = input.kind ?? 'CONTACT_CARD_VISIT';
  if (!(VISIT_KINDS as readonly string[]).includes(kind))
    throw badUserInput('input.kind', `a problem is raised in a visit: ${VISIT_KINDS.join(' or ')}`);
  const problem = requiredText(input.problem, 'input.problem', 2000);
  const activity = requiredText(input.activity, 'input.activity');
  const serviceGroup = requiredText(input.serviceGroup, 'input.serviceGroup');
  const visitedAt = notInFuture(input.visitedAt, 'input.visitedAt', new Date());
  return createIdempotently(ctx.models.ServiceVisit, {
    viewer: ctx.viewer,
    idempotencyKey: key,
    payload: input,
    build: () =>
      ({
        _id: randomUUID(),
        kind,
        activity,
        serviceGroup,
        enterpriseId: enterprise._id,
        visitedAt,
        problem,
        problemStatus: 'REPORTED',
        resolution: null,
        resolvedAt: null,
        divisionCode: enterprise.divisionCode,
        ...creationFields(ctx.viewer, 'REPORTED', null, [
          'kind',
          'activity',
          'serviceGroup',
          'enterpriseId',
          'visitedAt',
          'problem',
        ]),
      }) as ServiceVisitRecord,
  });
}

function authorize(ctx: EconomyContext, minimumLevel: WriteLevel) {
  return (visit: ServiceVisitRecord) => {
    if (visit.problem === null)
      throw badUserInput('id', `service record ${visit._id} raised no problem: there is no ticket to work on`);
    requireWriteAccess(ctx, { divisionCode: visit.divisionCode, minimumLevel });
  };
}

export function startWorkingOnProblem(ctx: EconomyContext, args: MutationStartWorkingOnProblemArgs) {
  return applyTransition(ctx.models.ServiceVisit, {
    what: WHAT,
    stateField: 'problemStatus',
    id: args.id,
    expectedVersion: parseExpectedVersion(args.expectedVersion),
    action: 'START_WORK',
    from: ['REPORTED'],
    to: 'IN_PROGRESS',
    note: parseNote(args.note),
    viewer: ctx.viewer,
    authorize: authorize(ctx, 'STREET'),
  });
}

export function resolveEnterpriseProblem(ctx: EconomyContext, args: MutationResolveEnterpriseProblemArgs) {
  const resolution = requiredText(args.result, 'result', 2000);
  const now = new Date();
  return applyTransition(ctx.models.ServiceVisit, {
    what: WHAT,
    stateField: 'problemStatus',
    id: args.id,
    expectedVersion: parseExpectedVersion(args.expectedVersion),
    action: 'RESOLVE',
    from: ['IN_PROGRESS'],
    to: 'RESOLVED',
    set: { resolution, resolvedAt: now },
    note: parseNote(args.note),
    viewer: ctx.viewer,
    now,
    authorize: authorize(ctx, 'STREET'),
  });
}
