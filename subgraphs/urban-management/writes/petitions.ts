import { randomUUID } from 'node:crypto';
import type { ClientSession } from 'mongoose';
import { badUserInput, illegalTransition } from '../../../platform/contract/errors.js';
import { createIdempotently, parseIdempotencyKey } from '../../../platform/writes/idempotency.js';
import { notInFuture, optionalText, requiredText, validMobile } from '../../../platform/writes/input-validation.js';
import { operator } from '../../../platform/query/pagination.js';
import { requireWriteAccess, writableDivision, writingRole } from '../../../platform/access/write-access.js';
import {
  applyTransition,
  creationFields,
  parseExpectedVersion,
  parseNote,
  type HistoryEntryRecord,
  newDivisionRecord,
} from '../../../platform/writes/write-model.js';
import type { IntakePetitionInput } from '../__generated__/resolvers-types.js';
import type { UrbanManagementContext } from '../context.js';
import {
  ACCEPTANCE_DAYS,
  addDays,
  EXTENSION_DAYS,
  HANDLING_DAYS,
  HANDLING_STATUSES,
  LONG_STANDING_THRESHOLD,
  type PetitionRecord,
  type PetitionStatus,
} from '../models.js';
import { dateArgument } from '../../../platform/contract/scalars.js';
import { takeLifecycleStep, type LifecycleStep, type StepArgs } from '../../../platform/writes/lifecycle-step.js';

/**
 * The petition lifecycle (信访件办理):
 *
 *   RECEIVED → ACCEPTED → ASSIGNED → REPLIED → CLOSED
 *                            ↑           ↓        ↓
 *                            └──────── REOPENED ←─┘
 *
 * Beside the status, two one-way switches with their own history entries: the handling deadline
 * extension (once) and the long-standing case (积案) of the petition's matter. Escalating a
 * matter changes every unclosed petition on it, so it runs in one transaction.
 */
const MATTER_KEY = /^[\p{L}\p{N}._:-]{1,100}$/u;

function parseMatterKey(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') return `matter-${randomUUID()}`;
  const key = value.trim();
  if (!MATTER_KEY.test(key)) throw badUserInput('input.matterKey', 'at most 100 letters, digits, ".", "_", ":" or "-"');
  return key;
}

export async function intakePetition(
  ctx: UrbanManagementContext,
  input: IntakePetitionInput,
  idempotencyKey: string,
): Promise<PetitionRecord> {
  const divisionCode = await writableDivision(ctx, input.divisionCode, 'input.divisionCode', {
    levels: ['STREET', 'COMMUNITY', 'GRID'],
    minimumLevel: 'COMMUNITY',
  });
  const key = parseIdempotencyKey(idempotencyKey);
  const receivedAt = notInFuture(
    dateArgument(input.receivedAt, 'input.receivedAt') ?? ctx.now,
    'input.receivedAt',
    ctx.now,
  );
  const fields = {
    title: requiredText(input.title, 'input.title'),
    content: optionalText(input.content, 'input.content', 10_000),
    petitionerName: requiredText(input.petitionerName, 'input.petitionerName', 50),
    petitionerPhone: input.petitionerPhone ? validMobile(input.petitionerPhone, 'input.petitionerPhone') : null,
    petitionerId: optionalText(input.petitionerId, 'input.petitionerId', 100),
    enterpriseId: optionalText(input.enterpriseId, 'input.enterpriseId', 100),
    assistanceCaseId: optionalText(input.assistanceCaseId, 'input.assistanceCaseId', 100),
    incidentId: optionalText(input.incidentId, 'input.incidentId', 100),
  };
  const matterKey = parseMatterKey(input.matterKey);
  const Petition = ctx.models.Petition;
  return createIdempotently(Petition, {
    viewer: ctx.viewer,
    idempotencyKey: key,
    payload: input,
    build: () => ({
      ...newDivisionRecord(divisionCode),
      ...fields,
      channel: input.channel,
      category: input.category,
      status: 'RECEIVED',
      matterKey,
      repeat: false,
      longStandingStatus: 'NONE',
      receivedAt,
      acceptanceDeadline: addDays(receivedAt, ACCEPTANCE_DAYS),
      acceptedAt: null,
      handlingDeadline: null,
      deadlineExtension: 'NONE',
      assignedAt: null,
      department: null,
      repliedAt: null,
      reply: null,
      closedAt: null,
      satisfaction: null,
      ...creationFields(ctx.viewer, 'RECEIVED', null, Object.keys(fields), ctx.now),
    }),
    // Repeat and escalation depend on the matter's earlier petitions: counted and written in the same transaction.
    insert: (record) =>
      ctx.connection.transaction(async (session) => {
        const earlier = await Petition.countDocuments({ matterKey }).session(session).exec();
        const escalates =
          earlier >= LONG_STANDING_THRESHOLD ||
          (await Petition.exists({ matterKey, longStandingStatus: 'LONG_STANDING' }).session(session)) !== null;
        const stamped = {
          ...record,
          repeat: earlier > 0,
          longStandingStatus: escalates ? ('LONG_STANDING' as const) : ('NONE' as const),
        };
        const [created] = await Petition.create([stamped], { session });
        if (escalates)
          await escalateMatter(ctx, matterKey, record._id, 'the matter reached the long-standing threshold', session);
        return created.toObject() as PetitionRecord;
      }),
  });
}

