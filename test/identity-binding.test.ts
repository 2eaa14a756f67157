import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPLEMENTATIONS } from '../subgraphs/registry.js';
import type { Listening } from '../platform/server/http-server.js';
import { MAX_IDENTITY_TTL_MS, type Viewer } from '../platform/contract/identity.js';
import { loadSecrets } from '../platform/server/secrets.js';
import { SeenNonces } from '../platform/server/seen-nonces.js';
import { graphqlBody, identityHeaders } from './utils/identity.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * The gateway's signed identity is good for one HTTP request only: its method, path and exact body
 * bytes, once (a nonce), for at most 30 s, under the current or (while rotating) previous secret.
 * The audit's request id is always the gateway's; the caller's x-request-id travels as a
 * correlation id.
 */
let stack: TestStack;
const VIEWER: Viewer = { sub: 'identity-test', role: 'admin', jurisdiction: [], domains: [] };
const QUERY = '{ __typename }';

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
});
afterAll(async () => {
  await stack?.stop();
});

const economy = () => stack.subgraphUrls.economy;

async function post(url: string, headers: Record<string, string>, body = graphqlBody(QUERY), method = 'POST') {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' ? undefined : body,
  });
  const json = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    code: json.errors?.[0]?.extensions?.code,
    message: json.errors?.[0]?.message ?? '',
    data: json.data,
  };
}

function expectRefused(answer: Awaited<ReturnType<typeof post>>, reason: string): void {
  expect(answer.status).toBe(401);
  expect(answer.code).toBe('UNAUTHENTICATED');
  expect(answer.message).toContain(reason);
}

describe('identity: a signature binds one request', () => {
  it('identity: a captured header replayed to a subgraph is refused', async () => {
    const headers = identityHeaders(VIEWER, { url: economy(), body: graphqlBody(QUERY) }, stack.subgraphSecret);
    const first = await post(economy(), headers);
    expect(first.status).toBe(200);
    expect(first.data).toEqual({ __typename: 'Query' });
    expectRefused(await post(economy(), headers), 'replayed');
  });

  it('identity: the same header with another body, method or path is refused, and the genuine request still passes', async () => {
    const body = graphqlBody(QUERY);
    const headers = identityHeaders(VIEWER, { url: economy(), body }, stack.subgraphSecret);
    expectRefused(
      await post(economy(), headers, graphqlBody('{ __schema { queryType { name } } }')),
      'body digest mismatch',
    );
    expectRefused(await post(economy(), headers, `${body} `), 'body digest mismatch');
    expectRefused(
      await post(`${economy()}?query=${encodeURIComponent(QUERY)}`, headers, body, 'GET'),
      'method or path mismatch',
    );
    expectRefused(await post(`${economy()}?other=1`, headers, body), 'method or path mismatch');
    // Refused copies do not use up the nonce of the request they were copied from.
    expect((await post(economy(), headers, body)).status).toBe(200);
  });

  it('identity: an expired header, or one that lives longer than 30 s, is refused', async () => {
    const request = { url: economy(), body: graphqlBody(QUERY) };
    expectRefused(
      await post(
        economy(),
        identityHeaders(VIEWER, request, stack.subgraphSecret, { now: Date.now() - MAX_IDENTITY_TTL_MS - 1000 }),
      ),
      'expired',
    );
    expectRefused(
      await post(economy(), identityHeaders(VIEWER, request, stack.subgraphSecret, { now: Date.now() + 60_000 })),
      'lives longer than',
    );
    expect(() => identityHeaders(VIEWER, request, stack.subgraphSecret, { ttlMs: 60_000 })).toThrow('exceeds');
  });

  it('identity: a signature under the previous secret is accepted while configured and refused once it is removed', async () => {
    const previous = stack.subgraphSecret;
    const current = randomBytes(32).toString('base64url');
    const start = (subgraphSecretPrevious?: string): Promise<Listening> =>
      IMPLEMENTATIONS.economy
        .create({ connection: stack.connections.economy, subgraphSecret: current, subgraphSecretPrevious })
        .listen(0);
    const sign = (url: string, secret: string) => identityHeaders(VIEWER, { url, body: graphqlBody(QUERY) }, secret);

    const rotating = await start(previous);
    try {
      expect((await post(rotating.url, sign(rotating.url, previous))).status).toBe(200);
      expect((await post(rotating.url, sign(rotating.url, current))).status).toBe(200);
      expectRefused(
        await post(rotating.url, sign(rotating.url, 'neither-secret')),
        'invalid gateway identity signature',
      );
    } finally {
      await rotating.close(1000);
    }
    const rotated = await start();
    try {
      expectRefused(await post(rotated.url, sign(rotated.url, previous)), 'invalid gateway identity signature');
      expect((await post(rotated.url, sign(rotated.url, current))).status).toBe(200);
    } finally {
      await rotated.close(1000);
    }
  });

  it('identity: the seen-nonce set drops entries once their expiry has passed', () => {
    const nonces = new SeenNonces();
    const now = Date.now();
    for (let i = 0; i < 100; i++) expect(nonces.claim(`n${i}`, now + 1000, now)).toBe(true);
    expect(nonces.claim('n5', now + 1000, now + 10)).toBe(false);
    expect(nonces.claim('later', now + 5000, now + 2000)).toBe(true);
    expect(nonces.size).toBe(1);
  });

  it('identity: SUBGRAPH_SECRET_PREVIOUS is loaded next to SUBGRAPH_SECRET and refused alone or equal to it', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(32), SUBGRAPH_SECRET: 'new-secret' };
    expect(loadSecrets({ ...production, SUBGRAPH_SECRET_PREVIOUS: 'old-secret' })).toMatchObject({
      subgraphSecret: 'new-secret',
      subgraphSecretPrevious: 'old-secret',
    });
    expect(loadSecrets(production).subgraphSecretPrevious).toBeUndefined();
    expect(() => loadSecrets({ NODE_ENV: 'production', JWT_SECRET: 'j', SUBGRAPH_SECRET_PREVIOUS: 'old' })).toThrow(
      'SUBGRAPH_SECRET_PREVIOUS is set without SUBGRAPH_SECRET',
    );
    expect(() => loadSecrets({ ...production, SUBGRAPH_SECRET_PREVIOUS: 'new-secret' })).toThrow(
      'SUBGRAPH_SECRET_PREVIOUS equals SUBGRAPH_SECRET',
    );
  });
});

