import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../engine/index.js';
import { IMPLEMENTATIONS } from '../subgraphs/registry.js';
import { runMigrations } from '../platform/server/migrations.js';
import { connectDatabase } from '../platform/server/database.js';
import type { Viewer } from '../platform/contract/identity.js';
import { identityHeaders } from './utils/identity.js';
import { fingerprint, type Fingerprint } from './utils/fingerprint.js';
import { eventually, spawnServer, type ServerProcess } from './utils/server-process.js';

/**
 * The economy subgraph as its own process against the offline engine on a fixed port, which the
 * test stops and starts again (same data directory): the subgraph starts without its database,
 * says not-ready, answers UNAVAILABLE instead of hanging, and serves again when it returns.
 */
const ADMIN_VIEWER: Viewer = { sub: 'outage-test', role: 'admin', jurisdiction: [], domains: ['economy'] };
const QUERY = '{ enterprises(first: 1) { totalCount } }';

const dataDir = mkdtempSync(join(tmpdir(), 'outage-'));
const dbPath = join(dataDir, 'db');
const subgraphSecret = randomBytes(32).toString('base64url');
let port: number;
let engine: RunningEngine | undefined;
let subgraph: ServerProcess;
let stored: Fingerprint;

async function startEngineOnPort(): Promise<void> {
  engine = await startEngine({ dbPath, port });
}

async function stopEngine(): Promise<void> {
  await engine?.stop();
  engine = undefined;
}

async function query(): Promise<{
  status: number;
  body: {
    data?: { enterprises: { totalCount: number } | null } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
}> {
  const body = JSON.stringify({ query: QUERY });
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...identityHeaders(ADMIN_VIEWER, { url: subgraph.url, body }, subgraphSecret),
    },
    body,
    // A hang fails the test instead of stalling it.
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, body: await response.json() };
}

async function healthStatus(): Promise<number> {
  return (await fetch(new URL('/health', subgraph.url), { signal: AbortSignal.timeout(5000) })).status;
}

async function storedFingerprint(): Promise<Fingerprint> {
  const connection = await connectDatabase(engine!.uri, 'economy');
  try {
    return await fingerprint({ economy: connection });
  } finally {
    await connection.close();
  }
}

/**
 * A fixed port outside Linux's ephemeral range (32768-60999): while the engine is stopped, no
 * process listening on port 0 can be handed it, so the restart gets it back.
 */
async function startEngineOnFreeFixedPort(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    port = 20_000 + Math.floor(Math.random() * 12_000);
    try {
      return await startEngineOnPort();
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE' || attempt === 20) throw error;
    }
  }
}

beforeAll(async () => {
  await startEngineOnFreeFixedPort();
  const connection = await connectDatabase(engine!.uri, 'economy');
  await IMPLEMENTATIONS.economy.seed(connection, { scale: 1, seed: 20201130 });
  // As a started subgraph does once its database answers (idempotent): the baseline includes them.
  await runMigrations(connection);
  await connection.close();
  stored = await storedFingerprint();
  await stopEngine();
  subgraph = await spawnServer('cli/subgraph.ts', ['economy'], {
    MONGODB_URI: `mongodb://127.0.0.1:${port}/?directConnection=true`,
    SUBGRAPH_SECRET: subgraphSecret,
    PORT: '0',
    DATA_DIR: dataDir,
    NODE_ENV: 'development',
  });
});

afterAll(async () => {
  subgraph?.child.kill('SIGKILL');
  await stopEngine();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('database outage: a subgraph and its database', () => {
  it('starts listening without its database: /health 503 and queries UNAVAILABLE, not an exit', async () => {
    expect(await healthStatus()).toBe(503);
    const response = await query();
    expect(response.status).toBe(503);
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
    expect(subgraph.child.exitCode).toBeNull();
  });

  it('connects once the database comes up and serves the stored data', async () => {
    await startEngineOnPort();
    await eventually('subgraph /health 200', async () => (await healthStatus()) === 200);
    const response = await query();
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.enterprises?.totalCount).toBe(stored['economy.enterprises'].count);
  });

  it('answers UNAVAILABLE (no hang) while the database is down mid-run, and resumes when it returns', async () => {
    await stopEngine();
    const during = await query();
    expect(during.body.errors?.length).toBeGreaterThan(0);
    expect(during.body.errors?.every((error) => error.extensions?.code === 'UNAVAILABLE')).toBe(true);
    expect(await healthStatus()).toBe(503);
    await startEngineOnPort();
    await eventually(
      'query succeeds again',
      async () => (await query()).body.data?.enterprises?.totalCount === stored['economy.enterprises'].count,
    );
  });

  it('leaves the stored data byte-for-byte as it was (no half-written data)', async () => {
    expect(await storedFingerprint()).toEqual(stored);
  });

  it('exits 0 on SIGTERM', async () => {
    subgraph.child.kill('SIGTERM');
    expect(await subgraph.exited).toBe(0);
  });
});
