import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { startEngine } from '../../engine/index.js';
import { boundCommandTime } from './command-time-limits.js';

export type DatabaseEngineKind = 'uri' | 'memory-server' | 'offline';

export interface DatabaseServer {
  uri: string;
  kind: DatabaseEngineKind;
  reason: string;
  stop(): Promise<void>;
}

interface ProvideDatabaseOptions {
  /** Persistent directory for the offline engine or mongod; omit to keep data in memory. */
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

const DOWNLOAD_TIMEOUT_MS = 10_000;
/** After a failed mongod download, skip further attempts for a while so every start is not 10 s slower. */
const DOWNLOAD_RETRY_AFTER_MS = 60 * 60 * 1000;
const DOWNLOAD_FAILED_MARKER = join(tmpdir(), 'street-governance-mongod-download-failed');

/**
 * THE database for subgraphs, seeder, CLIs and tests: `MONGODB_URI` if set, else a real mongod via
 * mongodb-memory-server when a binary can be had, else the offline engine. `MONGO_ENGINE` forces one.
 */
export async function provideDatabase(options: ProvideDatabaseOptions = {}): Promise<DatabaseServer> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const server = await choose(env, options.dataDir);
  log(`database: using ${server.kind} (${server.reason})`);
  return server;
}

async function choose(env: NodeJS.ProcessEnv, dataDir: string | undefined): Promise<DatabaseServer> {
  const forced = env.MONGO_ENGINE?.trim();
  if (forced && !['uri', 'memory-server', 'offline'].includes(forced)) {
    throw new Error(`MONGO_ENGINE must be uri, memory-server or offline (got "${forced}")`);
  }
  if (forced === 'uri' || (!forced && env.MONGODB_URI)) {
    if (!env.MONGODB_URI) throw new Error('MONGO_ENGINE=uri needs MONGODB_URI');
    return {
      uri: env.MONGODB_URI,
      kind: 'uri',
      reason: forced ? 'forced by MONGO_ENGINE=uri' : 'MONGODB_URI is set',
      stop: async () => {},
    };
  }
  if (forced === 'offline') return offline(dataDir, 'forced by MONGO_ENGINE=offline');
  const mongod = await findMongod(env, forced === 'memory-server');
  if (mongod.binary) return memoryServer(mongod.binary, dataDir, mongod.reason);
  if (forced === 'memory-server') throw new Error(`MONGO_ENGINE=memory-server but no mongod: ${mongod.reason}`);
  return offline(dataDir, mongod.reason);
}

