import type { Collection, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { runElevated } from './request-scope.js';

/**
 * Every way code may read or write division-owned records without a viewer's jurisdiction, and
 * why. Nothing else calls `runElevated`; a new reason is added here, with its test, or not at all.
 * Requests never run elevated: the reasons below are the operator's tools and the system's own
 * bookkeeping, each started from a command line or at start-up.
 */
export const ELEVATIONS = {
  /** `npm run seed` and `npm start` on an empty database: deterministic data for the whole world. */
  seed: 'writes the seed data of every division',
  /** `npm run import`: an operator loads a spreadsheet; rows are checked, not scoped. */
  import: 'loads an operator-supplied file into any division',
  /** `npm run export`: an operator's audited export of a division they name on the command line. */
  export: 'exports the records of the division named on the command line',
} as const;

type ElevationReason = keyof typeof ELEVATIONS;

/** Runs `fn` with the jurisdiction lifted, for one of the reasons listed above. */
export function unscoped<T>(reason: ElevationReason, fn: () => T): T {
  return runElevated(reason, fn);
}

/**
 * The system's own bookkeeping collections, which hold no division-owned records (so no
 * jurisdiction applies) and which code reaches through the driver rather than a model, and why.
 * Outside seeds, import, export and the engine, these are the only raw-driver collections; a test
 * holds every file to that.
 */
export const BOOKKEEPING_COLLECTIONS = {
  /** The audit chain: its head is read and rows appended as one ordered insert; the model refuses every update and delete. */
  audit_records: 'reads the head of the audit chain and appends to it',
  /** Which versioned migrations ran, with a lock row per running one. */
  schema_migrations: 'records and locks the versioned migrations',
} as const;

/**
 * A versioned migration (migrations.ts) rewrites stored records of every division at start-up,
 * before any request: the only code besides seeds, import and export that reaches a
 * division-owned collection through the driver, named here so a test can hold everything else to
 * the scoped models.
 */
export function migratedCollection<T extends Document = Document>(connection: Connection, name: string): Collection<T> {
  return connection.collection<T>(name);
}

type BookkeepingCollection = keyof typeof BOOKKEEPING_COLLECTIONS;

/** The raw driver collection of one of the bookkeeping collections above. */
export function bookkeeping<T extends Document = Document>(
  connection: Connection,
  name: BookkeepingCollection,
): Collection<T> {
  return connection.collection<T>(name);
}
