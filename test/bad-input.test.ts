import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS, type Domain } from '../platform/contract/identity.js';
import { identityHeaders } from './utils/identity.js';
import { fingerprint, type Fingerprint } from './utils/fingerprint.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * A corpus of malformed and hostile requests sent to the gateway and to each of the four
 * subgraphs (with a valid signed identity, so the input reaches GraphQL parsing). Every case is
 * refused with a 4xx or answered with coded GraphQL errors (or, for well-formed requests with odd
 * strings, answered normally): never a 5xx, an uncoded error or a hang. After each case the
 * server still answers a normal query, and at the end all four databases are byte-for-byte as
 * before.
 */
interface Target {
  name: string;
  url: string;
  /** Headers for one request: a subgraph's identity is signed for its method and body. */
  headers(method: string, body: string | Buffer): Record<string, string>;
  /** A list field with a String filter and an Int `first`, so variables reach resolvers and the database. */
  stringQuery: string;
  intQuery: string;
}

interface Case {
  name: string;
  /** Raw body bytes or text, sent as is. */
  body: string | Buffer;
  contentType?: string;
  method?: string;
}

const CONNECTION: Record<Domain, { field: string; filter: string }> = {
  economy: { field: 'enterprises', filter: 'nameContains' },
  'civil-affairs': { field: 'divisions', filter: 'nameContains' },
  'party-building': { field: 'partyOrganizations', filter: 'nameContains' },
  'urban-management': { field: 'incidents', filter: 'titleContains' },
};

function queriesFor(domain: Domain): Pick<Target, 'stringQuery' | 'intQuery'> {
  const { field, filter } = CONNECTION[domain];
  return {
    stringQuery: `query ($s: String) { ${field}(first: 1, filter: { ${filter}: $s }) { totalCount } }`,
    intQuery: `query ($n: Int) { ${field}(first: $n) { totalCount } }`,
  };
}

const json = (value: unknown) => JSON.stringify(value);
const ODD_STRINGS: Array<[string, string]> = [
  ['emoji', '🏘️👨‍👩‍👧 社区'],
  ['RTL and zero-width marks', '\u202Eabc\u200F\u200B\u2066x'],
  ['a NUL character', 'a\u0000b'],
  ['regex metacharacters', '.*((([a-z]+)+)+$\\'],
  ['operator-shaped text', '{"$gt": ""}'],
  ['a 100 kB string', '街'.repeat(33_000)],
];

function corpus(target: Target): Case[] {
  const deep = (levels: number) => `{ ${'a { '.repeat(levels)}b${' }'.repeat(levels)} }`;
  const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  const fields = (count: number) => `{ ${'__typename '.repeat(count)}}`;
  return [
    { name: 'non-JSON body with a JSON content type', body: '{"query": "{ __typename }"' },
    { name: 'JSON with NaN', body: `{"query": ${json(target.intQuery)}, "variables": {"n": NaN}}` },
    { name: 'a JSON string instead of an object', body: json('{ __typename }') },
    { name: 'JSON null', body: 'null' },
    { name: 'an empty body', body: '' },
    { name: 'an empty object', body: '{}' },
    {
      name: 'plain text content type (CSRF-safe request refused)',
      body: json({ query: '{ __typename }' }),
      contentType: 'text/plain',
    },
    { name: 'form content type', body: 'query=%7B__typename%7D', contentType: 'application/x-www-form-urlencoded' },
    { name: 'no content type', body: json({ query: '{ __typename }' }), contentType: '' },
    { name: 'a 2 MB body', body: json({ query: `{ __typename }`, variables: { s: 'x'.repeat(2 * 1024 * 1024) } }) },
    { name: 'a PUT', body: json({ query: '{ __typename }' }), method: 'PUT' },
    { name: 'invalid GraphQL', body: json({ query: '{ __typename ' }) },
    { name: 'a query that is not a string', body: json({ query: { kind: 'Document' } }) },
    { name: 'an unknown field', body: json({ query: '{ noSuchField }' }) },
    { name: 'an unknown argument', body: json({ query: target.intQuery.replace('first: $n', 'first: $n, nope: 1') }) },
    { name: 'a string for an Int variable', body: json({ query: target.intQuery, variables: { n: 'ten' } }) },
    {
      name: 'an object for a String variable',
      body: json({ query: target.stringQuery, variables: { s: { $ne: null } } }),
    },
    { name: 'Int overflow in a variable', body: json({ query: target.intQuery, variables: { n: 2 ** 31 } }) },
    {
      name: 'Int overflow in a literal',
      body: json({ query: target.intQuery.replace('$n', '2147483648').replace('($n: Int) ', '') }),
    },
    { name: 'a huge number in a variable', body: `{"query": ${json(target.intQuery)}, "variables": {"n": 1e400}}` },
    { name: 'a fraction for an Int', body: json({ query: target.intQuery, variables: { n: 1.5 } }) },
    { name: 'a negative page size', body: json({ query: target.intQuery, variables: { n: -1 } }) },
    { name: 'variables that are not an object', body: json({ query: target.intQuery, variables: [1] }) },
    { name: 'a query nested 300 levels deep', body: json({ query: deep(300) }) },
    { name: 'a query nested 5000 levels deep', body: json({ query: deep(5000) }) },
    { name: '2000 aliases', body: json({ query: aliases(2000) }) },
    { name: '20000 repeated fields', body: json({ query: fields(20_000) }) },
    { name: 'a batch of operations', body: json([{ query: '{ __typename }' }, { query: '{ __typename }' }]) },
    {
      name: 'two operations without an operationName',
      body: json({ query: 'query A { __typename } query B { __typename }' }),
    },
    { name: 'a mutation the schema does not have', body: json({ query: 'mutation { __typename }' }) },
    { name: 'a subscription', body: json({ query: 'subscription { __typename }' }) },
    {
      name: 'a lone high surrogate (JSON escape)',
      body: `{"query": ${json(target.stringQuery)}, "variables": {"s": "\\ud800"}}`,
    },
    { name: 'a lone low surrogate in the query text', body: `{"query": "{ __typename } # \\udc00"}` },
    {
      name: 'invalid UTF-8 bytes',
      body: Buffer.concat([
        Buffer.from(`{"query": ${json(target.stringQuery)}, "variables": {"s": "`),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from('"}}'),
      ]),
    },
    ...ODD_STRINGS.map(([label, value]): Case => ({
      name: `a string with ${label}`,
      body: json({ query: target.stringQuery, variables: { s: value } }),
    })),
  ];
}

