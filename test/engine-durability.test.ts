import { appendFileSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
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
    await withClient(engine.uri, async (client) =>
      expect(await client.db('app').collection('c').countDocuments()).toBe(1),
    );
    await engine.stop();
  });

  it('keeps a committed transaction whole after kill -9, and drops an uncommitted one', async () => {
    const dbPath = tempDir();
    const first = await spawnEngineCli(dbPath);
    await withClient(first.uri, async (client) => {
      const db = client.db('app');
      await db.collection('cases').insertOne({ _id: 'c1' as never, state: 'open' });
      await client.withSession((session) =>
        session.withTransaction(async () => {
          await db.collection('cases').updateOne({ _id: 'c1' as never }, { $set: { state: 'closed' } }, { session });
          await db.collection('history').insertMany(
            Array.from({ length: 50 }, (_, i) => ({ caseId: 'c1', step: i })),
            { session },
          );
        }),
      );
      const open = client.startSession();
      open.startTransaction();
      await db.collection('history').insertOne({ caseId: 'c1', step: 'uncommitted' }, { session: open });
    });
    first.child.kill('SIGKILL');
    await waitForExit(first.child);

    const engine = await startEngine({ dbPath });
    await withClient(engine.uri, async (client) => {
      const db = client.db('app');
      expect((await db.collection('cases').findOne({ _id: 'c1' as never }))?.state).toBe('closed');
      expect(await db.collection('history').countDocuments()).toBe(50);
    });
    await engine.stop();
  });

  it('loses all of a transaction whose commit record was torn by a crash, and nothing before it', async () => {
    const dbPath = tempDir();
    const { uri, child } = await spawnEngineCli(dbPath);
    await withClient(uri, async (client) => {
      const db = client.db('app');
      await db.collection('cases').insertOne({ _id: 'c1' as never, state: 'open' });
      await client.withSession((session) =>
        session.withTransaction(async () => {
          await db.collection('cases').updateOne({ _id: 'c1' as never }, { $set: { state: 'closed' } }, { session });
          await db.collection('history').insertMany([{ step: 1 }, { step: 2 }], { session });
        }),
      );
    });
    child.kill('SIGKILL');
    await waitForExit(child);
    // The commit is the journal's last record; a crash halfway through writing it leaves it short.
    const journal = join(dbPath, 'journal.bin');
    truncateSync(journal, statSync(journal).size - 20);

    const lines: string[] = [];
    const engine = await startEngine({ dbPath, log: (line) => lines.push(line) });
    expect(lines.join('\n')).toMatch(/torn or corrupt journal record/);
    await withClient(engine.uri, async (client) => {
      const db = client.db('app');
      expect((await db.collection('cases').findOne({ _id: 'c1' as never }))?.state).toBe('open');
      expect(await db.collection('history').countDocuments()).toBe(0);
    });
    await engine.stop();
  });

  it('refuses a second engine on a data directory in use, and takes over the lock of a dead one', async () => {
    const dbPath = tempDir();
    const engine = await startEngine({ dbPath });
    await expect(startEngine({ dbPath })).rejects.toThrow(/in use by engine process/);
    await engine.stop();

    const { uri, child } = await spawnEngineCli(dbPath);
    await withClient(uri, (client) => client.db('app').collection('c').insertOne({ a: 1 }));
    child.kill('SIGKILL');
    await waitForExit(child);
    const lines: string[] = [];
    const next = await startEngine({ dbPath, log: (line) => lines.push(line) });
    expect(lines.join('\n')).toMatch(new RegExp(`taking over the lock .* from process ${child.pid}`));
    await withClient(next.uri, async (client) =>
      expect(await client.db('app').collection('c').countDocuments()).toBe(1),
    );
    await next.stop();
  });

  it('treats an unreadable lock file as stale', async () => {
    const dbPath = tempDir();
    writeFileSync(join(dbPath, 'engine.lock'), '');
    const engine = await startEngine({ dbPath });
    await engine.stop();
  });
});
