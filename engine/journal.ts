import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { calculateObjectSize, deserialize, serializeWithBufferAndIndex } from 'bson';
import type { DatabaseStore, StoreChange } from './database-store.js';

const HEADER = 8;
/** Compact into a snapshot once the journal grows past this many bytes. */
const COMPACT_AT = 64 * 1024 * 1024;
const SNAPSHOT_CHUNK = 1000;

/**
 * Append-only journal plus snapshot in a data directory. Each acknowledged command's changes are one
 * record `[u32 length][u32 crc32][BSON { c: changes }]`, written and fsynced before the reply, so a
 * command is either wholly on disk or (torn tail after a crash) wholly absent.
 */
export class Journal {
  private fd: number;
  private size = 0;
  private readonly journalPath: string;
  private readonly snapshotPath: string;

  constructor(
    private readonly dir: string,
    private readonly log: (line: string) => void,
  ) {
    mkdirSync(dir, { recursive: true });
    this.journalPath = join(dir, 'journal.bin');
    this.snapshotPath = join(dir, 'snapshot.bin');
    this.fd = openSync(this.journalPath, 'a+');
  }

  /** Loads snapshot then journal into the store; a torn last journal record is cut off with a warning. */
  load(store: DatabaseStore): void {
    if (existsSync(this.snapshotPath)) {
      const snapshot = readFileSync(this.snapshotPath);
      const { records, validBytes } = decodeRecords(snapshot);
      if (validBytes !== snapshot.length)
        throw new Error(`snapshot ${this.snapshotPath} is corrupt at byte ${validBytes}`);
      for (const changes of records) applyAll(store, changes, this.log);
    }
    const journal = readFileSync(this.journalPath);
    const { records, validBytes } = decodeRecords(journal);
    for (const changes of records) applyAll(store, changes, this.log);
    if (validBytes !== journal.length) {
      this.log(
        `engine: warning: torn or corrupt journal record at byte ${validBytes} of ${this.journalPath}; skipped ${journal.length - validBytes} bytes, loaded ${records.length} records`,
      );
      ftruncateSync(this.fd, validBytes);
      fsyncSync(this.fd);
    }
    this.size = validBytes;
    store.takeChanges();
    if (this.size > 0) this.compact(store);
  }

  /** Appends one command's changes and waits for them to reach the disk. */
  append(changes: StoreChange[], store: DatabaseStore): void {
    if (changes.length === 0) return;
    const record = encodeRecord(changes);
    writeAll(this.fd, record);
    fsyncSync(this.fd);
    this.size += record.length;
    if (this.size > COMPACT_AT) this.compact(store);
  }

  /** Writes the whole store to a new snapshot (atomically renamed into place), then empties the journal. */
  compact(store: DatabaseStore): void {
    const tmp = `${this.snapshotPath}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      let chunk: StoreChange[] = [];
      for (const change of store.dump()) {
        chunk.push(change);
        if (chunk.length >= SNAPSHOT_CHUNK) {
          writeAll(fd, encodeRecord(chunk));
          chunk = [];
        }
      }
      if (chunk.length) writeAll(fd, encodeRecord(chunk));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.snapshotPath);
    syncDirectory(this.dir);
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.size = 0;
  }

  close(store: DatabaseStore): void {
    this.compact(store);
    closeSync(this.fd);
  }
}

function encodeRecord(changes: StoreChange[]): Buffer {
  const body = { c: changes };
  const size = calculateObjectSize(body);
  const buffer = Buffer.alloc(HEADER + size);
  serializeWithBufferAndIndex(body, buffer, { index: HEADER });
  buffer.writeUInt32LE(size, 0);
  buffer.writeUInt32LE(crc32(buffer.subarray(HEADER)), 4);
  return buffer;
}

/** Decodes records up to the first incomplete or damaged one. */
function decodeRecords(data: Buffer): { records: StoreChange[][]; validBytes: number } {
  const records: StoreChange[][] = [];
  let offset = 0;
  while (offset + HEADER <= data.length) {
    const size = data.readUInt32LE(offset);
    const end = offset + HEADER + size;
    if (size < 5 || end > data.length) break;
    const payload = data.subarray(offset + HEADER, end);
    if (crc32(payload) !== data.readUInt32LE(offset + 4)) break;
    try {
      records.push(deserialize(payload).c as StoreChange[]);
    } catch {
      break;
    }
    offset = end;
  }
  return { records, validBytes: offset };
}

function applyAll(store: DatabaseStore, changes: StoreChange[], log: (line: string) => void): void {
  for (const change of changes) {
    try {
      store.apply(change);
    } catch (error) {
      // Replay is idempotent over a snapshot taken just before a crash; a change that no longer applies is noise.
      log(`engine: journal replay skipped ${change.t} on ${change.db}: ${(error as Error).message}`);
    }
  }
}

function writeAll(fd: number, buffer: Buffer): void {
  let written = 0;
  while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written);
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
