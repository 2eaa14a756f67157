import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BURST_SECONDS,
  clientAddress,
  DEFAULT_RATE_LIMITS,
  LocalRateLimiter,
  parseRateLimits,
  parseTrustedProxies,
} from '../gateway/rate-limits.js';
import { ConfigError } from '../platform/server/secrets.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';
import type { IncomingMessage } from 'node:http';

/**
 * Rate limits per caller: the token bucket's guarantees over generated request times, the
 * configuration, and the gateway over HTTP (429, retry-after, RATE_LIMITED; per subject, per
 * client address for callers without a token, X-Forwarded-For only from trusted proxies).
 */
describe('token bucket', () => {
  const schedule = fc.record({
    rate: fc.integer({ min: 1, max: 50 }),
    gaps: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 300 }),
  });

  it('never lets through more than the burst plus the rate times the elapsed time', () => {
    fc.assert(
      fc.property(schedule, ({ rate, gaps }) => {
        let now = 0;
        const limiter = new LocalRateLimiter(() => now);
        const allowedAt: number[] = [];
        for (const gap of gaps) {
          now += gap;
          if (limiter.takeNow('caller', rate).allowed) allowedAt.push(now);
        }
        // Over every window between two allowed requests: at most burst + rate × window.
        for (let i = 0; i < allowedAt.length; i++) {
          for (let j = i; j < allowedAt.length; j += Math.max(1, Math.floor(allowedAt.length / 20))) {
            expect(j - i + 1).toBeLessThanOrEqual(
              rate * BURST_SECONDS + (rate * (allowedAt[j] - allowedAt[i])) / 1000 + 1e-9,
            );
          }
        }
      }),
      { numRuns: 200, seed: 17 },
    );
  });

  it('never refuses a caller who stays at or under the rate, and a refusal says when to retry', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 500 }), (rate, count) => {
        let now = 0;
        const limiter = new LocalRateLimiter(() => now);
        for (let i = 0; i < count; i++) {
          expect(limiter.takeNow('steady', rate).allowed).toBe(true);
          now += 1000 / rate;
        }
        // A burst past the bucket is refused, with a retry-after that is then honoured.
        now += BURST_SECONDS * 1000;
        let refusal = limiter.takeNow('steady', rate);
        let taken = 0;
        while (refusal.allowed) {
          taken += 1;
          refusal = limiter.takeNow('steady', rate);
        }
        expect(taken).toBe(rate * BURST_SECONDS);
        expect(refusal.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        now += refusal.retryAfterSeconds * 1000;
        expect(limiter.takeNow('steady', rate).allowed).toBe(true);
      }),
      { numRuns: 100, seed: 18 },
    );
  });

  it('keeps callers apart', () => {
    const now = 0;
    const limiter = new LocalRateLimiter(() => now);
    for (let i = 0; i < 4; i++) limiter.takeNow('a', 2);
    expect(limiter.takeNow('a', 2).allowed).toBe(false);
    expect(limiter.takeNow('b', 2).allowed).toBe(true);
  });
});

describe('RATE_LIMITS and TRUSTED_PROXIES', () => {
  it('defaults for every role, admin unlimited; names override; off disables', () => {
    expect(parseRateLimits(undefined)).toEqual(DEFAULT_RATE_LIMITS);
    expect(DEFAULT_RATE_LIMITS.admin).toBeNull();
    expect(parseRateLimits('analyst=5/s, community_worker=20/s')).toEqual({
      ...DEFAULT_RATE_LIMITS,
      analyst: 5,
      community_worker: 20,
    });
    expect(parseRateLimits('admin=600/m,anonymous=1/s')).toEqual({ ...DEFAULT_RATE_LIMITS, admin: 10, anonymous: 1 });
    expect(parseRateLimits('service=unlimited')).toEqual({ ...DEFAULT_RATE_LIMITS, service: null });
    expect(parseRateLimits('off')).toBeNull();
  });

  it.each(['analyst', 'analyst=5', 'analyst=5/d', 'mayor=5/s', 'analyst=0/s', 'analyst=-1/s'])(
    'refuses %s naming the variable',
    (value) => {
      expect(() => parseRateLimits(value)).toThrow(ConfigError);
      expect(() => parseRateLimits(value)).toThrow(/RATE_LIMITS/);
    },
  );

  it('reads X-Forwarded-For only from trusted proxies, right to left', () => {
    const request = (peer: string, forwarded?: string) =>
      ({
        socket: { remoteAddress: peer },
        headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
      }) as unknown as IncomingMessage;
    expect(clientAddress(request('10.0.0.9', '1.2.3.4'), [])).toBe('10.0.0.9');
    expect(clientAddress(request('::ffff:10.0.0.1', '6.6.6.6, 1.2.3.4'), ['10.0.0.1'])).toBe('1.2.3.4');
    expect(clientAddress(request('10.0.0.1', '1.2.3.4, 10.0.0.2'), ['10.0.0.1', '10.0.0.2'])).toBe('1.2.3.4');
    expect(clientAddress(request('10.0.0.1'), ['10.0.0.1'])).toBe('10.0.0.1');
    expect(() => parseTrustedProxies('10.0.0.1, proxy.local')).toThrow(/TRUSTED_PROXIES/);
  });
});

describe('rate limits through the gateway', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      seed: false,
      gateway: { rateLimits: { ...DEFAULT_RATE_LIMITS, analyst: 3, anonymous: 2 }, trustedProxies: ['127.0.0.1'] },
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  const post = (headers: Record<string, string>) =>
    fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('an analyst past the burst gets 429, retry-after and RATE_LIMITED; another analyst and an admin are not affected', async () => {
    const token = await stack.token({ sub: 'busy-analyst', role: 'analyst', jurisdiction: '410503' });
    const statuses: number[] = [];
    let refused: Response | null = null;
    for (let i = 0; i < 10 && !refused; i++) {
      const response = await post({ authorization: `Bearer ${token}` });
      statuses.push(response.status);
      if (response.status === 429) refused = response;
      else await response.arrayBuffer();
    }
    expect(refused, statuses.join(' ')).not.toBeNull();
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(3 * BURST_SECONDS);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused!.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3 });
    expect(body.errors[0].message).toContain('busy-analyst');
    const other = await post({
      authorization: `Bearer ${await stack.token({ sub: 'calm-analyst', role: 'analyst', jurisdiction: '410503' })}`,
    });
    expect(other.status).toBe(200);
    const adminToken = await stack.token(ADMIN);
    for (let i = 0; i < 30; i++) expect((await post({ authorization: `Bearer ${adminToken}` })).status).toBe(200);
  });

  it('callers without a token are limited per client address; X-Forwarded-For from a trusted proxy names the client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await post({ 'x-forwarded-for': '203.0.113.7' })).status);
    expect(statuses.slice(0, 2 * BURST_SECONDS)).toEqual(Array(2 * BURST_SECONDS).fill(401));
    expect(statuses).toContain(429);
    // Another client behind the same (trusted) proxy has its own bucket.
    expect((await post({ 'x-forwarded-for': '203.0.113.8' })).status).toBe(401);
  });
});
