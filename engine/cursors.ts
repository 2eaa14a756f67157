import { calculateObjectSize, Long, type Document } from 'bson';
import { CommandError } from './errors.js';

const DEFAULT_BATCH = 101;
/** Keep each reply under MongoDB's 16 MB document limit (with room for the envelope). */
const MAX_BATCH_BYTES = 16 * 1024 * 1024 - 64 * 1024;
/** Cursors a client abandons without killCursors are dropped after this long. */
const IDLE_MS = 10 * 60 * 1000;

interface OpenCursor {
  ns: string;
  docs: Document[];
  position: number;
  lastUsed: number;
}

/** Server-side cursors: the rest of a materialised result, handed out batch by batch. */
export class CursorRegistry {
  private readonly open = new Map<number, OpenCursor>();
  private nextId = 1 + Math.floor(Math.random() * 1_000_000);

  /** Builds the `{ cursor: { firstBatch, id, ns } }` reply, keeping a cursor open for the rest. */
  first(ns: string, docs: Document[], batchSize?: number, singleBatch = false): Document {
    const cursor: OpenCursor = { ns, docs, position: 0, lastUsed: Date.now() };
    const firstBatch = takeBatch(cursor, batchSize ?? DEFAULT_BATCH);
    let id = 0;
    if (!singleBatch && cursor.position < docs.length) {
      this.sweep();
      id = this.nextId++;
      this.open.set(id, cursor);
    }
    return { cursor: { firstBatch, id: Long.fromNumber(id), ns }, ok: 1 };
  }

  next(id: number, batchSize?: number): Document {
    const cursor = this.open.get(id);
    if (!cursor) throw new CommandError(43, 'CursorNotFound', `cursor id ${id} not found`);
    cursor.lastUsed = Date.now();
    const nextBatch = takeBatch(cursor, batchSize || Number.MAX_SAFE_INTEGER);
    const done = cursor.position >= cursor.docs.length;
    if (done) this.open.delete(id);
    return { cursor: { nextBatch, id: Long.fromNumber(done ? 0 : id), ns: cursor.ns }, ok: 1 };
  }

  kill(ids: number[]): Document {
    const killed: Long[] = [];
    const notFound: Long[] = [];
    for (const id of ids) (this.open.delete(id) ? killed : notFound).push(Long.fromNumber(id));
    return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
  }

  private sweep(): void {
    const cutoff = Date.now() - IDLE_MS;
    for (const [id, cursor] of this.open) if (cursor.lastUsed < cutoff) this.open.delete(id);
  }
}

function takeBatch(cursor: OpenCursor, batchSize: number): Document[] {
  const batch: Document[] = [];
  let bytes = 0;
  while (cursor.position < cursor.docs.length && batch.length < batchSize) {
    const doc = cursor.docs[cursor.position];
    bytes += calculateObjectSize(doc);
    if (batch.length > 0 && bytes > MAX_BATCH_BYTES) break;
    batch.push(doc);
    cursor.position++;
  }
  return batch;
}
