import { createIdempotently, parseIdempotencyKey } from '../../../platform/writes/idempotency.js';
import { notInFuture, optionalText, requiredText, validMobile } from '../../../platform/writes/input-validation.js';
import { writableDivision } from '../../../platform/access/write-access.js';
import { creationFields, newDivisionRecord } from '../../../platform/writes/write-model.js';
import type { IncidentStatus, ReportIncidentInput } from '../__generated__/resolvers-types.js';
import type { UrbanManagementContext } from '../context.js';
import { CATEGORY_TIME_LIMIT_HOURS, type IncidentRecord } from '../models.js';
import { dateArgument } from '../../../platform/contract/scalars.js';
import { takeLifecycleStep, type LifecycleStep, type StepArgs } from '../../../platform/writes/lifecycle-step.js';

/**
 * The incident lifecycle (网格事件处置流程):
 *
 *   REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED
 *                            ↑            ↓        ↓
 *                            └──────── REOPENED ←──┘
 *
 * Community workers report and accept (the grid's own work); dispatching to a department,
 * recording the resolution, closing and reopening are the street's command centre's steps.
 */
const HOUR_MS = 3_600_000;

function deadlineFrom(start: Date, category: IncidentRecord['category']): Date {
  return new Date(start.getTime() + CATEGORY_TIME_LIMIT_HOURS[category] * HOUR_MS);
}

export async function reportIncident(
  ctx: UrbanManagementContext,
  input: ReportIncidentInput,
  idempotencyKey: string,
): Promise<IncidentRecord> {
  const divisionCode = await writableDivision(ctx, input.divisionCode, 'input.divisionCode', {
    levels: ['COMMUNITY', 'GRID'],
    minimumLevel: 'COMMUNITY',
  });
  const key = parseIdempotencyKey(idempotencyKey);
  const record = {
    title: requiredText(input.title, 'input.title'),
    description: optionalText(input.description, 'input.description'),
    address: optionalText(input.address, 'input.address', 200),
    reporterName: optionalText(input.reporterName, 'input.reporterName', 50),
    reporterPhone: input.reporterPhone ? validMobile(input.reporterPhone, 'input.reporterPhone') : null,
    enterpriseId: optionalText(input.enterpriseId, 'input.enterpriseId', 100),
    reportedAt: notInFuture(dateArgument(input.reportedAt, 'input.reportedAt') ?? ctx.now, 'input.reportedAt', ctx.now),
  };
  return createIdempotently(ctx.models.Incident, {
    viewer: ctx.viewer,
    idempotencyKey: key,
    payload: input,
    build: () => ({
      ...newDivisionRecord(divisionCode),
      ...record,
      category: input.category,
      source: input.source,
      status: 'REPORTED',
      deadline: deadlineFrom(record.reportedAt, input.category),
      acceptedAt: null,
      assignedAt: null,
      resolvedAt: null,
      closedAt: null,
      department: null,
      resolution: null,
      ...creationFields(ctx.viewer, 'REPORTED', null, Object.keys(record), ctx.now),
    }),
  });
}

type Step = LifecycleStep<IncidentRecord, IncidentStatus>;

function takeStep(ctx: UrbanManagementContext, step: Step, args: StepArgs): Promise<IncidentRecord> {
  return takeLifecycleStep(ctx, ctx.models.Incident, 'an incident', step, args, ctx.now);
}

export function acceptIncident(ctx: UrbanManagementContext, args: StepArgs): Promise<IncidentRecord> {
  return takeStep(
    ctx,
    {
      action: 'ACCEPT',
      from: ['REPORTED'],
      to: 'ACCEPTED',
      minimumLevel: 'COMMUNITY',
      set: (_current, now) => ({ acceptedAt: now }),
    },
    args,
  );
}

/** A first assignment keeps the report's deadline; a reopened incident starts a new one now. */
export function assignIncident(
  ctx: UrbanManagementContext,
  args: StepArgs & { department: string },
): Promise<IncidentRecord> {
  const department = requiredText(args.department, 'department', 100);
  return takeStep(
    ctx,
    {
      action: 'ASSIGN',
      from: ['ACCEPTED', 'REOPENED'],
      to: 'ASSIGNED',
      minimumLevel: 'STREET',
      set: (current, now) => ({
        assignedAt: now,
        department,
        deadline: current.status === 'REOPENED' ? deadlineFrom(now, current.category) : current.deadline,
      }),
    },
    args,
  );
}

export function resolveIncident(
  ctx: UrbanManagementContext,
  args: StepArgs & { result: string },
): Promise<IncidentRecord> {
  const resolution = requiredText(args.result, 'result', 2000);
  return takeStep(
    ctx,
    {
      action: 'RESOLVE',
      from: ['ASSIGNED'],
      to: 'RESOLVED',
      minimumLevel: 'STREET',
      set: (_current, now) => ({ resolvedAt: now, resolution }),
    },
    args,
  );
}

export function closeIncident(ctx: UrbanManagementContext, args: StepArgs): Promise<IncidentRecord> {
  return takeStep(
    ctx,
    {
      action: 'CLOSE',
      from: ['RESOLVED'],
      to: 'CLOSED',
      minimumLevel: 'STREET',
      set: (_current, now) => ({ closedAt: now }),
    },
    args,
  );
}

/** The incident is open again: its resolution time no longer counts (overdue runs against now). */
export function reopenIncident(ctx: UrbanManagementContext, args: StepArgs): Promise<IncidentRecord> {
  return takeStep(
    ctx,
    {
      action: 'REOPEN',
      from: ['RESOLVED', 'CLOSED'],
      to: 'REOPENED',
      minimumLevel: 'STREET',
      set: () => ({ resolvedAt: null, closedAt: null }),
    },
    args,
  );
}