describe('identity: request and correlation ids', () => {
  const RESIDENTS = '{ residents(first: 2) { edges { node { id idNumber } } } }';

  it('identity: the gateway audits under its own request id, and carries and echoes the caller’s as the correlation id', async () => {
    const response = await stack.graphql<{ residents: { edges: unknown[] } }>(RESIDENTS, {
      token: await stack.token(ADMIN),
      headers: { 'x-request-id': 'dashboard:42.a_b-c' },
    });
    expect(response.body.errors).toBeUndefined();
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-correlation-id')).toBe('dashboard:42.a_b-c');
    const audits = stack.connections['civil-affairs'].collection('audit_records');
    expect(await audits.countDocuments({ requestId: 'dashboard:42.a_b-c' })).toBe(0);
    const written = await audits.find({ requestId }).toArray();
    expect(written.length).toBe(2);
    for (const row of written) expect(row.correlationId).toBe('dashboard:42.a_b-c');
  });

  it('identity: a bad correlation id is ignored', async () => {
    const token = await stack.token(ADMIN);
    for (const bad of ['has space', 'x'.repeat(129), 'semi;colon', 'üñí']) {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': bad },
        body: graphqlBody(QUERY),
      }).catch(() => undefined);
      // fetch itself refuses some header values; those never reach the gateway.
      if (!response) continue;
      expect(response.status).toBe(200);
      expect(response.headers.get('x-correlation-id'), bad).toBeNull();
      expect(response.headers.get('x-request-id'), bad).toMatch(/^[0-9a-f-]{36}$/);
    }
    const longest = await stack.graphql(QUERY, { token, headers: { 'x-request-id': 'y'.repeat(128) } });
    expect(longest.headers.get('x-correlation-id')).toBe('y'.repeat(128));
  });
});
