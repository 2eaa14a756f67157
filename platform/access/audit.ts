import { createHash } from 'node:crypto';
import mongoose, { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { commandTimeLimitOf } from '../server/command-time-limits.js';
import { bookkeeping } from './elevations.js';
import { unavailable } from '../contract/errors.js';
import type { Domain, Role, Viewer } from '../contract/identity.js';

/**
 * Every read of a full personal value (PIPL: a record of who read sensitive personal
 * information). Each subgraph keeps its own audit collection next to the data it protects.
 *
 * The collection is append-only and chained: each row carries `seq` (1, 2, 3, … per database,
 * unique index), `prevHash` (the previous row's `hash`, GENESIS_HASH for seq 1) and `hash`, the
 * SHA-256 of `canonicalAuditRow` (every stored field and prevHash). Changing, removing or
 * inserting a row anywhere but at the head breaks the chain; `npm run audit:verify` finds it.
 *
 * RETENTION: rows are kept at least three years (PIPL and the records-management rules ask for
 * three). There is no TTL index on this collection, and none shorter than three years may be
 * added; the model refuses every update and delete (see the pre hooks below), so application
 * code can only append, through `appendAuditRows`. Archiving rows older than the retention
 * period is a database administrator's job and must keep the chain's head verifiable.
 */
const auditRecordSchema = new Schema(
  {
    seq: { type: Number, required: true },
    sub: { type: String, required: true },
    role: { type: String, required: true },
    at: { type: Date, required: true },
    domain: { type: String, required: true },
    recordType: { type: String, required: true },
    recordId: { type: String, required: true },
    field: { type: String, required: true },
    requestId: { type: String, required: true },
    /** The caller's stated purpose (`x-access-purpose`), null when none was given. */
    purpose: { type: String, default: null },
    /** The caller's own id for the request (x-request-id), null when none was sent: lets it find its reads. */
    correlationId: { type: String, default: null },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  // Indexes are created by the audit-chain migration (the unique `seq` index can only exist once
  // every row has a seq), not by mongoose when the model is compiled.
  { collection: 'audit_records', versionKey: false, autoIndex: false },
);
auditRecordSchema.index({ seq: 1 }, { unique: true });
auditRecordSchema.index({ at: -1 });
auditRecordSchema.index({ recordId: 1 });

/** History is not rewritten through the model: every update and delete throws. */
const REFUSED_QUERIES = [
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
  'findOneAndUpdate',
  'findOneAndReplace',
  'updateOne',
  'updateMany',
  'replaceOne',
] as const;
function refuse(operation: string): never {
  throw new Error(`audit_records is append-only: ${operation} is refused (rows are kept at least three years)`);
}
for (const operation of REFUSED_QUERIES) {
  auditRecordSchema.pre(operation, { document: false, query: true }, function () {
    refuse(operation);
  });
}
auditRecordSchema.pre(['deleteOne', 'updateOne'], { document: true, query: false }, function () {
  refuse('document deleteOne/updateOne');
});
auditRecordSchema.pre('save', function () {
  refuse(this.isNew ? 'save (append through appendAuditRows, which chains the row)' : 'save of an existing row');
});
auditRecordSchema.pre('insertMany', function () {
  refuse('insertMany (append through appendAuditRows, which chains the row)');
});
auditRecordSchema.pre('bulkWrite', function () {
  refuse('bulkWrite');
});

export type AuditRecord = InferSchemaType<typeof auditRecordSchema> & { _id: mongoose.Types.ObjectId };

export function auditRecordModel(connection: Connection): Model<AuditRecord> {
  return (
    (connection.models.AuditRecord as Model<AuditRecord> | undefined) ??
    connection.model<AuditRecord>('AuditRecord', auditRecordSchema)
  );
}

/** prevHash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** A row's content before it is chained. */
export interface AuditRowContent {
  _id: mongoose.Types.ObjectId;
  sub: string;
  role: Role;
  at: Date;
  domain: string;
  recordType: string;
  recordId: string;
  field: string;
  requestId: string;
  purpose: string | null;
  /** The caller's own id for the request (x-request-id), when it sent one. */
  correlationId?: string | null;
}

interface ChainedAuditRow extends AuditRowContent {
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * The text a row's hash is computed over: a JSON array of its fields in a fixed order (JSON
 * string escaping is deterministic), `at` as ISO 8601 (BSON dates hold milliseconds, so the
 * stored value reproduces it), a missing purpose or correlation id as null, and the previous row's hash last.
 * Version 1 is the first element, so a later format can be told apart.
 */
function canonicalAuditRow(
  row: Omit<AuditRowContent, 'purpose'> & { seq: number; purpose?: string | null },
  prevHash: string,
): string {
  return JSON.stringify([
    1,
    row._id.toHexString(),
    row.seq,
    row.at.toISOString(),
    row.sub,
    row.role,
    row.domain,
    row.recordType,
    row.recordId,
    row.field,
    row.requestId,
    row.purpose ?? null,
    row.correlationId ?? null,
    prevHash,
  ]);
}

export function auditRowHash(
  row: Omit<AuditRowContent, 'purpose'> & { seq: number; purpose?: string | null },
  prevHash: string,
): string {
  return createHash('sha256').update(canonicalAuditRow(row, prevHash)).digest('hex');
}

/**
 * The hashed content of a stored row (as the raw driver returns it) at chain position `seq`: one
 * reading for the verifier and the chaining migration, so neither can leave a field out.
 */
export function storedAuditRowContent(
  // A raw stored document, as it is: a field of the wrong type must reach the hash unchanged, so
  // the verifier reports the row instead of this function coercing it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  row: Record<string, any>,
  seq: number,
  at: Date = row.at,
): Omit<AuditRowContent, 'purpose'> & { seq: number; purpose: string | null } {
  return {
    _id: row._id,
    seq,
    at,
    sub: row.sub,
    role: row.role,
    domain: row.domain,
    recordType: row.recordType,
    recordId: row.recordId,
    field: row.field,
    requestId: row.requestId,
    purpose: row.purpose ?? null,
    correlationId: row.correlationId ?? null,
  };
}

interface Head {
  seq: number;
  hash: string;
}

interface Waiting {
  rows: AuditRowContent[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

function isDuplicateSeq(error: unknown): boolean {
  const e = error as { code?: number; writeErrors?: { code?: number }[]; message?: string } | null;
  if (!e) return false;
  const code = e.code ?? e.writeErrors?.[0]?.code;
  return code === 11000;
}

/** Rows of an ordered insert written before it failed (ordered inserts stop at the first error). */
function insertedBefore(error: unknown): number {
  const e = error as {
    writeErrors?: { index?: number }[] | { index?: number };
    insertedCount?: number;
    result?: { insertedCount?: number };
  };
  const writeErrors = Array.isArray(e.writeErrors) ? e.writeErrors : e.writeErrors ? [e.writeErrors] : [];
  if (typeof writeErrors[0]?.index === 'number') return writeErrors[0].index;
  return e.insertedCount ?? e.result?.insertedCount ?? 0;
}

const MAX_FORK_RETRIES = 20;

/**
 * Appends rows to one database's chain. In one process all appends of a connection go through
 * one writer, one insert at a time (a promise-chained queue): rows that arrive while an insert is
 * on its way are written together by the next one (group commit), so concurrency does not
 * multiply round trips. Several processes (replicas of one subgraph) writing the same collection
 * cannot fork the chain: the unique index on `seq` makes the second writer of a seq fail with
 * E11000, after which it re-reads the head and chains its rows after the other writer's.
 */
export class AuditChainWriter {
  private head: Head | null = null;
  private ready: Promise<void> | null = null;
  private queue: Waiting[] = [];
  private writing = false;

  constructor(private readonly connection: Connection) {}

  append(rows: AuditRowContent[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue;
        this.queue = [];
        try {
          await this.write(group.flatMap((waiting) => waiting.rows));
          for (const waiting of group) waiting.resolve();
        } catch (error) {
          for (const waiting of group) waiting.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private async prepare(): Promise<void> {
    // Imported here: migrations.ts imports this module for the audit-chain migration.
    this.ready ??= import('../server/migrations.js')
      .then(({ runMigrations }) => runMigrations(this.connection))
      .catch((error: unknown) => {
        this.ready = null;
        throw error;
      });
    await this.ready;
  }

  private async readHead(maxTimeMS: number): Promise<Head> {
    const [last] = await bookkeeping(this.connection, 'audit_records')
      .find({}, { sort: { seq: -1 }, limit: 1, projection: { seq: 1, hash: 1 }, maxTimeMS })
      .toArray();
    return last && typeof last.seq === 'number'
      ? { seq: last.seq, hash: String(last.hash) }
      : { seq: 0, hash: GENESIS_HASH };
  }

  private async write(rows: AuditRowContent[]): Promise<void> {
    await this.prepare();
    const collection = bookkeeping(this.connection, 'audit_records');
    // The driver bypasses the models' time limit: the strictest limit of the rows' roles applies.
    const maxTimeMS = Math.min(...rows.map((row) => commandTimeLimitOf(row.role)));
    let remaining = rows;
    for (let attempt = 0; remaining.length > 0; attempt++) {
      const head = (this.head ??= await this.readHead(maxTimeMS));
      let previous = head;
      const chained: ChainedAuditRow[] = remaining.map((row) => {
        const seq = previous.seq + 1;
        const hash = auditRowHash({ ...row, seq }, previous.hash);
        const linked = { ...row, seq, prevHash: previous.hash, hash };
        previous = { seq, hash };
        return linked;
      });
      try {
        await collection.insertMany(chained, { ordered: true, maxTimeMS });
        this.head = previous;
        return;
      } catch (error) {
        this.head = null;
        const written = Math.min(insertedBefore(error), chained.length);
        if (!isDuplicateSeq(error) || attempt >= MAX_FORK_RETRIES) throw error;
        // Another writer took the next seq: keep what was written, chain the rest after its rows.
        remaining = remaining.slice(written);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }
}

const writers = new WeakMap<Connection, AuditChainWriter>();

function auditChainWriter(connection: Connection): AuditChainWriter {
  let writer = writers.get(connection);
  if (!writer) {
    writer = new AuditChainWriter(connection);
    writers.set(connection, writer);
  }
  return writer;
}

const REQUIRED_TEXT = ['sub', 'role', 'domain', 'recordType', 'recordId', 'field', 'requestId'] as const;

/** The first required value of `row` that is missing or empty, or null: such a row is refused, never dropped. */
function missingAuditValue(row: AuditRowContent): string | null {
  for (const key of REQUIRED_TEXT) if (typeof row[key] !== 'string' || row[key] === '') return key;
  if (!(row.at instanceof Date) || Number.isNaN(row.at.getTime())) return 'at';
  return null;
}

/**
 * Appends rows to the connection's audit chain; rejects (nothing written) when a row lacks a
 * required value, and when the insert fails.
 */
export async function appendAuditRows(connection: Connection, rows: AuditRowContent[]): Promise<void> {
  for (const row of rows) {
    const missing = missingAuditValue(row);
    if (missing) throw new Error(`audit row refused: ${missing} is empty`);
  }
  await auditChainWriter(connection).append(rows);
}

interface AuditEntry {
  recordType: string;
  recordId: string;
  field: string;
}

/**
 * The subgraph's answer says how many full personal values it recorded for the request: the
 * gateway shares an in-flight fetch between identical requests of one caller only when it is 0,
 * so every request that reads personal data is audited under its own request id.
 */
export const AUDITED_READS_HEADER = 'x-audited-reads';

/** The field error of a full read whose audit record was not written: the value is not served. */
function auditWithheld() {
  return unavailable('audit record could not be written; value withheld');
}

interface Batch {
  rows: AuditRowContent[];
  done: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Writes a batch's rows; replaceable in tests to make the insert fail. */
export type AuditAppend = (connection: Connection, rows: AuditRowContent[]) => Promise<void>;

/**
 * The full reads of one request. Fails closed: `record` resolves only once the row of that read
 * has been written, and a resolver serves the full value only then (see RequestAccess.personal).
 * Reads recorded in the same turn of the event loop (a page of rows, each with several personal
 * fields) are written by one insert, scheduled with setImmediate like DataLoader's batch.
 */
/**
 * The full reads recorded per gateway request, shared by every fetch of that request this process
 * answers: the gateway may call a subgraph more than once for one request (a root field, then an
 * entity fetch back into it), and the same value read twice under one request id is one row, as
 * within one fetch. Kept for a while after the request (its fetches are over long before), in
 * insertion order so expired requests are dropped from the front. Replicas behind a load
 * balancer do not share it: a request's fetches answered by two replicas are two rows.
 */
const REQUEST_READS_MS = 120_000;
const requestReads = new WeakMap<Connection, Map<string, { expires: number; reads: Map<string, Promise<void>> }>>();

function readsOfRequest(connection: Connection, requestId: string, now = Date.now()): Map<string, Promise<void>> {
  let requests = requestReads.get(connection);
  if (!requests) requestReads.set(connection, (requests = new Map()));
  for (const [id, entry] of requests) {
    if (entry.expires > now) break;
    requests.delete(id);
  }
  let entry = requests.get(requestId);
  if (!entry) requests.set(requestId, (entry = { expires: now + REQUEST_READS_MS, reads: new Map() }));
  return entry.reads;
}

export class AuditTrail {
  /** This fetch's full reads (what `x-audited-reads` counts). */
  private readonly reads = new Map<string, Promise<void>>();
  /** The request's full reads in every fetch of it. */
  private readonly requestReads: Map<string, Promise<void>>;
  private batch: Batch | null = null;

  constructor(
    private readonly viewer: Viewer,
    private readonly domain: Domain,
    private readonly requestId: string,
    private readonly connection: Connection,
    readonly purpose: string | null = null,
    private readonly appendRows: AuditAppend = appendAuditRows,
    private readonly correlationId: string | null = null,
  ) {
    this.requestReads = readsOfRequest(connection, requestId);
  }

  /**
   * Records a full read; the promise resolves when its row is written and rejects with
   * UNAVAILABLE (`auditWithheld`) when it could not be. A read already recorded in this request,
   * by this fetch or an earlier one of the same request, shares the first one's row.
   */
  record(entry: AuditEntry): Promise<void> {
    const key = `${entry.recordType}\u0000${entry.recordId}\u0000${entry.field}`;
    const known = this.reads.get(key) ?? this.requestReads.get(key);
    if (known) {
      this.reads.set(key, known);
      return known;
    }
    const row: AuditRowContent = {
      _id: new mongoose.Types.ObjectId(),
      sub: this.viewer.sub,
      role: this.viewer.role,
      at: new Date(),
      domain: this.domain,
      recordType: entry.recordType,
      recordId: entry.recordId,
      field: entry.field,
      requestId: this.requestId,
      purpose: this.purpose,
      correlationId: this.correlationId,
    };
    let written: Promise<void>;
    const missing = missingAuditValue(row);
    if (missing) {
      console.error(
        `audit ${this.domain}: request ${this.requestId}: row refused, ${missing} is empty; value withheld`,
      );
      written = Promise.reject(auditWithheld());
    } else {
      const batch = this.currentBatch();
      batch.rows.push(row);
      written = batch.done;
    }
    // Handled here so a rejection is never "unhandled"; callers still see it. A later fetch of
    // the request (a retry) tries to write the row again.
    written.catch(() => {
      if (this.requestReads.get(key) === written) this.requestReads.delete(key);
    });
    this.reads.set(key, written);
    this.requestReads.set(key, written);
    return written;
  }

  private currentBatch(): Batch {
    if (this.batch) return this.batch;
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const batch: Batch = { rows: [], done, resolve, reject };
    this.batch = batch;
    setImmediate(() => {
      if (this.batch === batch) this.batch = null;
      this.appendRows(this.connection, batch.rows).then(batch.resolve, (error: unknown) => {
        console.error(
          `audit ${this.domain}: request ${this.requestId}: ${batch.rows.length} rows not written (${(error as Error)?.message ?? error}); values withheld`,
        );
        batch.reject(auditWithheld());
      });
    });
    return batch;
  }

  /** Full reads this request asked for (written, or withheld because the write failed). */
  get size(): number {
    return this.reads.size;
  }

  /** Waits for every batch of this request to be written or to fail. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.reads.values());
  }
}
