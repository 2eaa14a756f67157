import { bookkeeping, migratedCollection } from '../access/elevations.js';
import type { AnyBulkWriteOperation, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { auditRecordModel, auditRowHash, storedAuditRowContent, GENESIS_HASH } from '../access/audit.js';
import { RECORD_KEY_FIELD, RECORD_KEYED_COLLECTIONS, recordKeyOf } from '../access/disclosure-control.js';

/**
 * Versioned, idempotent schema migrations of one subgraph database. Applied versions are stored
 * in `schema_migrations` ({ _id: version, state: 'applied', appliedAt }). A migration that is
 * running holds its document in state 'running': another process starting at the same time
 * (a second replica) waits for it instead of running it twice; a 'running' document older than
 * STALE_LOCK_MS (its process died) is taken over. Each migration must itself be safe to run again.
 *
 * Run at subgraph start (subgraphs/main.ts, once the database answers) and, memoised per
 * connection, before the first audit row a process appends.
 */
interface Migration {
  version: string;
  description: string;
  up(connection: Connection): Promise<void>;
}

const STALE_LOCK_MS = 5 * 60_000;
const POLL_MS = 100;

interface MigrationDoc {
  _id: string;
  state: 'running' | 'applied';
  startedAt: Date;
  appliedAt?: Date;
  description: string;
}

/**
 * 001: chain the audit rows written before the chain existed. Rows without `hash` are linked in
 * `at`, `_id` order after the current head (seq 1 on a database without chained rows); then the
 * indexes, among them the unique `seq` index that makes a second writer of a seq fail.
 */
async function chainExistingAuditRows(connection: Connection): Promise<void> {
  const collection = bookkeeping(connection, 'audit_records');
  const [last] = await collection
    .find({ hash: { $exists: true } }, { sort: { seq: -1 }, limit: 1, projection: { seq: 1, hash: 1 } })
    .toArray();
  let previous =
    last && typeof last.seq === 'number'
      ? { seq: last.seq as number, hash: String(last.hash) }
      : { seq: 0, hash: GENESIS_HASH };
  const cursor = collection.find({ hash: { $exists: false } }, { sort: { at: 1, _id: 1 } });
  let updates: AnyBulkWriteOperation<Document>[] = [];
  const flush = async () => {
    if (updates.length > 0) await collection.bulkWrite(updates, { ordered: true });
    updates = [];
  };
  for await (const row of cursor) {
    const seq = previous.seq + 1;
    const hash = auditRowHash(storedAuditRowContent(row, seq, row.at), previous.hash);
    updates.push({
      updateOne: {
        filter: { _id: row._id, hash: { $exists: false } },
        update: { $set: { seq, prevHash: previous.hash, hash, purpose: row.purpose ?? null } },
      },
    });
    previous = { seq, hash };
    if (updates.length >= 500) await flush();
  }
  await flush();
  await auditRecordModel(connection).createIndexes();
}

/**
 * 002: the record key (disclosure-control.ts) on records written before it existed, in every
 * keyed collection of this database (none in economy's). The key is a function of the
 * collection and `_id`, so a record keyed here has the key it would have been written with,
 * and a second run finds nothing left to key.
 */
async function keyExistingRecords(connection: Connection): Promise<void> {
  const present = new Set((await connection.listCollections()).map((collection) => collection.name));
  for (const name of RECORD_KEYED_COLLECTIONS) {
    if (!present.has(name)) continue;
    const collection = migratedCollection(connection, name);
    const unkeyed = { [RECORD_KEY_FIELD]: { $exists: false } };
    let updates: AnyBulkWriteOperation<Document>[] = [];
    const flush = async () => {
      if (updates.length > 0) await collection.bulkWrite(updates, { ordered: false });
      updates = [];
    };
    for await (const row of collection.find(unkeyed, { projection: { _id: 1 } })) {
      updates.push({
        updateOne: {
          filter: { _id: row._id, ...unkeyed },
          update: { $set: { [RECORD_KEY_FIELD]: recordKeyOf(name, row._id) } },
        },
      });
      if (updates.length >= 1_000) await flush();
    }
    await flush();
  }
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: '001-audit-chain',
    description: 'audit_records: seq, prevHash and hash on rows written before the chain; unique seq index',
    up: chainExistingAuditRows,
  },
  {
    version: '002-record-keys',
    description: 'recordKey (the disclosure-control record key) on person records written before it existed',
    up: keyExistingRecords,
  },
];

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}

async function runOne(connection: Connection, migration: Migration, log: (line: string) => void): Promise<void> {
  const collection = bookkeeping<MigrationDoc>(connection, 'schema_migrations');
  for (;;) {
    const existing = await collection.findOne({ _id: migration.version });
    if (existing?.state === 'applied') return;
    const startedAt = new Date();
    let mine = false;
    if (!existing) {
      try {
        await collection.insertOne({
          _id: migration.version,
          state: 'running',
          startedAt,
          description: migration.description,
        });
        mine = true;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    } else if (startedAt.getTime() - existing.startedAt.getTime() > STALE_LOCK_MS) {
      const taken = await collection.updateOne(
        { _id: migration.version, state: 'running', startedAt: existing.startedAt },
        { $set: { startedAt } },
      );
      mine = taken.modifiedCount === 1;
    }
    if (!mine) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    try {
      await migration.up(connection);
    } catch (error) {
      await collection.deleteOne({ _id: migration.version, state: 'running' }).catch(() => {});
      throw error;
    }
    await collection.updateOne({ _id: migration.version }, { $set: { state: 'applied', appliedAt: new Date() } });
    log(`migration ${migration.version} applied: ${migration.description}`);
    return;
  }
}

const applied = new WeakMap<Connection, Promise<void>>();

/** Applies every migration not yet applied to this database, in order; once per connection. */
export function runMigrations(connection: Connection, options: { log?: (line: string) => void } = {}): Promise<void> {
  let running = applied.get(connection);
  if (!running) {
    running = (async () => {
      for (const migration of MIGRATIONS) await runOne(connection, migration, options.log ?? (() => {}));
    })();
    running.catch(() => applied.delete(connection));
    applied.set(connection, running);
  }
  return running;
}
