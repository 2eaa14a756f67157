import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../gateway/auth.js';
import { composeSupergraph } from '../gateway/compose.js';
import { createGateway } from '../gateway/server.js';
import { isQueryOperation } from '../gateway/subgraph-failures.js';
import type { Listening } from '../platform/server/http-server.js';
import { startFaultyFront, type FaultyFront } from './utils/faulty-front.js';
import { ADMIN, startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * A gateway whose economy subgraph sits behind a front that fails on demand (down, hanging,
 * answering HTTP 500, resetting a connection): the caller still gets the other domains' data and
 * one coded error naming economy; `/health/details` says degraded; recovery needs no restart.
 */
const COMMUNITY = '120104004001';
const PROFILE = `query ($code: ID!) { community(code: $code) { name enterprises(first: 1) { totalCount } partyOrganizations(first: 1) { totalCount } } }`;

interface Profile {
  community: {
    name: string;
    enterprises: { totalCount: number } | null;
    partyOrganizations: { totalCount: number } | null;
  } | null;
}

let stack: TestStack;
let front: FaultyFront;
let civilAffairsFront: FaultyFront;
let gateway: Listening;
let token: string;
let expected: { name: string; enterprises: number; partyOrganizations: number };

async function profile(): Promise<GraphQLResponse<Profile>> {
  return stack.graphql<Profile>(PROFILE, { url: gateway.url, token, variables: { code: COMMUNITY } });
}

async function health(): Promise<{
  status: string;
  subgraphs: Array<{ name: string; status: string; detail?: string }>;
}> {
  return (
    await fetch(new URL('/health/details', gateway.url), { headers: { authorization: `Bearer ${token}` } })
  ).json();
}

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  front = await startFaultyFront(stack.subgraphUrls.economy);
  civilAffairsFront = await startFaultyFront(stack.subgraphUrls['civil-affairs']);
  gateway = await createGateway({
    supergraphSdl: composeSupergraph(),
    subgraphUrls: { ...stack.subgraphUrls, economy: front.url, 'civil-affairs': civilAffairsFront.url },
    subgraphSecret: stack.subgraphSecret,
    authenticate: createAuthenticator({ jwtSecret: stack.jwtSecret }),
    subgraphTimeoutMs: 500,
  }).listen(0);
  token = await stack.token(ADMIN);
  const division = await stack.connections['civil-affairs'].collection('divisions').findOne({ code: COMMUNITY });
  expected = {
    name: String(division?.name),
    enterprises: await stack.connections.economy.collection('enterprises').countDocuments({ communityCode: COMMUNITY }),
    partyOrganizations: (await stack.graphql<Profile>(PROFILE, { token, variables: { code: COMMUNITY } })).body.data!
      .community!.partyOrganizations!.totalCount,
  };
  expect(expected.enterprises).toBeGreaterThan(0);
});

afterAll(async () => {
  await gateway?.close(1000);
  await front?.close();
  await civilAffairsFront?.close();
  await stack?.stop();
});

function expectEconomyFailed(response: GraphQLResponse<Profile>, code: string): void {
  expect(response.status).toBe(200);
  expect(response.body.data?.community).toEqual({
    name: expected.name,
    enterprises: null,
    partyOrganizations: { totalCount: expected.partyOrganizations },
  });
  expect(response.body.errors?.map((error) => [error.extensions?.code, error.extensions?.serviceName])).toEqual([
    [code, 'economy'],
  ]);
  expect(JSON.stringify(response.body)).not.toMatch(/127\.0\.0\.1|secret-path|stack/);
}

