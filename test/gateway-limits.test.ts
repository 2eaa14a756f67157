import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildSchema, getNamedType, getOperationAST, isEnumType, isObjectType, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../gateway/auth.js';
import { composeSupergraph } from '../gateway/compose.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { DEFAULT_QUERY_LIMITS, operationCost } from '../gateway/limits.js';
import { createGateway } from '../gateway/server.js';
import { dimensionRows } from '../gateway/statistics-cost.js';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import type { Listening } from '../platform/server/http-server.js';
import { ADMIN, startTestStack, type GraphQLResponse } from './utils/stack.js';

/**
 * Limits are checked before the query plan runs, so these gateways point every subgraph at one
 * counting server that answers with an error: a rejected query must leave its counter at zero,
 * and a query that passes the limits reaches it (and fails there, not at a limit).
 */
let subgraphCalls = 0;
let fakeSubgraph: Server;
let fakeSubgraphUrl: string;
let development: Listening;
let production: Listening;

async function startGateway(options: { production: boolean }): Promise<Listening> {
  return createGateway({
    supergraphSdl: composeSupergraph(),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.name, fakeSubgraphUrl])),
    subgraphSecret: 'limits-test-subgraph-secret-0123456789',
    authenticate: createAuthenticator({ disabled: true }),
    introspection: !options.production,
    graphiql: !options.production,
    fieldSuggestions: !options.production,
  }).listen(0);
}

beforeAll(async () => {
  fakeSubgraph = createServer((req, res) => {
    subgraphCalls += 1;
    req.resume();
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"errors":[{"message":"fake subgraph"}]}');
  });
  await new Promise<void>((resolve) => fakeSubgraph.listen(0, '127.0.0.1', resolve));
  fakeSubgraphUrl = `http://127.0.0.1:${(fakeSubgraph.address() as AddressInfo).port}/graphql`;
  development = await startGateway({ production: false });
  production = await startGateway({ production: true });
});

afterAll(async () => {
  await development?.close(1000);
  await production?.close(1000);
  await new Promise((resolve) => fakeSubgraph?.close(resolve));
});

async function post(
  query: string,
  variables?: Record<string, unknown>,
  url = development.url,
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse['body'],
  };
}

/** Posts a query that must be refused by `limit` without any subgraph call; returns the error. */
async function expectRejected(query: string, limit: string, variables?: Record<string, unknown>) {
  const before = subgraphCalls;
  const response = await post(query, variables);
  expect(subgraphCalls).toBe(before);
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toHaveLength(1);
  const [error] = response.body.errors ?? [];
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit });
  return error;
}

/** Posts a query that passes every limit: it reaches the (failing) subgraph and no limit error comes back. */
async function expectPassesLimits(query: string, variables?: Record<string, unknown>) {
  const before = subgraphCalls;
  const response = await post(query, variables);
  expect(response.body.errors?.filter((error) => error.extensions?.limit !== undefined) ?? []).toEqual([]);
  expect(subgraphCalls).toBeGreaterThan(before);
}

/** A query whose deepest selection is `depth` levels down: street → district → streets → edges → node → district → … */
function queryOfDepth(depth: number): string {
  const cycle = ['district', 'streets(first: 2)', 'edges', 'node'];
  const fields = ['street(code: "410503001")'];
  while (fields.length < depth - 1) fields.push(cycle[(fields.length - 1) % cycle.length]);
  return `{ ${fields.join(' { ')} { __typename }${' }'.repeat(fields.length - 1)} }`;
}

/** District → streets → communities → residents, each page `size` long. */
function nestedPages(size: number | string): string {
  return `query Nested${typeof size === 'string' ? `(${size}: Int)` : ''} { district(code: "410503") {
    streets(first: ${size}) { edges { node { code
      communities(first: ${size}) { edges { node { code
        residents(first: ${size}) { edges { node { id name } } } } } } } } } } }`;
}

