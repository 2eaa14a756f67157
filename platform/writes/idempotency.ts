import { createHash } from 'node:crypto';
import { Schema, type Model } from 'mongoose';
import type { GraphQLError } from 'graphql';
import { badUserInput, conflict } from '../contract/errors.js';
import type { Viewer } from '../contract/identity.js';

/**
 * Creating mutations take a required `idempotencyKey`: a client that did not see the answer
 * (timeout, dropped connection) sends the same request again with the same key and gets the
 * record the first attempt created. The key lives on the created record itself, under a unique
 * partial index on (caller, key), so "create once" is decided by the database in the same
 * single-document write that creates the record; under parallel retries the losers read the
 * winner's record. Keys are scoped per caller (`sub`): two users never collide.
 */
export interface IdempotencyStamp {
  sub: string;
  key: string;
  /** Hash of the request's arguments: the same key with another payload is a client bug. */
  fingerprint: string;
}

const idempotencySchema = new Schema<IdempotencyStamp>(
  {
    sub: { type: String, required: true },
    key: { type: String, required: true },
    fingerprint: { type: String, required: true },
  },
  { _id: false },
);

/** A type alias (not an interface) so record types stay assignable to `Record<string, unknown>`. */
export type Idempotent = {
  _id: string;
  idempotency?: IdempotencyStamp | null;
};

const KEY_FIELDS = { 'idempotency.sub': 1, 'idempotency.key': 1 } as const;

/** Adds the `idempotency` path and its unique partial index (seeded records have no key). */
export function withIdempotency<T extends Schema>(schema: T): T {
  schema.add({ idempotency: { type: idempotencySchema, default: undefined } });
  schema.index(KEY_FIELDS, { unique: true, partialFilterExpression: { 'idempotency.key': { $exists: true } } });
  return schema;
}

const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

export function parseIdempotencyKey(value: string, argumentName = 'idempotencyKey'): string {
  if (!KEY_PATTERN.test(value)) {
    throw badUserInput(
      argumentName,
      '8 to 128 characters of letters, digits, ".", "_", ":" or "-" (a UUID is a good key)',
    );
  }
  return value;
}

/** Key order does not change the fingerprint. */
function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function fingerprintOf(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('base64url');
}

interface DuplicateKeyError {
  code: 11000;
  keyPattern?: Record<string, unknown>;
}

function isDuplicateKeyError(error: unknown): error is DuplicateKeyError {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

function isIdempotencyKeyError(error: DuplicateKeyError): boolean {
  return Object.keys(error.keyPattern ?? {}).some((field) => field.startsWith('idempotency.'));
}

interface IdempotentCreate<T> {
  viewer: Viewer;
  /** Already parsed with `parseIdempotencyKey`. */
  idempotencyKey: string;
  /** The client's arguments as received (before defaults computed from the clock). */
  payload: unknown;
  /** The record to insert (with `creationFields`), built only when no record has the key yet. */
  build: () => T;
  /** Turns a duplicate on another unique index of the model (e.g. case + month) into the client's error. */
  onDuplicate?: (error: unknown) => GraphQLError;
  /**
   * Writes the stamped record when it must commit together with other documents (an activity
   * and its attendance rows, in one transaction); the default is a plain single-document create.
   * A duplicate idempotency key thrown from here is handled like one from the plain create.
   */
  insert?: (record: T) => Promise<T>;
}

/**
 * Creates the record once per (caller, key). Returns the first result for a retry with the same
 * payload; CONFLICT for the same key with a different payload.
 */
export async function createIdempotently<T extends Idempotent>(
  model: Model<T>,
  request: IdempotentCreate<T>,
): Promise<T> {
  // The unique index must exist before the first insert, or two parallel first attempts both land.
  await model.init();
  const stamp: IdempotencyStamp = {
    sub: request.viewer.sub,
    key: request.idempotencyKey,
    fingerprint: fingerprintOf(request.payload),
  };
  const earlier = await findByKey(model, stamp);
  if (earlier) return sameRequestOrConflict(earlier, stamp);
  try {
    const record = { ...request.build(), idempotency: stamp };
    if (request.insert) return await request.insert(record);
    const created = await model.create(record);
    return created.toObject() as T;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    if (!isIdempotencyKeyError(error)) throw request.onDuplicate?.(error) ?? error;
    const winner = await findByKey(model, stamp);
    if (!winner) throw error;
    return sameRequestOrConflict(winner, stamp);
  }
}

async function findByKey<T extends Idempotent>(model: Model<T>, stamp: IdempotencyStamp): Promise<T | null> {
  return model.findOne({ 'idempotency.sub': stamp.sub, 'idempotency.key': stamp.key }).lean<T>().exec();
}

function sameRequestOrConflict<T extends Idempotent>(record: T, stamp: IdempotencyStamp): T {
  if (record.idempotency?.fingerprint !== stamp.fingerprint) {
    throw conflict(
      `idempotencyKey "${stamp.key}" was already used for a different request (record ${record._id}); use a new key for a new request`,
    );
  }
  return record;
}
