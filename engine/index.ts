import { DatabaseStore } from './database-store.js';
import { Journal } from './journal.js';
import { EngineServer } from './server.js';

export interface EngineOptions {
  /** 0 (default) picks an ephemeral port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Directory for the journal and snapshot; omit to keep everything in memory. */
  dbPath?: string;
  log?: (line: string) => void;
}

export interface RunningEngine {
  uri: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts the offline MongoDB-compatible engine and resolves once it accepts connections. */
export async function startEngine(options: EngineOptions = {}): Promise<RunningEngine> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const store = new DatabaseStore();
  const journal = options.dbPath ? new Journal(options.dbPath, log) : null;
  journal?.load(store);
  const identity = { host, port: options.port ?? 0, startedAt: new Date() };
  const server = new EngineServer({ store, journal, identity, log });
  const port = await server.listen(host, options.port ?? 0);
  identity.port = port;
  let stopped: Promise<void> | undefined;
  return {
    uri: `mongodb://${host}:${port}`,
    port,
    stop: () =>
      (stopped ??= server.close().then(() => {
        journal?.close(store);
      })),
  };
}