describe('resilience: a failing subgraph', () => {
  it('serves every domain while economy is healthy', async () => {
    front.mode = 'pass';
    const response = await profile();
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.community).toEqual({
      name: expected.name,
      enterprises: { totalCount: expected.enterprises },
      partyOrganizations: { totalCount: expected.partyOrganizations },
    });
  });

  it('answers with the other domains and UNAVAILABLE naming economy when economy hangs past SUBGRAPH_TIMEOUT_MS', async () => {
    front.mode = 'hang';
    const response = await profile();
    expectEconomyFailed(response, 'UNAVAILABLE');
    expect(response.body.errors?.[0].message).toContain('500 ms');
  });

  it('reports a subgraph answering HTTP 500 as UNAVAILABLE without its body, and /health says degraded naming it', async () => {
    front.mode = 'error';
    expectEconomyFailed(await profile(), 'UNAVAILABLE');
    const report = await health();
    expect(report.status).toBe('degraded');
    expect(
      report.subgraphs
        .filter((subgraph) => subgraph.status !== 'ok')
        .map((subgraph) => [subgraph.name, subgraph.status]),
    ).toEqual([['economy', 'failing']]);
    // The public /health says degraded (still 200: the other domains are served) and names nothing.
    const open = await fetch(new URL('/health', gateway.url));
    expect([open.status, await open.json()]).toEqual([200, { status: 'degraded' }]);
  });

  it('answers connection refused while economy is down, /health names it unreachable, and serves it again once it is back', async () => {
    front.mode = 'pass';
    await front.down();
    expectEconomyFailed(await profile(), 'UNAVAILABLE');
    const down = await health();
    expect(down.subgraphs.find((subgraph) => subgraph.name === 'economy')?.status).toBe('unreachable');
    await front.up();
    const response = await profile();
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.community?.enterprises).toEqual({ totalCount: expected.enterprises });
    expect(await health()).toMatchObject({ status: 'ok' });
  });

  it('retries a query once when its connection is reset, so the caller sees no error', async () => {
    front.mode = 'reset-once';
    const before = front.requests;
    const response = await profile();
    expect(response.body.errors).toEqual(undefined);
    expect(response.body.data?.community?.enterprises).toEqual({ totalCount: expected.enterprises });
    expect(front.requests - before).toBe(2);
  });

  it('never retries a mutation: only query operations count as idempotent', () => {
    expect(isQueryOperation(parse('query { a }'))).toBe(true);
    expect(isQueryOperation(parse('{ a }'))).toBe(true);
    expect(isQueryOperation(parse('mutation { a }'))).toBe(false);
    expect(isQueryOperation(undefined, 'query { _entities(representations: []) { __typename } }')).toBe(true);
    expect(isQueryOperation(undefined, 'mutation { a }')).toBe(false);
    expect(isQueryOperation(undefined)).toBe(false);
  });

  it('passes a subgraph refusal (HTTP 400 with coded GraphQL errors) through with its code and the subgraph name', async () => {
    front.mode = 'pass';
    const response = await stack.graphql(
      `query ($from: DateTime) { district(code: "410503") { name economyIndicators(from: $from) { enterprises { value } } } }`,
      {
        url: gateway.url,
        token,
        variables: { from: 'yesterday-ish' },
      },
    );
    expect(response.body.errors?.map((error) => [error.extensions?.code, error.extensions?.serviceName])).toEqual([
      ['BAD_USER_INPUT', 'economy'],
    ]);
    expect(JSON.stringify(response.body)).not.toContain('127.0.0.1');
    expect((await health()).status).toBe('ok');
  });

  it("keeps economy's projects when civil affairs (which resolves their district) fails: the reference is nullable", async () => {
    const query = `{ investmentProjects(first: 3, filter: { divisionCode: "410503" }) { totalCount edges { node { name district { name } } } } }`;
    const projects = stack.connections.economy.collection('investment_projects');
    const expectedTotal = await projects.countDocuments({ districtCode: '410503' });
    civilAffairsFront.mode = 'hang';
    const response = await stack.graphql<{
      investmentProjects: { totalCount: number; edges: Array<{ node: { name: string; district: null } }> };
    }>(query, { url: gateway.url, token });
    civilAffairsFront.mode = 'pass';
    expect(response.body.data?.investmentProjects.totalCount).toBe(expectedTotal);
    const nodes = response.body.data?.investmentProjects.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(3);
    for (const node of nodes) expect(node).toEqual({ name: expect.any(String), district: null });
    expect(response.body.errors?.map((error) => [error.extensions?.code, error.extensions?.serviceName])).toEqual([
      ['UNAVAILABLE', 'civil-affairs'],
    ]);
  });
});
