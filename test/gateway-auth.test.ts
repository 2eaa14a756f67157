import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlBody, identityHeaders } from './utils/identity.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/** Authentication at the gateway and the signed identity that is the subgraphs' only trust. */
let stack: TestStack;
const QUERY = '{ district(code: "410503") { code name } }';

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
});
afterAll(async () => {
  await stack?.stop();
});

describe('auth: gateway tokens', () => {
  it('accepts a valid admin token', async () => {
    const response = await stack.graphql(QUERY, { token: await stack.token(ADMIN) });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ district: { code: '410503', name: '北关区' } });
  });

  it('rejects an anonymous request with 401 UNAUTHENTICATED', async () => {
    const response = await stack.graphql(QUERY);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data ?? null).toBeNull();
  });

  it('rejects an expired token', async () => {
    const expired = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('late')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(stack.jwtSecret));
    const response = await stack.graphql(QUERY, { token: expired });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a token signed with another secret (forged)', async () => {
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-gateway-secret-but-long-enough'));
    const response = await stack.graphql(QUERY, { token: forged });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a token with the right secret but another algorithm, and alg none', async () => {
    const hs512 = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(stack.jwtSecret));
    const none = [
      Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url'),
      Buffer.from(
        JSON.stringify({ sub: 'mallory', role: 'admin', exp: Math.floor(Date.now() / 1000) + 3600 }),
      ).toString('base64url'),
      '',
    ].join('.');
    for (const token of [hs512, none, 'not.a.jwt']) {
      const response = await stack.graphql(QUERY, { token });
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('rejects a token whose claims name an unknown role', async () => {
    const token = await new SignJWT({ role: 'superuser', jurisdiction: '410503', domains: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(stack.jwtSecret));
    const response = await stack.graphql(QUERY, { token });
    expect(response.status).toBe(401);
  });
});

describe('auth: subgraphs trust only the gateway', () => {
  const civilAffairs = () => stack.subgraphUrls['civil-affairs'];

  it('rejects a direct call without the signed identity header', async () => {
    const response = await stack.graphql(QUERY, { url: civilAffairs() });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("rejects a direct call carrying a user's JWT", async () => {
    const response = await stack.graphql(QUERY, { url: civilAffairs(), token: await stack.token(ADMIN) });
    expect(response.status).toBe(401);
  });

  it('accepts a correctly signed identity once and rejects an expired, a replayed and a forged one', async () => {
    const viewer = { sub: 'gw', role: 'admin' as const, jurisdiction: [], domains: [] };
    const request = { url: civilAffairs(), body: graphqlBody(QUERY) };
    const fresh = identityHeaders(viewer, request, stack.subgraphSecret);
    const ok = await stack.graphql(QUERY, { url: civilAffairs(), headers: fresh });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({ district: { code: '410503', name: '北关区' } });

    const expired = identityHeaders(viewer, request, stack.subgraphSecret, { now: Date.now() - 120_000 });
    const late = await stack.graphql(QUERY, { url: civilAffairs(), headers: expired });
    expect(late.status).toBe(401);

    const replay = await stack.graphql(QUERY, { url: civilAffairs(), headers: fresh });
    expect(replay.status).toBe(401);

    const forged = await stack.graphql(QUERY, {
      url: civilAffairs(),
      headers: identityHeaders(viewer, request, 'another-secret'),
    });
    expect(forged.status).toBe(401);
  });
});
