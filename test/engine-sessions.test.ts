import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MongoClient } from 'mongodb';
import { startEngine, type RunningEngine } from '../engine/index.js';

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

  it('accepts explicit sessions and retryable writes', async () => {
    const session = client.startSession();
    const c = client.db('app').collection('s');
    await c.insertOne({ a: 1 }, { session });
    expect(await c.countDocuments({}, { session })).toBe(1);
    await session.endSession();
  });

  it('refuses transactions as a standalone does (code 20) without applying their writes', async () => {
    const session = client.startSession();
    const c = client.db('app').collection('t');
    session.startTransaction();
    await expect(c.insertOne({ a: 1 }, { session })).rejects.toThrow(/Transaction numbers|does not support/);
    await session.abortTransaction().catch(() => {});
    await session.endSession();
    expect(await c.countDocuments()).toBe(0);
  });

  it('inserts 20,000 documents with insertMany in a couple of seconds', async () => {
    const c = client.db('app').collection('bulk');
    await c.createIndex({ code: 1 }, { unique: true });
    const started = Date.now();
    await c.insertMany(Array.from({ length: 20_000 }, (_, i) => ({ code: `c${i}`, n: i, tags: ['x', 'y'] })));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await c.countDocuments({ code: { $in: ['c1', 'c19999'] } })).toBe(2);
  });
});
