import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator, type TokenClaims } from '../gateway/auth.js';
import { composeSupergraph } from '../gateway/compose.js';
import { createGateway } from '../gateway/server.js';
import { loadPersistedDocuments, PERSISTED_DOCUMENTS_FILE, TrustedDocuments } from '../gateway/trusted-documents.js';
import type { Listening } from '../platform/server/http-server.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * Trusted documents: the typed client's manifest holds every operation it ships, the gateway runs
 * them by id over POST and GET (GET answers revalidated with an ETag), answers Apollo's APQ from
 * the manifest and from registered documents, and under PERSISTED_DOCUMENTS=require runs nothing
 * else for roles other than admin and analyst.
 */
const OPERATION_DIRS = ['schema/operations', 'gateway/client/operations'];
const manifest = loadPersistedDocuments();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let stack: TestStack;
let strict: Listening;
const worker: TokenClaims = {
  sub: 'td-worker',
  role: 'community_worker',
  jurisdiction: '410503001001',
  domains: ['civil-affairs'],
};
const analyst: TokenClaims = { sub: 'td-analyst', role: 'analyst', jurisdiction: '410503' };

function idOf(operationName: string): string {
  const found = [...manifest].find(([, document]) =>
    new RegExp(`\\b(query|mutation) ${operationName}\\b`).test(document),
  );
  if (!found) throw new Error(`${operationName} is not in the manifest`);
  return found[0];
}

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  strict = await createGateway({
    supergraphSdl: composeSupergraph(),
    subgraphUrls: stack.subgraphUrls,
    subgraphSecret: stack.subgraphSecret,
    authenticate: createAuthenticator({ jwtSecret: stack.jwtSecret }),
    trustedDocuments: new TrustedDocuments(manifest, 'require'),
  }).listen(0);
}, 120_000);
afterAll(async () => {
  await strict?.close();
  await stack?.stop();
});

async function post(url: string, claims: TokenClaims, body: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token(claims)}` },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, any>;
      errors?: { message: string; extensions: Record<string, unknown> }[];
    },
  };
}

describe('the manifest', () => {
  it('holds exactly the operations of schema/operations and gateway/client/operations, each under the SHA-256 of its text', () => {
    const names = OPERATION_DIRS.flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.graphql'))
        .flatMap((file) =>
          parse(readFileSync(join(dir, file), 'utf8')).definitions.flatMap((definition) =>
            definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
          ),
        ),
    );
    expect(names.length).toBeGreaterThanOrEqual(28 + 39);
    expect(manifest.size).toBe(names.length);
    for (const name of names) expect(idOf(name)).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const [id, document] of manifest) expect(id).toBe(`sha256:${sha256(document)}`);
    expect(PERSISTED_DOCUMENTS_FILE).toMatch(/gateway\/client\/__generated__\/persisted-documents\.json$/);
  });

  it('has every mutation of the supergraph in the client operations', () => {
    const supergraph = composeSupergraph();
    const mutations = [
      ...supergraph
        .slice(supergraph.indexOf('type Mutation'))
        .split('\n}')[0]
        .matchAll(/^ {2}([a-zA-Z]+)\(/gm),
    ].map((match) => match[1]);
    expect(mutations.length).toBeGreaterThan(30);
    const shipped = [...manifest.values()].join('\n');
    expect(mutations.filter((name) => !new RegExp(`\\{ ${name}\\(`).test(shipped))).toEqual([]);
  });
});

describe('documents by id', () => {
  it('POST { documentId } runs the trusted document: the same answer as its text', async () => {
    const id = idOf('BeiguanDibao');
    const byId = await post(stack.gatewayUrl, analyst, { documentId: id });
    const byText = await post(stack.gatewayUrl, analyst, { query: manifest.get(id) });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data!.district.name).toBe('北关区');
    expect(byId.body).toEqual(byText.body);
  });

  it('GET ?documentId= answers with cache-control private and an ETag; a matching If-None-Match gets 304', async () => {
    const url = new URL(stack.gatewayUrl);
    url.searchParams.set('documentId', idOf('BeiguanDibao'));
    url.searchParams.set('variables', JSON.stringify({ code: '410503' }));
    const headers = { authorization: `Bearer ${await stack.token(analyst)}`, 'apollo-require-preflight': 'true' };
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(((await first.json()) as { data: { district: { code: string } } }).data.district.code).toBe('410503');
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = new URL(url);
    changed.searchParams.set('variables', JSON.stringify({ code: '120116' }));
    expect((await fetch(changed, { headers: { ...headers, 'if-none-match': etag } })).status).toBe(200);
  });

  it('an unknown or malformed id is BAD_USER_INPUT naming documentId', async () => {
    for (const documentId of [`sha256:${'0'.repeat(64)}`, 'md5:abc', 42]) {
      const { status, body } = await post(stack.gatewayUrl, analyst, { documentId });
      expect(status).toBe(400);
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'documentId' });
    }
  });
});

describe('automatic persisted queries', () => {
  it('an unknown hash asks for the document, which registers it; the hash alone then runs; a wrong hash is refused', async () => {
    const query = `{ district(code: "410503") { code name } } # apq ${Date.now()}`;
    const hash = sha256(query);
    const apq = { persistedQuery: { version: 1, sha256Hash: hash } };
    const missing = await post(stack.gatewayUrl, worker, { extensions: apq });
    expect(missing.body.errors![0]).toMatchObject({ message: 'PersistedQueryNotFound' });
    const registered = await post(stack.gatewayUrl, worker, { query, extensions: apq });
    expect(registered.body).toEqual({ data: { district: { code: '410503', name: '北关区' } } });
    expect((await post(stack.gatewayUrl, worker, { extensions: apq })).body).toEqual(registered.body);
    const wrong = await post(stack.gatewayUrl, worker, { query: `${query} `, extensions: apq });
    expect(wrong.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'extensions.persistedQuery.sha256Hash',
    });
    // A manifest hash sent as APQ is the trusted document.
    const trusted = await post(stack.gatewayUrl, analyst, {
      extensions: { persistedQuery: { version: 1, sha256Hash: idOf('BeiguanDibao').slice(7) } },
    });
    expect(trusted.body.data!.district.name).toBe('北关区');
  });
});

describe('PERSISTED_DOCUMENTS=require', () => {
  const arbitrary = '{ district(code: "410503") { code } }';

  it('refuses documents of their own for officials, workers and services with FORBIDDEN naming the setting', async () => {
    for (const claims of [
      worker,
      { sub: 'td-service', role: 'service', jurisdiction: '410503' } as TokenClaims,
      { sub: 'td-street', role: 'street_official', jurisdiction: '410503001', domains: ['economy'] } as TokenClaims,
    ]) {
      const { status, body } = await post(strict.url, claims, { query: arbitrary });
      expect(status, claims.role).toBe(403);
      expect(body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', setting: 'PERSISTED_DOCUMENTS' });
      expect(body.errors![0].message).toContain('PERSISTED_DOCUMENTS=require');
    }
    // A registered APQ document is not a trusted one either.
    const query = `${arbitrary} # registered`;
    const apq = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    expect((await post(strict.url, worker, { query, extensions: apq })).status).toBe(403);
  });

  it('runs the trusted documents for them, and anything for admins and analysts', async () => {
    const byId = await post(strict.url, worker, { documentId: idOf('BeiguanDibao') });
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    for (const claims of [analyst, ADMIN]) {
      const { status, body } = await post(strict.url, claims, { query: arbitrary });
      expect(status, claims.role).toBe(200);
      expect(body.data).toEqual({ district: { code: '410503' } });
    }
  });
});