describe('limits: depth (GraphQL Armor)', () => {
  it('refuses depth 13 naming maxDepth and 12, and lets depth 12 through', async () => {
    const error = await expectRejected(queryOfDepth(13), 'maxDepth');
    expect(error.extensions?.maximum).toBe(12);
    expect(error.message).toMatchInlineSnapshot(
      `"Query limit maxDepth (maximum 12) exceeded: Query depth limit of 12 exceeded, found 13."`,
    );
    await expectPassesLimits(queryOfDepth(12));
  });
});

describe('limits: aliases (GraphQL Armor)', () => {
  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: residents(first: 1) { totalCount }`).join(' ')} }`;

  it('refuses 31 aliases naming maxAliases and 30, and lets 30 through', async () => {
    const error = await expectRejected(aliases(31), 'maxAliases');
    expect(error.extensions?.maximum).toBe(30);
    expect(error.message).toContain('found 31');
    await expectPassesLimits(aliases(30));
  });

  it('does not count aliases of __typename (Armor allows them; the gateway answers them itself)', async () => {
    const response = await post(`{ ${Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.data ?? {})).toHaveLength(40);
  });
});

describe('limits: tokens and directives', () => {
  it('refuses a token bomb naming maxTokens and 2000', async () => {
    const bomb = `{ ${'__typename '.repeat(2500)}}`;
    const error = await expectRejected(bomb, 'maxTokens');
    expect(error.extensions?.maximum).toBe(2000);
    expect(error.message).toContain('maxTokens (maximum 2000)');
  });

  it('refuses more than 50 directives naming maxDirectives', async () => {
    const error = await expectRejected(`{ ${'... @include(if: true) { __typename } '.repeat(51)}}`, 'maxDirectives');
    expect(error.extensions?.maximum).toBe(50);
  });
});

describe('limits: cost with page-size multipliers', () => {
  it('refuses nested first: 100 connections over maxCost, before any subgraph call', async () => {
    const error = await expectRejected(nestedPages(100), 'maxCost');
    expect(error.extensions?.maximum).toBe(50_000);
    expect(error.message).toMatch(/estimated cost is \d+/);
  });

  it('counts a page size given as a variable', async () => {
    await expectRejected(nestedPages('$size'), 'maxCost', { size: 100 });
  });

  it('lets the same query with small pages through', async () => {
    await expectPassesLimits(nestedPages(5));
    await expectPassesLimits(nestedPages('$size'), { size: 5 });
  });

  it('multiplies each selection by first, the argument default, or 20 on a connection', () => {
    const schema = buildSchema(`
      type Query { items(first: Int = 10): ItemConnection!, plain(first: Int): ItemConnection!, one: Item }
      type ItemConnection { edges: [ItemEdge!]! }
      type ItemEdge { node: Item! }
      type Item { id: ID!, children(first: Int): ItemConnection! }
    `);
    const cost = (query: string, variables: Record<string, unknown> = {}) => {
      const document = parse(query);
      return operationCost(schema, document, getOperationAST(document)!, variables, 100);
    };
    // items: 1 + 10 × (edges 1 + node 1 + id 1)
    expect(cost('{ items { edges { node { id } } } }')).toBe(31);
    expect(cost('{ items(first: 3) { edges { node { id } } } }')).toBe(10);
    expect(cost('query($n: Int) { items(first: $n) { edges { node { id } } } }', { n: 2 })).toBe(7);
    expect(cost('query($n: Int = 4) { items(first: $n) { edges { node { id } } } }')).toBe(13);
    expect(cost('{ plain { edges { node { id } } } }')).toBe(61);
    // fragments count where they are spread: one(1) + id(1) + children(1 + 5 × 3)
    expect(cost('{ one { ...F } } fragment F on Item { id children(first: 5) { edges { node { id } } } }')).toBe(18);
  });
});

describe('limits: page maximum', () => {
  it('refuses first: 101 as a literal, naming first and 100', async () => {
    const error = await expectRejected('{ residents(first: 101) { totalCount } }', 'maxPageSize');
    expect(error.extensions).toMatchObject({ argumentName: 'first', maximum: 100 });
    expect(error.message).toMatchInlineSnapshot(`"Invalid argument "first": at most 100 items per page (got 101)"`);
  });

  it('refuses first: 101 as a variable, however deep', async () => {
    const error = await expectRejected(
      'query($n: Int) { district(code: "410503") { streets(first: 2) { edges { node { residents(first: $n) { totalCount } } } } } }',
      'maxPageSize',
      { n: 101 },
    );
    expect(error.extensions).toMatchObject({ argumentName: 'first', maximum: 100 });
  });

  it('lets first: 100 through', async () => {
    await expectPassesLimits('{ residents(first: 100) { totalCount } }');
  });
});

describe('limits: production mode', () => {
  it('refuses introspection', async () => {
    const response = await post('{ __schema { queryType { name } } }', undefined, production.url);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].message).toContain('introspection is not allowed');
  });

  it('hides field suggestions in production, and shows them in development', async () => {
    const hidden = await post('{ residnts { totalCount } }', undefined, production.url);
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors?.[0].message).not.toContain('Did you mean');
    const shown = await post('{ residnts { totalCount } }');
    expect(shown.body.errors?.[0].message).toContain('Did you mean "residents"');
  });

  it('keeps CSRF prevention: a GET or text/plain POST without a preflight header is refused', async () => {
    const before = subgraphCalls;
    const get = await fetch(`${production.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toContain('CSRF');
    const plain = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(plain.status).toBe(400);
    const preflighted = await fetch(`${production.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    expect(subgraphCalls).toBe(before);
  });

  it('configures limits and suggestions from the environment', () => {
    const supergraphPath = join(mkdtempSync(join(tmpdir(), 'limits-')), 'supergraph.graphql');
    writeFileSync(supergraphPath, composeSupergraph());
    const base = {
      NODE_ENV: 'production',
      JWT_SECRET: 'j'.repeat(32),
      SUBGRAPH_SECRET: 's'.repeat(32),
      SUPERGRAPH_PATH: supergraphPath,
    };
    const config = loadGatewayConfig({ ...base, MAX_DEPTH: '8', MAX_COST: '1000' });
    expect(config.limits).toEqual({ ...DEFAULT_QUERY_LIMITS, maxDepth: 8, maxCost: 1000 });
    expect(config.fieldSuggestions).toBe(false);
    expect(loadGatewayConfig({ ...base, FIELD_SUGGESTIONS: 'enabled' }).fieldSuggestions).toBe(true);
    expect(() => loadGatewayConfig({ ...base, MAX_ALIASES: 'many' })).toThrow(/MAX_ALIASES must be an integer/);
  });
});

describe('limits: through the real subgraphs', () => {
  it('answers the deepest allowed query and small nested pages without errors', async () => {
    const stack = await startTestStack({ seed: false });
    try {
      const token = await stack.token(ADMIN);
      const deep = await stack.graphql(queryOfDepth(12), { token });
      expect(deep.body.errors).toBeUndefined();
      const pages = await stack.graphql(nestedPages('$size'), { token, variables: { size: 5 } });
      expect(pages.body.errors).toBeUndefined();
      expect(pages.body.data).toEqual({ district: null });
      const refused = await stack.graphql(nestedPages('$size'), { token, variables: { size: 101 } });
      expect(refused.body.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'first',
        maximum: 100,
      });
    } finally {
      await stack.stop();
    }
  });
});

/** Assistance statistics of Beiguan district (6 digits) grouped by `groupBy` over [from, to). */
function assistanceQuestion(groupBy: string, programs: string, from: string, to: string): string {
  return `{ civilAffairsStatistics(division: "410503", from: "${from}", to: "${to}") {
    assistance(groupBy: [${groupBy}], programs: [${programs}]) { keys { street community grid program month } households persons amountYuan suppressed } } }`;
}
const ALL_PROGRAMS =
  'DIBAO, EXTREME_POVERTY, TEMPORARY, ORPHAN, DE_FACTO_UNSUPPORTED_CHILD, DISABILITY_LIVING_SUBSIDY, SEVERE_DISABILITY_CARE_SUBSIDY, HIGH_AGE_ALLOWANCE';

describe('limits: statistics cost by dimensions and period', () => {
  it('refuses all programmes by grid and month over three years, before any subgraph call', async () => {
    const error = await expectRejected(
      assistanceQuestion(
        'PROGRAM, GRID, MONTH',
        ALL_PROGRAMS,
        '2018-01-01T00:00:00+08:00',
        '2021-01-01T00:00:00+08:00',
      ),
      'maxCost',
    );
    expect(error.message).toMatch(/estimated cost is \d+/);
  });

  it('lets the heaviest question the README names through: a district by community and month over one year', async () => {
    await expectPassesLimits(
      assistanceQuestion('COMMUNITY, MONTH', 'DIBAO', '2020-01-01T00:00:00+08:00', '2021-01-01T00:00:00+08:00'),
    );
    // One more dimension of two values, or a second year, is past the limit.
    await expectRejected(
      assistanceQuestion(
        'COMMUNITY, MONTH, URBAN_RURAL',
        'DIBAO',
        '2020-01-01T00:00:00+08:00',
        '2021-01-01T00:00:00+08:00',
      ),
      'maxCost',
    );
    await expectRejected(
      assistanceQuestion('COMMUNITY, MONTH', 'DIBAO', '2019-01-01T00:00:00+08:00', '2021-01-01T00:00:00+08:00'),
      'maxCost',
    );
  });

  it('gives every groupBy dimension of the supergraph a size, and costs grow with each dimension and month', () => {
    const schema = buildSchema(composeSupergraph(), { assumeValidSDL: true });
    const unsized: string[] = [];
    let dimensions = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const groupBy = field.args.find((argument) => argument.name === 'groupBy');
        const named = groupBy && getNamedType(groupBy.type);
        if (!named || !isEnumType(named)) continue;
        for (const value of named.getValues()) {
          dimensions += 1;
          const geographic = ['STREET', 'COMMUNITY', 'GRID', 'MONTH'].includes(value.name);
          const rows = dimensionRows(field, value.name);
          if (!geographic && !(rows !== null && rows >= 2)) unsized.push(`${type.name}.${field.name} ${value.name}`);
        }
      }
    }
    expect(dimensions).toBeGreaterThan(30);
    expect(unsized).toEqual([]);
    // An enum-keyed dimension is sized by its enum: all eight programmes.
    const statistics = schema.getType('CivilAffairsStatistics');
    const programs = schema.getType('AssistanceProgram');
    if (!isObjectType(statistics) || !isEnumType(programs))
      throw new Error('CivilAffairsStatistics / AssistanceProgram missing from the supergraph');
    const assistance = statistics.getFields().assistance;
    expect(dimensionRows(assistance, 'PROGRAM')).toBe(programs.getValues().length);
    expect(dimensionRows(assistance, 'PROGRAM')).toBe(ALL_PROGRAMS.split(', ').length);
    const cost = (query: string) => {
      const document = parse(query);
      return operationCost(schema, document, getOperationAST(document)!, {}, 100);
    };
    const year = ['2020-01-01T00:00:00+08:00', '2021-01-01T00:00:00+08:00'] as const;
    // Rows multiply: one statistics field costs a fixed part plus its rows times one row's selection.
    const fixed = cost(assistanceQuestion('', 'DIBAO', ...year)) - 10;
    const rows = (query: string) => (cost(query) - fixed) / 10;
    expect(rows(assistanceQuestion('COMMUNITY', 'DIBAO', ...year))).toBe(400);
    expect(rows(assistanceQuestion('COMMUNITY, MONTH', 'DIBAO', ...year))).toBe(400 * 12);
    expect(rows(assistanceQuestion('COMMUNITY', ALL_PROGRAMS, ...year))).toBe(400);
    expect(rows(assistanceQuestion('COMMUNITY, PROGRAM', ALL_PROGRAMS, ...year))).toBe(400 * 8);
    expect(
      rows(assistanceQuestion('GRID, MONTH', 'DIBAO', '2018-01-01T00:00:00+08:00', '2021-01-01T00:00:00+08:00')),
    ).toBe(4000 * 36);
  });
});
