import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './utils/stack.js';

/**
 * Browser-facing hygiene over HTTP: GraphiQL's Content-Security-Policy allows exactly its own
 * inline scripts (by hash), every gateway response carries the anti-framing and no-sniff headers,
 * `/health` tells the public nothing but a status, and subgraphs serve no landing page.
 * (That the page still works under the policy was checked by hand in headless Chromium.)
 */
let stack: TestStack;
const gateway = (path: string) => stack.gatewayUrl.replace(/\/graphql$/, path);

beforeAll(async () => {
  stack = await startTestStack({ seed: false });
});
afterAll(async () => {
  await stack?.stop();
});

/** script-src's sources, split from the policy header. */
function directive(policy: string, name: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found ? found.slice(1) : [];
}

describe('gateway: GraphiQL Content-Security-Policy', () => {
  it('lists a sha256 hash for every inline script and allows no inline or eval script', async () => {
    const response = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    const policy = response.headers.get('content-security-policy') ?? '';
    const html = await response.text();
    // Written independently of gateway/graphiql.ts: every <script> start, up to its </script>.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)]
      .filter((match) => !/\bsrc\s*=/i.test(match[1]))
      .map((match) => match[2]);
    expect(scripts.length).toBeGreaterThan(0);
    const scriptSrc = directive(policy, 'script-src');
    for (const script of scripts)
      expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(scriptSrc.filter((source) => !source.startsWith("'sha256-"))).toEqual([]);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directive(policy, 'worker-src')).toEqual(["'self'", 'blob:']);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
    for (const name of ['frame-ancestors', 'object-src', 'base-uri'])
      expect(directive(policy, name)).toEqual(["'none'"]);
  });

  it('sends X-Frame-Options, nosniff and no-referrer on every response, JSON and errors too', async () => {
    const responses = [
      await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } }),
      await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
      await fetch(gateway('/health')),
      await fetch(gateway('/no-such-path')),
      await fetch(gateway('/export.csv')),
    ];
    for (const response of responses) {
      expect([
        response.url,
        response.headers.get('x-frame-options'),
        response.headers.get('x-content-type-options'),
        response.headers.get('referrer-policy'),
      ]).toEqual([response.url, 'DENY', 'nosniff', 'no-referrer']);
    }
  });
});

describe('gateway: health', () => {
  it('public /health answers its status only: no subgraph names or URLs', async () => {
    const response = await fetch(gateway('/health'));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: 'ok' });
    expect(text).not.toMatch(/127\.0\.0\.1|economy|http/);
  });

  it('/health/details needs an admin token: 401 without a valid one, 403 for another role', async () => {
    const none = await fetch(gateway('/health/details'));
    expect(none.status).toBe(401);
    expect(((await none.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const forged = await fetch(gateway('/health/details'), { headers: { authorization: 'Bearer not-a-jwt' } });
    expect(forged.status).toBe(401);
    const analyst = await stack.token({ sub: 'analyst', role: 'analyst', jurisdiction: '410503', domains: [] });
    const refused = await fetch(gateway('/health/details'), { headers: { authorization: `Bearer ${analyst}` } });
    expect(refused.status).toBe(403);
    expect(
      ((await refused.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
    ).toBe('FORBIDDEN');
  });
});

describe('subgraphs: no landing page', () => {
  it('answers a browser GET on /graphql with a JSON error, not an HTML page', async () => {
    expect(Object.keys(stack.subgraphUrls).sort(), 'the four subgraphs').toEqual([
      'civil-affairs',
      'economy',
      'party-building',
      'urban-management',
    ]);
    for (const url of Object.values(stack.subgraphUrls)) {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      expect([400, 404]).toContain(response.status);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.text()).not.toMatch(/<html|<script/i);
    }
  });

  it('a subgraph /health names its service and database state, no URLs', async () => {
    const text = await (await fetch(stack.subgraphUrls.economy.replace('/graphql', '/health'))).text();
    expect(JSON.parse(text)).toEqual({ status: 'ok', service: 'economy', database: 'up' });
  });
});
