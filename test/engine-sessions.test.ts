import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Long, MongoClient, MongoServerError } from 'mongodb';
import { startEngine, type RunningEngine } from '../engine/index.js';

/** The topology type the driver settles on for a URI (from its SDAM events). */
async function topologyType(uri: string): Promise<string> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  let type = 'none';
  client.on('topologyDescriptionChanged', (event) => (type = event.newDescription.type));
  await client.connect();
  await client.db('admin').command({ ping: 1 });
  const settled = type;
  await client.close();
  return settled;
}

describe('offline engine sessions', () => {
  let engine: RunningEngine;
  let client: MongoClient;

  beforeAll(async () => {
    engine = await startEngine();
    client = await MongoClient.connect(engine.uri, { serverSelectionTimeoutMS: 5000 });
  });

  afterAll(async () => {
    await client?.close();
    await engine?.stop();
  });

  it('sessions: accepts explicit sessions and retryable writes', async () => {
    const session = client.startSession();
    const c = client.db('app').collection('s');
    await c.insertOne({ a: 1 }, { session });
    expect(await c.countDocuments({}, { session })).toBe(1);
    await session.endSession();
  });

  it('sessions: hello poses as a one-member replica set, so the driver discovers a replica set with a primary', async () => {
    const hello = await client.db('admin').command({ hello: 1 });
    const me = new URL(engine.uri).host;
    expect(hello).toMatchObject({
      setName: 'offline',
      hosts: [me],
      primary: me,
      me,
      isWritablePrimary: true,
      secondary: false,
    });
    expect(hello.topologyVersion).toBeUndefined();
    expect(await topologyType(engine.uri)).toBe('ReplicaSetWithPrimary');
  });

  it('sessions: directConnection=true keeps a single-server topology, and transactions still work', async () => {
    expect(await topologyType(`${engine.uri}/?directConnection=true`)).toBe('Single');
    const direct = await MongoClient.connect(`${engine.uri}/?directConnection=true`, {
      serverSelectionTimeoutMS: 5000,
    });
    try {
      const c = direct.db('app').collection('direct');
      await direct.withSession((session) => session.withTransaction(() => c.insertOne({ a: 1 }, { session })));
      expect(await c.countDocuments()).toBe(1);
    } finally {
      await direct.close();
    }
  });

  it('sessions: a retried write (same lsid and txnNumber) returns the first reply and applies once', async () => {
    // Its own client: numbering txnNumber by hand would clash with the driver's pooled server sessions.
    const own = await MongoClient.connect(engine.uri, { serverSelectionTimeoutMS: 5000 });
    try {
      await own.withSession(async (session) => {
        const command = { insert: 'retried', documents: [{ _id: 1 }, { _id: 2 }], txnNumber: Long.fromNumber(7) };
        const first = await own.db('app').command(command, { session });
        const retry = await own.db('app').command(command, { session });
        expect(first).toMatchObject({ n: 2, ok: 1 });
        expect(retry).toEqual(first);
        await expect(
          own.db('app').command({ ...command, txnNumber: Long.fromNumber(6) }, { session }),
        ).rejects.toMatchObject({ code: 225 });
      });
    } finally {
      await own.close();
    }
    expect(await client.db('app').collection('retried').countDocuments()).toBe(2);
  });

  it("sessions: endSessions aborts the session's open transaction and frees its documents", async () => {
    const c = client.db('app').collection('ended');
    const { insertedId } = await c.insertOne({ state: 'open' });
    const abandoned = client.startSession();
    abandoned.startTransaction();
    await c.updateOne({ _id: insertedId }, { $set: { state: 'abandoned' } }, { session: abandoned });
    await client.db('admin').command({ endSessions: [abandoned.id] });
    await client.withSession((session) =>
      session.withTransaction(() => c.updateOne({ _id: insertedId }, { $set: { state: 'taken' } }, { session })),
    );
    await expect(abandoned.commitTransaction()).rejects.toMatchObject({ code: 251 });
    await abandoned.endSession();
    expect((await c.findOne({ _id: insertedId }))?.state).toBe('taken');
  });

  it('sessions: a transaction left open past its lifetime is aborted', async () => {
    const short = await startEngine({ transactionLifetimeMs: 50 });
    const other = await MongoClient.connect(short.uri, { serverSelectionTimeoutMS: 5000 });
    try {
      const c = other.db('app').collection('expiring');
      const { insertedId } = await c.insertOne({ state: 'open' });
      const slow = other.startSession();
      slow.startTransaction();
      await c.updateOne({ _id: insertedId }, { $set: { state: 'slow' } }, { session: slow });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await other.withSession((session) =>
        session.withTransaction(() => c.updateOne({ _id: insertedId }, { $set: { state: 'fast' } }, { session })),
      );
      await expect(slow.commitTransaction()).rejects.toMatchObject({ code: 251 });
      await slow.endSession();
      expect((await c.findOne({ _id: insertedId }))?.state).toBe('fast');
    } finally {
      await other.close();
      await short.stop();
    }
  });

  it('sessions: commands MongoDB refuses inside a transaction are refused and abort it', async () => {
    await client.withSession(async (session) => {
      session.startTransaction();
      await client.db('app').collection('refused').insertOne({ a: 1 }, { session });
      await expect(client.db('app').command({ listCollections: 1 }, { session })).rejects.toMatchObject({ code: 263 });
      await expect(session.commitTransaction()).rejects.toMatchObject({ code: 251 });
    });
    expect(await client.db('app').collection('refused').countDocuments()).toBe(0);
  });

  // Engine-specific: MongoDB would already refuse the second insert with a WriteConflict; here the
  // later committer learns it at commit. Through withTransaction both end as E11000 (see engine-transactions).
  it('sessions: a unique key committed by another transaction fails the commit with a transient E11000', async () => {
    const c = client.db('app').collection('claims');
    await c.createIndex({ code: 1 }, { unique: true });
    const first = client.startSession();
    const second = client.startSession();
    first.startTransaction();
    second.startTransaction();
    await c.insertOne({ code: 'K', by: 'first' }, { session: first });
    await c.insertOne({ code: 'K', by: 'second' }, { session: second });
    await c.insertOne({ code: 'L', by: 'second' }, { session: second });
    await first.commitTransaction();
    const failed = await second.commitTransaction().catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: 11000, keyValue: { code: 'K' } });
    expect((failed as MongoServerError).hasErrorLabel('TransientTransactionError')).toBe(true);
    await first.endSession();
    await second.endSession();
    expect(await c.find({}, { projection: { _id: 0 } }).toArray()).toEqual([{ code: 'K', by: 'first' }]);
  });

  // Speed is measured in bench/engine.ts; under CI load a time limit here would only flake.
  it('sessions: inserts 20,000 uniquely indexed documents as retryable insertMany batches, each once', async () => {
    const c = client.db('app').collection('bulk');
    await c.createIndex({ code: 1 }, { unique: true });
    const { insertedCount } = await c.insertMany(
      Array.from({ length: 20_000 }, (_, i) => ({ code: `c${i}`, n: i, tags: ['x', 'y'] })),
    );
    expect(insertedCount).toBe(20_000);
    expect(await c.countDocuments()).toBe(20_000);
    expect(await c.countDocuments({ code: { $in: ['c1', 'c19999'] } })).toBe(2);
  });
});
