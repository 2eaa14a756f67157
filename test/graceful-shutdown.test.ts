import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mintToken } from '../gateway/auth.js';
import { startEngine } from '../engine/index.js';
import { identityHeaders } from './utils/identity.js';
import { startPausableProxy } from './utils/pausable-proxy.js';
import { eventually, spawnServer } from './utils/server-process.js';

/**
 * SIGTERM to the gateway and to a subgraph, each its own process, while a request is in flight
 * (held by a slow subgraph or a paused database link): the process stops accepting connections,
 * the request completes, and the exit code is 0.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'shutdown-'));
const secrets = {
  JWT_SECRET: randomBytes(32).toString('base64url'),
  SUBGRAPH_SECRET: randomBytes(32).toString('base64url'),
};
const cleanups: Array<() => Promise<unknown> | unknown> = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

async function refusesConnections(url: string): Promise<boolean> {
  try {
    await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1000) });
    return false;
  } catch (error) {
    return (error as Error & { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  }
}

/** A stand-in economy subgraph that holds every GraphQL request until released. */
async function startHeldSubgraph(): Promise<{
  url: string;
  received: () => number;
  release: () => void;
  server: Server;
}> {
  const waiting: ServerResponse[] = [];
  let received = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      received++;
      waiting.push(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received: () => received,
    release: () => {
      for (const res of waiting.splice(0))
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data: { enterprises: { totalCount: 7 } } }));
    },
    server,
  };
}

describe('shutdown: SIGTERM with a request in flight', () => {
  it('the gateway stops accepting, completes the request and exits 0', async () => {
    const economy = await startHeldSubgraph();
    cleanups.push(() => new Promise((resolve) => economy.server.close(resolve)));
    const gateway = await spawnServer('cli/gateway.ts', [], {
      ...secrets,
      PORT: '0',
      DATA_DIR: dataDir,
      ECONOMY_URL: economy.url,
      SHUTDOWN_TIMEOUT_MS: '20000',
    });
    cleanups.push(() => gateway.child.kill('SIGKILL'));
    const token = await mintToken(secrets.JWT_SECRET, { sub: 'shutdown-test', role: 'admin' });
    const inFlight = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ enterprises(first: 1) { totalCount } }' }),
    });
    await eventually('the economy stand-in holds the request', async () => economy.received() === 1);
    gateway.child.kill('SIGTERM');
    await eventually('the gateway refuses new connections', () => refusesConnections(gateway.url));
    economy.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { enterprises: { totalCount: 7 } } });
    expect(await gateway.exited).toBe(0);
  });

  it('a subgraph stops accepting, completes the request, closes its database and exits 0', async () => {
    const engine = await startEngine();
    cleanups.push(() => engine.stop());
    const proxy = await startPausableProxy(engine.port);
    cleanups.push(() => proxy.close());
    const subgraph = await spawnServer('cli/subgraph.ts', ['economy'], {
      ...secrets,
      MONGODB_URI: proxy.uri,
      PORT: '0',
      DATA_DIR: dataDir,
      SHUTDOWN_TIMEOUT_MS: '20000',
    });
    cleanups.push(() => subgraph.child.kill('SIGKILL'));
    await eventually(
      'the subgraph reaches its database',
      async () => (await fetch(new URL('/health', subgraph.url))).status === 200,
    );
    proxy.pause();
    const body = JSON.stringify({ query: '{ enterprises(first: 1) { totalCount } }' });
    const inFlight = fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...identityHeaders(
          { sub: 'shutdown-test', role: 'admin', jurisdiction: [], domains: ['economy'] },
          { url: subgraph.url, body },
          secrets.SUBGRAPH_SECRET,
        ),
      },
      body,
    });
    await eventually('the query reaches the paused database link', async () => proxy.held > 0);
    subgraph.child.kill('SIGTERM');
    await eventually('the subgraph refuses new connections', () => refusesConnections(subgraph.url));
    proxy.resume();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { enterprises: { totalCount: 0 } } });
    expect(await subgraph.exited).toBe(0);
    expect(subgraph.output.join('\n')).toContain('SIGTERM, finishing in-flight requests');
  });
});