let stack: TestStack;
let targets: Target[];
let before: Fingerprint;

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  const token = await stack.token(ADMIN);
  targets = [
    {
      name: 'gateway',
      url: stack.gatewayUrl,
      headers: () => ({ authorization: `Bearer ${token}` }),
      ...queriesFor('economy'),
    },
    ...DOMAINS.map((domain): Target => ({
      name: domain,
      url: stack.subgraphUrls[domain],
      headers: (method, body) =>
        identityHeaders(
          { sub: 'bad-input', role: 'admin', jurisdiction: [], domains: [...DOMAINS] },
          { url: stack.subgraphUrls[domain], method, body },
          stack.subgraphSecret,
        ),
      ...queriesFor(domain),
    })),
  ];
  before = await fingerprint(stack.connections);
});

afterAll(async () => {
  await stack?.stop();
});

async function send(target: Target, request: Case): Promise<{ status: number; text: string }> {
  const contentType = request.contentType ?? 'application/json';
  const method = request.method ?? 'POST';
  const response = await fetch(target.url, {
    method,
    headers: { ...target.headers(method, request.body), ...(contentType ? { 'content-type': contentType } : {}) },
    body: typeof request.body === 'string' ? request.body : new Uint8Array(request.body),
    // A hang fails the case instead of stalling the suite.
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, text: await response.text() };
}

function errorsOf(text: string): Array<{ extensions?: { code?: unknown } }> {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return body?.errors ?? [];
  } catch {
    return [];
  }
}

describe('bad input: every case against the gateway and each subgraph', () => {
  it('the corpus is refused or answered with coded errors, the servers keep serving', async () => {
    const failures: string[] = [];
    expect(
      targets.map((target) => target.name),
      'the gateway and each subgraph',
    ).toEqual(['gateway', ...DOMAINS]);
    expect(DOMAINS).toHaveLength(4);
    for (const target of targets) {
      for (const request of corpus(target)) {
        const { status, text } = await send(target, request);
        const errors = errorsOf(text);
        const codes = errors.map((error) => error.extensions?.code);
        const where = `${target.name}: ${request.name}: HTTP ${status} ${text.slice(0, 160)}`;
        if (status >= 500) failures.push(`${where} (5xx)`);
        else if (status !== 200 && errors.length === 0) failures.push(`${where} (4xx without a GraphQL error)`);
        else if (codes.some((code) => typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR'))
          failures.push(`${where} (uncoded or internal error)`);
        const normal = await send(target, {
          name: 'normal',
          body: json({ query: target.intQuery, variables: { n: 1 } }),
        });
        if (normal.status !== 200 || errorsOf(normal.text).length > 0)
          failures.push(`${where}: then a normal query failed: ${normal.status} ${normal.text.slice(0, 160)}`);
      }
    }
    expect(failures.join('\n')).toBe('');
  });

  it('stored data is byte-for-byte unchanged in all four databases', async () => {
    expect(await fingerprint(stack.connections)).toEqual(before);
  });
});
