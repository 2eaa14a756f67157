import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_FILE } from '../gateway/compose.js';
import { loadOperations } from '../gateway/graphiql.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ seed: false });
});
afterAll(async () => {
  await stack?.stop();
});

/** Attribute and CSS references that make a browser fetch something: none may leave the machine. */
function externalResources(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\b(?:src|href)\s*=\s*["']\s*((?:https?:)?\/\/[^"']+)/gi)) found.push(match[1]);
  for (const match of html.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^)"']+)/gi)) found.push(match[1]);
  for (const match of html.matchAll(/@import\s+["']((?:https?:)?\/\/[^"']+)/gi)) found.push(match[1]);
  for (const match of html.matchAll(/\bimport\(\s*["']((?:https?:)?\/\/[^"']+)/gi)) found.push(match[1]);
  return found;
}

describe('gateway: GraphiQL offline', () => {
  it('serves a self-contained GraphiQL page with the analysts operations preloaded', async () => {
    const response = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('graphiql');
    expect(externalResources(html)).toEqual([]);
    const operations = loadOperations();
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) expect(html).toContain(JSON.stringify(operation.query).slice(1, 60));
  });

  it('detects an external script when one is present (the check itself can fail)', () => {
    expect(
      externalResources('<script src="https://cdn.example.com/x.js"></script><link href="//fonts.example.com/a.css">'),
    ).toHaveLength(2);
  });
});

describe('gateway: health', () => {
  it('reports each subgraph reachable (to an admin, on /health/details)', async () => {
    const response = await fetch(stack.gatewayUrl.replace('/graphql', '/health/details'), {
      headers: { authorization: `Bearer ${await stack.token(ADMIN)}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; subgraphs: Array<{ name: string; status: string }> };
    expect(body.status).toBe('ok');
    expect(body.subgraphs.map((s) => s.name).sort()).toEqual([
      'civil-affairs',
      'economy',
      'party-building',
      'urban-management',
    ]);
    expect(body.subgraphs.every((s) => s.status === 'ok')).toBe(true);
  });

  it('each subgraph answers its own /health', async () => {
    expect(Object.keys(stack.subgraphUrls).sort(), 'the four subgraphs').toEqual([
      'civil-affairs',
      'economy',
      'party-building',
      'urban-management',
    ]);
    for (const url of Object.values(stack.subgraphUrls)) {
      const response = await fetch(url.replace('/graphql', '/health'));
      expect(response.status).toBe(200);
      expect(((await response.json()) as { database: string }).database).toBe('up');
    }
  });
});

describe('gateway: supergraph file', () => {
  it('the checked-in schema/supergraph.graphql is what `npm run compose` produces', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });
});

describe('gateway: request handling', () => {
  it('answers malformed JSON with 400 and a code, then keeps serving', async () => {
    const bad = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
    const good = await stack.graphql('{ __typename }', { token: await stack.token(ADMIN) });
    expect(good.body.data).toEqual({ __typename: 'Query' });
  });

  it('answers with its own request id always, and echoes the caller’s as x-correlation-id', async () => {
    const token = await stack.token(ADMIN);
    const given = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': 'dashboard-0042',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(given.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(given.headers.get('x-correlation-id')).toBe('dashboard-0042');
    const made = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers.get('x-correlation-id')).toBeNull();
  });

  it('refuses a body over the limit with 413', async () => {
    const huge = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    expect(response.status).toBe(413);
  });
});
