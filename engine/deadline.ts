import type { Document } from 'bson';
import { CommandError, badValue, typeMismatch } from './errors.js';

/**
 * `maxTimeMS`: the time limit of the command being run. Commands run synchronously one at a time, so
 * one module-level deadline serves them all; the long loops (scans, sorts, groups, every document
 * entering a mingo pipeline stage, the matching phase of writes) call `tick()`, which reads the clock
 * every `CHECK_EVERY` calls and throws MaxTimeMSExpired (50) once the deadline has passed.
 */
const CHECK_EVERY = 64;
const MAX_TIME_MS = 2_147_483_647;

let deadline = Number.POSITIVE_INFINITY;
let countdown = CHECK_EVERY;

const maxTimeExpired = () => new CommandError(50, 'MaxTimeMSExpired', 'operation exceeded time limit');

/** True for errors that fail the whole command even inside a write batch (MongoDB's interruptions). */
export function isInterruption(error: unknown): boolean {
  return error instanceof CommandError && error.code === 50;
}

/** One unit of work done; throws MaxTimeMSExpired when the command's deadline has passed. */
export function tick(): void {
  if (--countdown > 0) return;
  countdown = CHECK_EVERY;
  if (deadline !== Number.POSITIVE_INFINITY && performance.now() >= deadline) throw maxTimeExpired();
}

/** Runs `work` under a limit of `maxTimeMS` milliseconds (0 or undefined: none), restoring the outer one after. */
export function withDeadline<T>(maxTimeMS: number | undefined, work: () => T): T {
  const outer = deadline;
  if (maxTimeMS) deadline = Math.min(outer, performance.now() + maxTimeMS);
  try {
    return work();
  } finally {
    deadline = outer;
  }
}

/** `docs` as an iterable that ticks once per document handed out (a source for mingo's Query and Aggregator). */
export function ticking<T>(docs: readonly T[]): Iterable<T> {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next(): IteratorResult<T> {
          if (i >= docs.length) return { value: undefined, done: true };
          tick();
          return { value: docs[i++], done: false };
        },
      };
    },
  };
}

function bsonTypeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  const bsontype = (value as { _bsontype?: string } | undefined)?._bsontype;
  if (bsontype === 'ObjectId') return 'objectId';
  if (bsontype === 'Binary') return 'binData';
  if (bsontype === 'Timestamp') return 'timestamp';
  return typeof value === 'object' ? 'object' : typeof value;
}

/**
 * The command's `maxTimeMS`, validated as MongoDB 7 does: a number (int, long, double, decimal; else
 * TypeMismatch; null: BadValue "must be a number"), not negative (Location51024), integral and at most
 * 2^31-1 (BadValue). Undefined or 0: no limit.
 */
export function parseMaxTimeMS(command: Document, commandName: string): number | undefined {
  if (!Object.hasOwn(command, 'maxTimeMS')) return undefined;
  const raw = command.maxTimeMS;
  if (raw === undefined) return undefined;
  if (raw === null) throw badValue('maxTimeMS must be a number');
  const bsontype = (raw as { _bsontype?: string })._bsontype;
  const numeric =
    typeof raw === 'number' ||
    bsontype === 'Long' ||
    bsontype === 'Int32' ||
    bsontype === 'Double' ||
    bsontype === 'Decimal128';
  if (!numeric)
    throw typeMismatch(
      `BSON field '${commandName}.maxTimeMS' is the wrong type '${bsonTypeName(raw)}', expected types '[long, int, decimal, double']`,
    );
  const value =
    typeof raw === 'number'
      ? raw
      : Number(bsontype === 'Decimal128' ? raw.toString() : (raw as { valueOf(): unknown }).valueOf());
  if (Number.isNaN(value)) throw badValue('maxTimeMS has non-integral value');
  if (value < 0) {
    const shown = Number.isFinite(value) ? Math.max(Math.floor(value), -9223372036854775808) : -9223372036854775808;
    throw new CommandError(
      51024,
      'Location51024',
      `BSON field 'maxTimeMS' value must be >= 0, actual value '${BigInt(shown)}'`,
    );
  }
  if (!Number.isInteger(value) && Number.isFinite(value)) throw badValue('maxTimeMS has non-integral value');
  if (value > MAX_TIME_MS) {
    const shown = Number.isFinite(value) && value < 2 ** 63 ? BigInt(value).toString() : '9223372036854775807';
    throw badValue(`${shown} value for maxTimeMS is out of range [0, 2147483647]`);
  }
  return value;
}
