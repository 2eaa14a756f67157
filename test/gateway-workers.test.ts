import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mintToken } from '../gateway/auth.js';

/**
 * GATEWAY_WORKERS=N (gateway/workers.ts): N gateway processes share one port through
 * node:cluster, SIGTERM to the primary stops them all with exit code 0, and a bad value is
 * refused at start.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

function startGateway(workers: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/gateway.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      GATEWAY_WORKERS: workers,
      PORT: '0',
      GRAPHIQL: 'disabled',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      SUBGRAPH_SECRET: randomBytes(32).toString('base64url'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => output.push(line));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = (count: number) =>
    new Promise<string[]>((resolve, reject) => {
      const urls: string[] = [];
      lines.on('line', (line) => {
        const match = /^gateway: (http:\/\/\S+\/graphql)/.exec(line);
        if (match && urls.push(match[1]) === count) resolve(urls);
      });
      void exited.then((code) => reject(new Error(`gateway exited with ${code}:\n${output.join('\n')}`)));
    });
  return { child, output, exited, listening };
}

describe('gateway workers', () => {
  it('runs two workers on one port and stops them all on SIGTERM with exit code 0', async () => {
    const gateway = startGateway('2');
    const urls = await gateway.listening(2);
    expect(new Set(urls).size).toBe(1);
    for (let i = 0; i < 4; i++) {
      const response = await fetch(new URL('/health', urls[0]));
      expect(response.status).toBe(200);
    }
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
  }, 60_000);

  it('shares one rate limit between the workers: a caller gets the burst of the machine, not one per worker', async () => {
    const jwtSecret = randomBytes(32).toString('base64url');
    const gateway = startGateway('2', { JWT_SECRET: jwtSecret, RATE_LIMITS: 'analyst=2/s' });
    try {
      const [url] = await gateway.listening(2);
      const token = await mintToken(jwtSecret, { sub: 'workers-analyst', role: 'analyst', jurisdiction: '410503' });
      // A fresh connection per request, so the primary spreads them over both workers.
      const statuses: number[] = [];
      const started = performance.now();
      for (let i = 0; i < 12; i++) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        statuses.push(response.status);
        await response.arrayBuffer();
      }
      const seconds = (performance.now() - started) / 1000;
      const refused = statuses.filter((status) => status === 429).length;
      // One bucket: its burst of 4 (2 s of 2/s) plus what refilled meanwhile. Per-worker buckets would let 8 or more through.
      const refilled = Math.floor(2 * seconds);
      expect(statuses.length - refused, `${statuses.join(' ')} in ${seconds.toFixed(2)} s`).toBeLessThanOrEqual(
        4 + refilled,
      );
      expect(refilled, 'the requests ran fast enough to tell one bucket from two').toBeLessThan(4);
      expect(statuses.length - refused).toBeGreaterThanOrEqual(4);
      expect(refused).toBeGreaterThanOrEqual(4);
    } finally {
      gateway.child.kill('SIGTERM');
      await gateway.exited;
    }
  }, 60_000);

  it('refuses a GATEWAY_WORKERS that is not a count', async () => {
    const gateway = startGateway('many');
    expect(await gateway.exited).toBe(1);
    expect(gateway.output.join('')).toContain('GATEWAY_WORKERS must be an integer from 1 to 64');
  }, 60_000);
});
