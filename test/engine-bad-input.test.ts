import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deserialize, serialize as serializeBson, type Document } from 'bson';
import { MongoClient } from 'mongodb';
import { startEngine, type RunningEngine } from '../engine/index.js';

/** Sends raw bytes; resolves with the first reply's body, or `closed` when the server hangs up. */
function exchange(port: number, bytes: Buffer, endAfterWrite = false): Promise<{ closed: boolean; reply?: Document }> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1', () => {
      socket.write(bytes);
      if (endAfterWrite) socket.end();
    });
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ closed: false });
    }, 1500);
    socket.on('data', (data) => {
      received = Buffer.concat([received, data]);
      if (received.length >= 4 && received.length >= received.readInt32LE(0)) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ closed: false, reply: deserialize(received.subarray(21)) });
      }
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ closed: true });
    });
    socket.on('error', () => {});
  });
}

const serialize = (doc: Document): Buffer => Buffer.from(serializeBson(doc));

function opMsg(body: Buffer, opCode = 2013, length?: number): Buffer {
  const header = Buffer.alloc(21);
  header.writeInt32LE(length ?? 21 + body.length, 0);
  header.writeInt32LE(7, 4);
  header.writeInt32LE(0, 8);
  header.writeInt32LE(opCode, 12);
  header.writeUInt32LE(0, 16);
  header[20] = 0;
  return Buffer.concat([header, body]);
}

describe('offline engine under bad input', () => {
  let engine: RunningEngine;
  let client: MongoClient;

  beforeAll(async () => {
    engine = await startEngine();
    client = await MongoClient.connect(engine.uri, { serverSelectionTimeoutMS: 5000 });
    await client
      .db('app')
      .collection('kept')
      .insertMany([{ a: 1 }, { a: 2 }]);
  });

  afterAll(async () => {
    await client?.close();
    await engine?.stop();
  });

  async function stillServing(): Promise<void> {
    expect(await client.db('app').collection('kept').countDocuments()).toBe(2);
    const fresh = await MongoClient.connect(engine.uri, { serverSelectionTimeoutMS: 5000 });
    expect(await fresh.db('app').collection('kept').countDocuments({ a: 2 })).toBe(1);
    await fresh.close();
  }

  it('answers malformed BSON with an error reply', async () => {
    const body = serialize({ ping: 1, $db: 'admin' });
    body[4] = 0x7f; // an element type that does not exist
    const result = await exchange(engine.port, opMsg(body));
    expect(result.reply).toMatchObject({ ok: 0, code: 22 });
    await stillServing();
  });

  it('answers a BSON size that overruns the frame with an error reply', async () => {
    const body = serialize({ ping: 1, $db: 'admin' });
    body.writeInt32LE(body.length + 100, 0);
    const result = await exchange(engine.port, opMsg(body));
    expect(result.reply?.ok).toBe(0);
    await stillServing();
  });

  it('survives a truncated frame from a client that goes away', async () => {
    const frame = opMsg(serialize({ ping: 1, $db: 'admin' }));
    const result = await exchange(engine.port, frame.subarray(0, frame.length - 5), true);
    expect(result.reply).toBeUndefined();
    await stillServing();
  });

  it('closes the connection on frames over 48 MB without buffering them', async () => {
    const result = await exchange(engine.port, opMsg(Buffer.alloc(16), 2013, 50_000_000));
    expect(result.closed).toBe(true);
    await stillServing();
  });

  it('closes the connection on nonsense lengths and unknown opcodes', async () => {
    expect((await exchange(engine.port, opMsg(Buffer.alloc(0), 2013, 3))).closed).toBe(true);
    expect((await exchange(engine.port, opMsg(serialize({ ping: 1 }), 9999))).closed).toBe(true);
    await stillServing();
  });

  it('answers invalid command documents with errors', async () => {
    const db = client.db('app');
    await expect(db.command({ find: 42 })).rejects.toMatchObject({ code: 73 });
    await expect(db.command({ insert: 'kept', documents: 'nope' })).rejects.toMatchObject({ ok: 0 });
    await expect(db.command({ update: 'kept', updates: [{ q: {}, u: { $bogus: { a: 1 } } }] })).resolves.toMatchObject({
      writeErrors: [{ code: 9 }],
    });
    await expect(db.command({ aggregate: 'kept', pipeline: [{ $nope: {} }], cursor: {} })).rejects.toMatchObject({
      ok: 0,
    });
    await expect(db.command({ find: 'kept', filter: { a: { $unknownOperator: 1 } } })).rejects.toMatchObject({ ok: 0 });
    const empty = await exchange(engine.port, opMsg(serialize({})));
    expect(empty.reply).toMatchObject({ ok: 0, code: 59 });
    await stillServing();
  });
});
