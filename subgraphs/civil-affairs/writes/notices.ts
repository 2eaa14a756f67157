import { divisionLevelOf, isWithin } from '../../../platform/world/division-code.js';
import { badUserInput, notFound } from '../../../platform/contract/errors.js';
import { createIdempotently, parseIdempotencyKey } from '../../../platform/writes/idempotency.js';
import { knownDivision, requiredText } from '../../../platform/writes/input-validation.js';
import { writableDivision, type WriteLevel } from '../../../platform/access/write-access.js';
import { creationFields, newDivisionRecord } from '../../../platform/writes/write-model.js';
import type { DraftNoticeInput } from '../__generated__/resolvers-types.js';
import type { CivilAffairsContext } from '../context.js';
import { noticeReadId, searchTitleOf, type NoticeReadRecord, type NoticeRecord, type NoticeStatus } from '../models.js';
import { reachesCommunity } from '../lists.js';
import { takeLifecycleStep, type StepArgs } from '../../../platform/writes/lifecycle-step.js';

/**
 * The notice lifecycle (信息发布): DRAFT → PUBLISHED → WITHDRAWN. The level of the publishing
 * division is the level of every step: a community worker publishes for the community, a
 * street's notice needs a street official, a district's a district official.
 */
const MAX_TARGETS = 50;

function levelOf(divisionCode: string): WriteLevel {
  const level = divisionLevelOf(divisionCode);
  return level === 'DISTRICT' || level === 'STREET' ? level : 'COMMUNITY';
}

async function parseTargets(
  ctx: CivilAffairsContext,
  publisher: string,
  targets: readonly string[] | null | undefined,
): Promise<string[]> {
  if (!targets || targets.length === 0) return [publisher];
  if (targets.length > MAX_TARGETS) throw badUserInput('input.targetCodes', `at most ${MAX_TARGETS} targets`);
  const codes: string[] = [];
  for (const [i, value] of targets.entries()) {
    const field = `input.targetCodes[${i}]`;
    const code = await knownDivision(value, field, {
      levels: ['DISTRICT', 'STREET', 'COMMUNITY'],
      exists: (c) => divisionExists(ctx, c),
    });
    if (!isWithin(code, publisher))
      throw badUserInput(field, `${code} is not inside the publishing division ${publisher}`);
    codes.push(code);
  }
  return [...new Set(codes)];
}

async function divisionExists(ctx: CivilAffairsContext, code: string): Promise<boolean> {
  return (await ctx.models.Division.exists({ _id: code })) !== null;
}

export async function draftNotice(
  ctx: CivilAffairsContext,
  input: DraftNoticeInput,
  idempotencyKey: string,
): Promise<NoticeRecord> {
  const divisionCode = await writableDivision(ctx, input.divisionCode, 'input.divisionCode', {
    levels: ['DISTRICT', 'STREET', 'COMMUNITY'],
    exists: (c) => divisionExists(ctx, c),
    minimumLevel: levelOf,
  });
  const key = parseIdempotencyKey(idempotencyKey);
  const title = requiredText(input.title, 'input.title', 200);
  const body = requiredText(input.body, 'input.body', 10_000);
  const targetCodes = await parseTargets(ctx, divisionCode, input.targetCodes);
  const now = new Date();
  return createIdempotently(ctx.models.Notice, {
    viewer: ctx.viewer,
    idempotencyKey: key,
    payload: input,
    build: () => ({
      ...newDivisionRecord(divisionCode),
      title,
      searchTitle: searchTitleOf(title),
      body,
      category: input.category,
      status: 'DRAFT',
      targetCodes,
      draftedAt: now,
      publishedAt: null,
      withdrawnAt: null,
      ...creationFields(ctx.viewer, 'DRAFT', null, ['title', 'body', 'category', 'targetCodes'], now),
    }),
  });
}

/** Who may publish or withdraw is decided by the notice's own division: its level's officials and above. */
function takeStep(
  ctx: CivilAffairsContext,
  action: string,
  from: NoticeStatus,
  to: NoticeStatus,
  set: (now: Date) => Partial<NoticeRecord>,
  args: StepArgs,
) {
  const step = {
    action,
    from: [from],
    to,
    minimumLevel: (current: NoticeRecord) => levelOf(current.divisionCode),
    set: (_current: NoticeRecord, now: Date) => set(now),
  };
  return takeLifecycleStep(ctx, ctx.models.Notice, 'a notice', step, args);
}

export function publishNotice(ctx: CivilAffairsContext, args: StepArgs): Promise<NoticeRecord> {
  return takeStep(ctx, 'PUBLISH', 'DRAFT', 'PUBLISHED', (now) => ({ publishedAt: now }), args);
}

export function withdrawNotice(ctx: CivilAffairsContext, args: StepArgs): Promise<NoticeRecord> {
  return takeStep(ctx, 'WITHDRAW', 'PUBLISHED', 'WITHDRAWN', (now) => ({ withdrawnAt: now }), args);
}

/**
 * Counts a read by a resident of `communityCode`, recorded by the community's staff: a write
 * like any other (admins, civil-affairs officials with the community in their jurisdiction;
 * analysts and services are read-only). The notice must currently reach the community.
 */
export async function recordNoticeRead(
  ctx: CivilAffairsContext,
  args: { noticeId: string; communityCode: string },
): Promise<NoticeReadRecord> {
  const communityCode = await writableDivision(ctx, args.communityCode, 'communityCode', {
    levels: ['COMMUNITY'],
    exists: (c) => divisionExists(ctx, c),
    minimumLevel: 'COMMUNITY',
  });
  const notice = await ctx.models.Notice.findById(args.noticeId).lean<NoticeRecord>().exec();
  if (!notice) throw notFound(`a notice ${args.noticeId}`);
  if (!reachesCommunity(notice, communityCode))
    throw badUserInput('noticeId', `notice ${notice._id} is not a current notice of community ${communityCode}`);
  const _id = noticeReadId(notice._id, communityCode);
  const updated = await ctx.models.NoticeRead.findOneAndUpdate(
    { _id },
    { $inc: { count: 1 }, $setOnInsert: { noticeId: notice._id, communityCode } },
    { upsert: true, returnDocument: 'after' },
  )
    .lean<NoticeReadRecord>()
    .exec();
  if (!updated) throw notFound(`read counter ${_id}`);
  return updated;
}