/** A mongod binary: the configured one, one already cached, or a download that finishes quickly. */
async function findMongod(env: NodeJS.ProcessEnv, forced: boolean): Promise<{ binary?: string; reason: string }> {
  if (env.MONGOMS_SYSTEM_BINARY) {
    if (existsSync(env.MONGOMS_SYSTEM_BINARY))
      return { binary: env.MONGOMS_SYSTEM_BINARY, reason: 'MONGOMS_SYSTEM_BINARY is set' };
    return { reason: `MONGOMS_SYSTEM_BINARY ${env.MONGOMS_SYSTEM_BINARY} does not exist` };
  }
  const { DryMongoBinary, MongoBinary } = await import('mongodb-memory-server');
  const cached = await DryMongoBinary.locateBinary(await DryMongoBinary.generateOptions()).catch(() => undefined);
  if (cached) return { binary: cached, reason: `cached mongod at ${cached}` };
  if (!forced && recentDownloadFailure())
    return { reason: 'no mongod binary cached and a recent download attempt failed (offline?)' };
  try {
    const binary = await withTimeout(MongoBinary.getPath(), DOWNLOAD_TIMEOUT_MS);
    return { binary, reason: `downloaded mongod to ${binary}` };
  } catch (error) {
    writeFileSync(DOWNLOAD_FAILED_MARKER, String(Date.now()));
    return { reason: `no mongod binary cached and download failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

async function memoryServer(binary: string, dataDir: string | undefined, reason: string): Promise<DatabaseServer> {
  const { MongoMemoryReplSet } = await import('mongodb-memory-server');
  // A one-member replica set, so transactions work as in production.
  const dbPath = dataDir ? join(dataDir, 'mongod') : undefined;
  if (dbPath) mkdirSync(dbPath, { recursive: true });
  const replSet = await MongoMemoryReplSet.create({
    binary: { systemBinary: binary },
    replSet: { count: 1, storageEngine: 'wiredTiger' },
    instanceOpts: dbPath ? [{ dbPath }] : [],
  });
  return {
    uri: replSet.getUri(),
    kind: 'memory-server',
    reason,
    stop: async () => {
      await replSet.stop({ doCleanup: !dbPath });
    },
  };
}

async function offline(dataDir: string | undefined, reason: string): Promise<DatabaseServer> {
  const dbPath = dataDir ? join(dataDir, 'offline') : undefined;
  const engine = await startEngine({ dbPath, log: (line) => console.error(line) });
  return {
    uri: engine.uri,
    kind: 'offline',
    reason: `${reason}; offline engine${dbPath ? ` in ${dbPath}` : ' in memory'}`,
    stop: engine.stop,
  };
}

function recentDownloadFailure(): boolean {
  try {
    return Date.now() - Number(readFileSync(DOWNLOAD_FAILED_MARKER, 'utf8')) < DOWNLOAD_RETRY_AFTER_MS;
  } catch {
    return false;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface ConnectOptions {
  /** Command monitoring lets benchmarks and tests count round trips per request. */
  monitorCommands?: boolean;
}

/**
 * A mongoose connection to one subgraph's database, not yet opened. Filters are sanitised
 * (client-supplied objects cannot smuggle `$` operators) and unknown filter paths throw instead
 * of being silently dropped, which would widen a query.
 */
function configuredConnection(): mongoose.Connection {
  const connection = mongoose.createConnection();
  connection.plugin((schema: mongoose.Schema) => {
    const userSet = (schema as unknown as { _userProvidedOptions?: Record<string, unknown> })._userProvidedOptions;
    if (!userSet || !('strictQuery' in userSet)) schema.set('strictQuery', 'throw');
  });
  connection.plugin(boundCommandTime);
  return connection;
}

/** mongoose reads `bufferTimeoutMS` from the connection options but does not declare it there. */
type OpenOptions = mongoose.ConnectOptions & { bufferTimeoutMS: number };

function openOptions(dbName: string, options: ConnectOptions): OpenOptions {
  return {
    dbName,
    monitorCommands: options.monitorCommands ?? false,
    sanitizeFilter: true,
    // Selection fails fast when the server is down; a command issued while the connection is
    // down waits at most bufferTimeoutMS for it to come back instead of mongoose's 10 s.
    serverSelectionTimeoutMS: 5_000,
    connectTimeoutMS: 5_000,
    bufferTimeoutMS: 2_000,
  };
}

/** Opens the connection once; rejects when the database cannot be reached (seeders, tests). */
export async function connectDatabase(
  uri: string,
  dbName: string,
  options: ConnectOptions = {},
): Promise<mongoose.Connection> {
  return configuredConnection().openUri(uri, openOptions(dbName, options));
}

interface RetryingConnection {
  connection: mongoose.Connection;
  /** Resolves once the database has been reached. */
  ready: Promise<void>;
  /** Stops retrying and closes the connection. */
  close(): Promise<void>;
}

/**
 * Opens the connection in the background and retries with capped exponential backoff, so a
 * subgraph can listen (and answer not-ready on `/health`) while its database is still down.
 * Once open, the driver itself reconnects after an outage.
 */
export function connectDatabaseWithRetry(
  uri: string,
  dbName: string,
  options: ConnectOptions & { log?: (line: string) => void; maxDelayMs?: number } = {},
): RetryingConnection {
  const connection = configuredConnection();
  const log = options.log ?? ((line: string) => console.error(line));
  let closed = false;
  let wake: (() => void) | undefined;
  const ready = (async () => {
    for (let attempt = 1, delay = 250; !closed; attempt++, delay = Math.min(delay * 2, options.maxDelayMs ?? 10_000)) {
      try {
        await connection.openUri(uri, openOptions(dbName, options));
        return;
      } catch (error) {
        if (closed) return;
        log(`database ${dbName}: attempt ${attempt} failed (${(error as Error).name}); retrying in ${delay} ms`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, delay).unref();
        });
      }
    }
  })();
  return {
    connection,
    ready,
    async close() {
      closed = true;
      wake?.();
      await ready;
      await connection.close();
    },
  };
}
