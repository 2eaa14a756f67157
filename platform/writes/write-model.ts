import { randomUUID } from 'node:crypto';
import { Schema, type ClientSession, type Model } from 'mongoose';
import { badUserInput, conflict, illegalTransition, notFound } from '../contract/errors.js';
import type { Viewer } from '../contract/identity.js';
import { operator } from '../query/pagination.js';
import { writingRole, type WritingRole } from '../access/write-access.js';
import { divisionAncestry } from '../world/division-code.js';

/**
 * The write side shared by every domain. A mutable record carries its `version` and its whole
 * `history` in the same document, so a lifecycle step is ONE single-document atomic write
 * (`findOneAndUpdate` guarded by `_id`, expected version and allowed states) that bumps the
 * version and appends the history entry together: nothing can change without its entry, and of
 * two writers holding the same version exactly one matches the filter.
 *
 * Records written before the write side existed (the seed, imports) have no `version` and no
 * `history`: they count as version 0 with an empty history, and their first change makes them 1.
 */

/** One change of a record, embedded in the record itself. */
export interface HistoryEntryRecord {
  /** The record's version after this change (0 = created). */
  version: number;
  at: Date;
  actorSub: string;
  actorRole: WritingRole;
  /** What was done, upper snake case: `CREATE`, `RESOLVE`, `COMMUNITY_REVIEW`. */
  action: string;
  /** State before the change; null when the record was created. */
  fromState: string | null;
  toState: string;
  note: string | null;
  /** Top-level fields the change set (besides `status`, `version` and `history`). */
  changedFields: string[];
}

/**
 * Fields every mutable record adds to its record type. Optional: seeded records lack them.
 * Type aliases, not interfaces, so record types stay assignable to `Record<string, unknown>`
 * (the loaders' bound).
 */
export type VersionedRecord = {
  _id: string;
  version?: number;
  history?: HistoryEntryRecord[];
};

/** A versioned record whose lifecycle state is its `status` (the default `stateField`). */
export type Versioned = VersionedRecord & {
  status: string;
};

const historyEntrySchema = new Schema<HistoryEntryRecord>(
  {
    version: { type: Number, required: true },
    at: { type: Date, required: true },
    actorSub: { type: String, required: true },
    actorRole: { type: String, required: true },
    action: { type: String, required: true },
    fromState: { type: String, default: null },
    toState: { type: String, required: true },
    note: { type: String, default: null },
    changedFields: { type: [String], default: [] },
  },
  { _id: false },
);

/** Spread into a mutable record's schema definition. */
export const versionedPaths = {
  version: { type: Number, default: 0 },
  history: { type: [historyEntrySchema], default: undefined },
} as const;

export function recordVersion(record: VersionedRecord): number {
  return record.version ?? 0;
}

const NOTE_MAX_LENGTH = 500;

/** Validates the optional `note` of a lifecycle step. */
export function parseNote(note: string | null | undefined, argumentName = 'note'): string | null {
  if (note === null || note === undefined) return null;
  const trimmed = note.trim();
  if (trimmed.length > NOTE_MAX_LENGTH) throw badUserInput(argumentName, `at most ${NOTE_MAX_LENGTH} characters`);
  return trimmed === '' ? null : trimmed;
}

export function parseExpectedVersion(value: number, argumentName = 'expectedVersion'): number {
  if (!Number.isInteger(value) || value < 0)
    throw badUserInput(argumentName, 'a version is a non-negative integer, as read from the record');
  return value;
}

/** The identity of a division-owned record being created: a fresh id, its division and that division's stored ancestry. */
export function newDivisionRecord(
  divisionCode: string,
): { _id: string; divisionCode: string } & ReturnType<typeof divisionAncestry> {
  return { _id: randomUUID(), divisionCode, ...divisionAncestry(divisionCode) };
}

/** `version` and `history` of a record being created, with its CREATE entry. */
export function creationFields(
  viewer: Viewer,
  state: string,
  note: string | null,
  changedFields: string[],
  now = new Date(),
): { version: number; history: HistoryEntryRecord[] } {
  return {
    version: 0,
    history: [
      {
        version: 0,
        at: now,
        actorSub: viewer.sub,
        actorRole: writingRole(viewer),
        action: 'CREATE',
        fromState: null,
        toState: state,
        note,
        changedFields,
      },
    ],
  };
}

