import { afterAll, beforeAll } from 'vitest';
import { MongoClient, type Db } from 'mongodb';
import { startEngine } from '../../engine/index.js';
import { provideDatabase } from '../../platform/server/database.js';

/** A server the conformance scenarios run against. */
interface EngineTarget {
  name: string;
  start(): Promise<{ uri: string; stop(): Promise<void> }>;
}

/**
 * The offline engine always; real MongoDB too when the environment offers one, so scenarios pin the
 * engine to MongoDB's behaviour rather than to itself.
 */
export function engineTargets(): EngineTarget[] {
  const targets: EngineTarget[] = [{ name: 'offline engine', start: () => startEngine() }];
  if (process.env.MONGODB_URI) {
    targets.push({
      name: 'MongoDB (MONGODB_URI)',
      start: async () => ({ uri: process.env.MONGODB_URI!, stop: async () => {} }),
    });
  } else if (process.env.MONGOMS_SYSTEM_BINARY) {
    targets.push({
      name: 'MongoDB (memory-server)',
      start: () => provideDatabase({ env: { ...process.env, MONGO_ENGINE: 'memory-server' }, log: () => {} }),
    });
  }
  return targets;
}

/** A database name unique to one test run, so runs against a shared real server do not collide. */
function uniqueDbName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}`;
}

/** What a scenario block gets from `useTarget`; read the fields inside tests (they are set in beforeAll). */
interface TargetConnection {
  uri: string;
  client: MongoClient;
  db: Db;
}

/**
 * Starts `target` for the enclosing describe block with a connected client and a database unique to
 * the run; drops the database and stops the target afterwards.
 */
export function useTarget(target: EngineTarget, prefix: string): TargetConnection {
  const connection = {} as TargetConnection;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await target.start();
    stop = () => server.stop();
    connection.uri = server.uri;
    connection.client = await MongoClient.connect(server.uri, { serverSelectionTimeoutMS: 5000 });
    connection.db = connection.client.db(uniqueDbName(prefix));
  });
  afterAll(async () => {
    await connection.db?.dropDatabase().catch(() => {});
    await connection.client?.close();
    await stop?.();
  });
  return connection;
}
