import { randomUUID } from 'node:crypto';
import { divisionAncestry } from '../../../platform/world/division-code.js';
import { badUserInput, notFound } from '../../../platform/contract/errors.js';
import { createIdempotently, parseIdempotencyKey } from '../../../platform/writes/idempotency.js';
import { operator } from '../../../platform/query/pagination.js';
import { notInFuture, requiredText } from '../../../platform/writes/input-validation.js';
import { requireWriteAccess } from '../../../platform/access/write-access.js';
import {
  applyTransition,
  creationFields,
  parseExpectedVersion,
  parseNote,
  recordVersion,
} from '../../../platform/writes/write-model.js';
import type { MutationRecordAttendanceArgs, RecordPartyActivityInput } from '../__generated__/resolvers-types.js';
import type { PartyBuildingContext } from '../context.js';
import {
  attendanceRecord,
  type PartyActivityRecord,
  type PartyAttendanceRecord,
  type PartyMemberRecord,
} from '../models.js';

/**
 * Party activities with attendance. An activity and its attendance rows are separate documents
 * (the rows feed member and division roll-ups without a join), so recording an activity, or
 * adding attendees to one, writes several documents: each runs in ONE transaction, and a
 * refused request writes nothing. Activities are community-level work: a community worker of
 * the organizing organization's division may record them.
 */
const MAX_ATTENDEES = 1000;
const MAX_HOURS_EACH = 24;

/** Members named by id: each must exist inside the viewer's jurisdiction; duplicates are refused. */
async function visibleMembers(
  ctx: PartyBuildingContext,
  ids: readonly string[],
  field: string,
): Promise<PartyMemberRecord[]> {
  if (ids.length > MAX_ATTENDEES) throw badUserInput(field, `at most ${MAX_ATTENDEES} members at once`);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw badUserInput(field, `member ${duplicate} is named twice`);
  const members = await Promise.all(ids.map((id) => ctx.loaders.member.load(id)));
  const missing = ids.filter((_id, index) => !members[index]);
  if (missing.length > 0)
    throw badUserInput(field, `no party member ${missing.join(', ')} in the viewer's jurisdiction`);
  return members as PartyMemberRecord[];
}

function attendanceRows(
  activity: PartyActivityRecord,
  members: PartyMemberRecord[],
  hoursEach: number,
): PartyAttendanceRecord[] {
  return members.map((member) => attendanceRecord(randomUUID(), activity, member, hoursEach));
}

/** The hours each participant served: what one person contributes to the activity's volunteer hours. */
export function hoursEachOf(activity: PartyActivityRecord): number {
  if (typeof activity.volunteerHoursEach === 'number') return activity.volunteerHoursEach;
  return activity.participantCount > 0 ? activity.volunteerHours / activity.participantCount : 0;
}

export async function recordPartyActivity(
  ctx: PartyBuildingContext,
  input: RecordPartyActivityInput,
  idempotencyKey: string,
): Promise<PartyActivityRecord> {
  const key = parseIdempotencyKey(idempotencyKey);
  const organization = await ctx.loaders.organization.load(input.organizationId);
  if (!organization) {
    throw badUserInput(
      'input.organizationId',
      `no party organization ${input.organizationId} in the viewer's jurisdiction`,
    );
  }
  requireWriteAccess(ctx, { divisionCode: organization.divisionCode, minimumLevel: 'COMMUNITY' });
  const title = requiredText(input.title, 'input.title');
  const startsAt = notInFuture(input.startsAt, 'input.startsAt', new Date());
  if (input.endsAt.getTime() < startsAt.getTime())
    throw badUserInput('input.endsAt', 'must not be before input.startsAt');
  const otherParticipants = input.otherParticipants ?? 0;
  if (!Number.isInteger(otherParticipants) || otherParticipants < 0)
    throw badUserInput('input.otherParticipants', 'zero or more people');
  const hoursEach = input.volunteerHoursEach ?? 0;
  if (!Number.isFinite(hoursEach) || hoursEach < 0 || hoursEach > MAX_HOURS_EACH) {
    throw badUserInput('input.volunteerHoursEach', `from 0 to ${MAX_HOURS_EACH} hours per participant`);
  }
  const attendees = await visibleMembers(ctx, input.attendeeIds, 'input.attendeeIds');
  const participantCount = attendees.length + otherParticipants;

  return createIdempotently(ctx.models.activity, {
    viewer: ctx.viewer,
    idempotencyKey: key,
    payload: input,
    build: () => ({
      _id: randomUUID(),
      kind: input.kind,
      title,
      startsAt,
      endsAt: input.endsAt,
      organizationId: organization._id,
      participantCount,
      volunteerHours: participantCount * hoursEach,
      volunteerHoursEach: hoursEach,
      outputs: [],
      source: null,
      divisionCode: organization.divisionCode,
      ...divisionAncestry(organization.divisionCode),
      // An activity's kind never changes: it stands as the state its history moves through.
      ...creationFields(ctx.viewer, input.kind, parseNote(input.note, 'input.note'), [
        'title',
        'startsAt',
        'endsAt',
        'organizationId',
        'participantCount',
        'volunteerHours',
      ]),
    }),
    insert: (activity) =>
      ctx.connection.transaction(async (session) => {
        const [created] = await ctx.models.activity.create([activity], { session });
        await ctx.models.attendance.insertMany(attendanceRows(activity, attendees, hoursEach), { session });
        return created.toObject() as PartyActivityRecord;
      }),
  });
}

export async function recordAttendance(
  ctx: PartyBuildingContext,
  args: MutationRecordAttendanceArgs,
): Promise<PartyActivityRecord> {
  const expectedVersion = parseExpectedVersion(args.expectedVersion);
  const note = parseNote(args.note);
  const activity = await ctx.models.activity.findById(args.activityId).lean<PartyActivityRecord>().exec();
  if (!activity) throw notFound(`a party activity ${args.activityId}`);
  requireWriteAccess(ctx, { divisionCode: activity.divisionCode, minimumLevel: 'COMMUNITY' });
  if (args.memberIds.length === 0) throw badUserInput('memberIds', 'name at least one member');
  const members = await visibleMembers(ctx, args.memberIds, 'memberIds');
  const recorded: Record<string, unknown> = {
    activityId: activity._id,
    memberId: operator('$in', [...args.memberIds]),
  };
  const already = await ctx.models.attendance.find(recorded).lean<PartyAttendanceRecord[]>().exec();
  // With a stale version the transition below answers CONFLICT, whatever a parallel writer recorded.
  if (already.length > 0 && recordVersion(activity) === expectedVersion)
    throw badUserInput('memberIds', `already recorded as attending: ${already.map((row) => row.memberId).join(', ')}`);
  const hoursEach = hoursEachOf(activity);

  return ctx.connection.transaction(async (session) => {
    const updated = await applyTransition(ctx.models.activity, {
      what: 'a party activity',
      stateField: 'kind',
      id: activity._id,
      expectedVersion,
      action: 'RECORD_ATTENDANCE',
      from: [activity.kind],
      to: activity.kind,
      set: (current) => ({
        participantCount: current.participantCount + members.length,
        volunteerHours: current.volunteerHours + members.length * hoursEach,
      }),
      note: note ?? `${members.length} member(s): ${members.map((member) => member._id).join(', ')}`,
      viewer: ctx.viewer,
      authorize: () => {},
      session,
    });
    await ctx.models.attendance.insertMany(attendanceRows(updated, members, hoursEach), { session });
    return updated;
  });
}