interface Transition<T extends VersionedRecord> {
  /** Names the record in messages: `an incident`, `an assistance case`. */
  what: string;
  id: string;
  expectedVersion: number;
  /** Upper snake case; `RESOLVE` reads "cannot resolve …" in errors. */
  action: string;
  /** The field that holds the lifecycle state, when it is not `status` (a project's `stage`). */
  stateField?: keyof T & string;
  /** The states the step may start from. */
  from: readonly string[];
  to: string;
  /** Fields to set with the step; a function sees the current record (e.g. a deadline from its category). */
  set?: Partial<T> | ((current: T) => Partial<T>);
  note: string | null;
  viewer: Viewer;
  now?: Date;
  /**
   * Runs on the current record before anything is written and throws to refuse (visibility,
   * role and jurisdiction: see `requireWriteAccess`). A record's division never changes through
   * a transition, so a check on the record read here still holds when the write lands.
   */
  authorize: (current: T) => void;
  /** Read and write inside this session, for a step that commits with other documents in one transaction. */
  session?: ClientSession;
}

function stateOf<T extends VersionedRecord>(record: T, step: Transition<T>): string {
  return String((record as Record<string, unknown>)[step.stateField ?? 'status']);
}

function refusal<T extends VersionedRecord>(current: T, step: Transition<T>) {
  const version = recordVersion(current);
  if (version !== step.expectedVersion) {
    return conflict(
      `${step.what} ${step.id} is at version ${version}, not the expected ${step.expectedVersion}: reload it and try again`,
      version,
    );
  }
  return illegalTransition(
    step.action.toLowerCase().replaceAll('_', ' '),
    step.what,
    stateOf(current, step),
    step.to,
    step.from,
  );
}

/** Records written before the write side have no version field: version 0 matches them too. */
function versionFilter(expected: number): unknown {
  return expected === 0 ? operator('$in', [0, null]) : expected;
}

/**
 * Moves a record from one of `from` to `to`, setting `set`, bumping the version and appending
 * the history entry in one atomic write. Refusals write nothing: NOT_FOUND (unknown id),
 * whatever `authorize` throws, CONFLICT with `currentVersion` (stale version, also when a
 * parallel writer won), BAD_USER_INPUT naming the current and requested state (illegal step).
 */
export async function applyTransition<T extends VersionedRecord>(model: Model<T>, step: Transition<T>): Promise<T> {
  const stateField = step.stateField ?? 'status';
  const session = step.session ?? null;
  const current = await model.findById(step.id).session(session).lean<T>().exec();
  if (!current) throw notFound(`${step.what} ${step.id}`);
  step.authorize(current);
  if (recordVersion(current) !== step.expectedVersion || !step.from.includes(stateOf(current, step)))
    throw refusal(current, step);

  const fields = typeof step.set === 'function' ? step.set(current) : (step.set ?? {});
  const entry: HistoryEntryRecord = {
    version: step.expectedVersion + 1,
    at: step.now ?? new Date(),
    actorSub: step.viewer.sub,
    actorRole: writingRole(step.viewer),
    action: step.action,
    fromState: stateOf(current, step),
    toState: step.to,
    note: step.note,
    changedFields: Object.keys(fields),
  };
  const updated = await model
    .findOneAndUpdate(
      { _id: step.id, version: versionFilter(step.expectedVersion), [stateField]: operator('$in', [...step.from]) },
      { $set: { ...fields, [stateField]: step.to }, $inc: { version: 1 }, $push: { history: entry } },
      { returnDocument: 'after', runValidators: true, session },
    )
    .lean<T>()
    .exec();
  if (updated) return updated;

  // Someone else changed the record between the read and the write: report what they left.
  const latest = await model.findById(step.id).session(session).lean<T>().exec();
  if (!latest) throw notFound(`${step.what} ${step.id}`);
  throw refusal(latest, step);
}
