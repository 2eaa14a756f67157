import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MongoClient } from 'mongodb';
import { startEngine } from '../engine/index.js';
import { spawnEngineCli, waitForExit } from './utils/engine-process.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'engine-durability-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function withClient<T>(uri: string, run: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 5000 });
  try {
    return await run(client);
  } finally {
    await client.close();
  }
}

describe('offline engine durability', () => {
  it('keeps documents and unique indexes across a clean restart', async () => {
    const dbPath = tempDir();
    let engine = await startEngine({ dbPath });
    await withClient(engine.uri, async (client) => {
      const users = client.db('app').collection('users');
      await users.createIndex({ email: 1 }, { unique: true });
      await users.insertMany(Array.from({ length: 500 }, (_, i) => ({ email: `u${i}@x`, n: i })));
      await users.updateOne({ email: 'u1@x' }, { $set: { n: -1 } });
      await users.deleteOne({ email: 'u2@x' });
    });
    await engine.stop();
    engine = await startEngine({ dbPath });
    await withClient(engine.uri, async (client) => {
      const users = client.db('app').collection('users');
      expect(await users.countDocuments()).toBe(499);
      expect((await users.findOne({ email: 'u1@x' }))?.n).toBe(-1);
      await expect(users.insertOne({ email: 'u3@x' })).rejects.toMatchObject({ code: 11000 });
    });
    await engine.stop();
  });

  it('keeps every acknowledged write after kill -9, and skips a torn last journal record', async () => {
    const dbPath = tempDir();
    const first = await spawnEngineCli(dbPath);
    await withClient(first.uri, async (client) => {
      const events = client.db('app').collection('events');
      await events.createIndex({ key: 1 }, { unique: true });
      for (let i = 0; i < 20; i++) await events.insertOne({ key: i });
      await events.updateOne({ key: 5 }, { $set: { touched: true } });
    });
    first.child.kill('SIGKILL');
    await waitForExit(first.child);

    const second = await spawnEngineCli(dbPath);
    await withClient(second.uri, async (client) => {
      const events = client.db('app').collection('events');
      expect(await events.countDocuments()).toBe(20);
      expect((await events.findOne({ key: 5 }))?.touched).toBe(true);
      await events.insertOne({ key: 100 });
    });
    second.child.kill('SIGKILL');
    await waitForExit(second.child);

    appendFileSync(join(dbPath, 'journal.bin'), Buffer.from([0x40, 0, 0, 0, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3]));
    const lines: string[] = [];
    const engine = await startEngine({ dbPath, log: (line) => lines.push(line) });
    expect(lines.join('\n')).toMatch(/torn or corrupt journal record/);
    await withClient(engine.uri, async (client) => {
      const events = client.db('app').collection('events');
      expect(await events.countDocuments()).toBe(21);
      await expect(events.insertOne({ key: 100 })).rejects.toMatchObject({ code: 11000 });
    });
    await engine.stop();
  });

  it('flushes and exits 0 on SIGTERM', async () => {
    const dbPath = tempDir();
    const { uri, child } = await spawnEngineCli(dbPath);
    await withClient(uri, (client) => client.db('app').collection('c').insertOne({ a: 1 }));
    child.kill('SIGTERM');
    expect(await waitForExit(child)).toBe(0);
    const engine = await startEngine({ dbPath });
    await withClient(engine.uri, async (client) => expect(await client.db('app').collection('c').countDocuments()).toBe(1));
    await engine.stop();
  });
});