/** Marks every other unclosed, not yet long-standing petition on the matter, each with its history entry. */
async function escalateMatter(
  ctx: UrbanManagementContext,
  matterKey: string,
  exceptId: string,
  note: string,
  session: ClientSession,
): Promise<void> {
  const Petition = ctx.models.Petition;
  const unescalated: Record<string, unknown> = {
    matterKey,
    _id: operator('$ne', exceptId),
    status: operator('$ne', 'CLOSED'),
    longStandingStatus: 'NONE',
  };
  const others = await Petition.find(unescalated).session(session).lean<PetitionRecord[]>().exec();
  for (const other of others) {
    const version = other.version ?? 0;
    const entry: HistoryEntryRecord = {
      version: version + 1,
      at: ctx.now,
      actorSub: ctx.viewer.sub,
      actorRole: writingRole(ctx.viewer),
      action: 'ESCALATE',
      fromState: 'NONE',
      toState: 'LONG_STANDING',
      note,
      changedFields: ['longStandingStatus'],
    };
    await Petition.updateOne(
      { _id: other._id },
      { $set: { longStandingStatus: 'LONG_STANDING', version: version + 1 }, $push: { history: entry } },
      { session },
    ).exec();
  }
}

type Step = LifecycleStep<PetitionRecord, PetitionStatus>;

function takeStep(ctx: UrbanManagementContext, step: Step, args: StepArgs): Promise<PetitionRecord> {
  return takeLifecycleStep(ctx, ctx.models.Petition, 'a petition', step, args, ctx.now);
}

export function acceptPetition(ctx: UrbanManagementContext, args: StepArgs): Promise<PetitionRecord> {
  return takeStep(
    ctx,
    {
      action: 'ACCEPT',
      from: ['RECEIVED'],
      to: 'ACCEPTED',
      minimumLevel: 'COMMUNITY',
      set: (_current, now) => ({ acceptedAt: now, handlingDeadline: addDays(now, HANDLING_DAYS) }),
    },
    args,
  );
}

export function assignPetition(
  ctx: UrbanManagementContext,
  args: StepArgs & { department: string },
): Promise<PetitionRecord> {
  const department = requiredText(args.department, 'department', 100);
  return takeStep(
    ctx,
    {
      action: 'ASSIGN',
      from: ['ACCEPTED', 'REOPENED'],
      to: 'ASSIGNED',
      minimumLevel: 'STREET',
      set: (_current, now) => ({ assignedAt: now, department }),
    },
    args,
  );
}

export function replyPetition(
  ctx: UrbanManagementContext,
  args: StepArgs & { reply: string },
): Promise<PetitionRecord> {
  const reply = requiredText(args.reply, 'reply', 5_000);
  return takeStep(
    ctx,
    {
      action: 'REPLY',
      from: ['ASSIGNED'],
      to: 'REPLIED',
      minimumLevel: 'STREET',
      set: (_current, now) => ({ repliedAt: now, reply }),
    },
    args,
  );
}

