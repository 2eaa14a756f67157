import { lockDataDirectory } from './data-lock.js';
import { DatabaseStore } from './database-store.js';
import { Journal } from './journal.js';
import { EngineServer } from './server.js';
import { SessionRegistry } from './transactions/sessions.js';

interface EngineOptions {
  /** 0 (default) picks an ephemeral port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Directory for the journal and snapshot; omit to keep everything in memory. */
  dbPath?: string;
  /** Open transactions older than this are aborted (MongoDB's transactionLifetimeLimitSeconds, 60 s). */
  transactionLifetimeMs?: number;
  log?: (line: string) => void;
}

export interface RunningEngine {
  uri: string;
  port: number;
  stop(): Promise<void>;
}

/** The replica-set name announced in hello: drivers only use sessions' transactions on replica sets. */
const REPLICA_SET_NAME = 'offline';

/** Starts the offline MongoDB-compatible engine and resolves once it accepts connections. */
export async function startEngine(options: EngineOptions = {}): Promise<RunningEngine> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const lock = options.dbPath ? lockDataDirectory(options.dbPath, log) : null;
  try {
    const store = new DatabaseStore();
    const journal = options.dbPath ? new Journal(options.dbPath, log) : null;
    journal?.load(store);
    // `hosts`/`me` must name the address clients dial, or the driver drops the member from the set.
    const identity = {
      host: announcedHost(host),
      port: options.port ?? 0,
      replicaSetName: REPLICA_SET_NAME,
      startedAt: new Date(),
    };
    const sessions = new SessionRegistry(store, { transactionLifetimeMs: options.transactionLifetimeMs ?? 60_000 });
    const server = new EngineServer({ store, journal, identity, log, sessions });
    const port = await server.listen(host, options.port ?? 0);
    identity.port = port;
    let stopped: Promise<void> | undefined;
    return {
      uri: `mongodb://${identity.host}:${port}`,
      port,
      stop: () =>
        (stopped ??= server.close().then(() => {
          journal?.close(store);
          lock?.release();
        })),
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** A wildcard listen address is not one a client can dial; announce loopback instead. */
function announcedHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
}