/** Closing a long-standing petition resolves it (积案化解). */
export function closePetition(
  ctx: UrbanManagementContext,
  args: StepArgs & { satisfaction: number },
): Promise<PetitionRecord> {
  if (!Number.isInteger(args.satisfaction) || args.satisfaction < 1 || args.satisfaction > 5)
    throw badUserInput('satisfaction', 'an integer from 1 (dissatisfied) to 5 (very satisfied)');
  return takeStep(
    ctx,
    {
      action: 'CLOSE',
      from: ['REPLIED'],
      to: 'CLOSED',
      minimumLevel: 'STREET',
      set: (current, now) => ({
        closedAt: now,
        satisfaction: args.satisfaction,
        ...(current.longStandingStatus === 'LONG_STANDING' ? { longStandingStatus: 'RESOLVED' as const } : {}),
      }),
    },
    args,
  );
}

export function reopenPetition(ctx: UrbanManagementContext, args: StepArgs): Promise<PetitionRecord> {
  return takeStep(
    ctx,
    {
      action: 'REOPEN',
      from: ['REPLIED', 'CLOSED'],
      to: 'REOPENED',
      minimumLevel: 'STREET',
      set: (current) => ({
        repliedAt: null,
        closedAt: null,
        satisfaction: null,
        ...(current.longStandingStatus === 'RESOLVED' ? { longStandingStatus: 'LONG_STANDING' as const } : {}),
      }),
    },
    args,
  );
}

/** The handling deadline moves by 30 days, once, while the petition is being handled. */
export function extendPetitionDeadline(
  ctx: UrbanManagementContext,
  args: { id: string; expectedVersion: number; reason: string },
): Promise<PetitionRecord> {
  const reason = requiredText(args.reason, 'reason', 500);
  return applyTransition(ctx.models.Petition, {
    what: 'a petition',
    id: args.id,
    expectedVersion: parseExpectedVersion(args.expectedVersion),
    action: 'EXTEND_DEADLINE',
    stateField: 'deadlineExtension',
    from: ['NONE'],
    to: 'EXTENDED',
    note: reason,
    viewer: ctx.viewer,
    now: ctx.now,
    set: (current) => ({ handlingDeadline: addDays(current.handlingDeadline ?? ctx.now, EXTENSION_DAYS) }),
    authorize: (current) => {
      requireWriteAccess(ctx, { divisionCode: current.divisionCode, minimumLevel: 'STREET' });
      if (current.deadlineExtension === 'EXTENDED')
        throw badUserInput(
          'id',
          `the handling deadline of petition ${current._id} was already extended once; it can be extended only once`,
        );
      if (!HANDLING_STATUSES.includes(current.status))
        throw illegalTransition(
          'extend the deadline of',
          'a petition',
          current.status,
          current.status,
          HANDLING_STATUSES,
        );
    },
  });
}

/** An explicit escalation: this petition and every other one on its matter become a long-standing case. */
export async function escalatePetition(ctx: UrbanManagementContext, args: StepArgs): Promise<PetitionRecord> {
  const note = parseNote(args.note);
  return ctx.connection.transaction(async (session) => {
    const escalated = await applyTransition(ctx.models.Petition, {
      what: 'a petition',
      id: args.id,
      expectedVersion: parseExpectedVersion(args.expectedVersion),
      action: 'ESCALATE',
      stateField: 'longStandingStatus',
      from: ['NONE'],
      to: 'LONG_STANDING',
      note,
      viewer: ctx.viewer,
      now: ctx.now,
      session,
      authorize: (current) => requireWriteAccess(ctx, { divisionCode: current.divisionCode, minimumLevel: 'STREET' }),
    });
    await escalateMatter(
      ctx,
      escalated.matterKey,
      escalated._id,
      note ?? `escalated with petition ${escalated._id}`,
      session,
    );
    return escalated;
  });
}
