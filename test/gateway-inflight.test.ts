import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../gateway/auth.js';
import { composeSupergraph } from '../gateway/compose.js';
import { InflightFetches } from '../gateway/inflight-fetches.js';
import { createGateway } from '../gateway/server.js';
import type { Viewer } from '../platform/contract/identity.js';
import type { Listening } from '../platform/server/http-server.js';
import { startFaultyFront, type FaultyFront } from './utils/faulty-front.js';
import { ADMIN, startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * In-flight deduplication: identical queries of one caller in flight at once cost the subgraph
 * one fetch; other callers, personal reads (audited per request) and reads that overlap a write
 * are never shared. Economy and civil affairs sit behind fronts that hold each request 300 ms,
 * so requests sent together overlap, and that count what reaches the subgraph.
 */
const DISTRICT = '410503';
const PROJECTS = `query ($code: ID!) { investmentProjects(first: 3, filter: { divisionCode: $code }) { totalCount edges { node { id } } } }`;
const RESIDENTS = `query ($code: ID!) { residents(first: 2, filter: { divisionCode: $code }) { edges { node { id idNumber } } } }`;

interface Projects {
  investmentProjects: { totalCount: number; edges: Array<{ node: { id: string } }> };
}

let stack: TestStack;
let economyFront: FaultyFront;
let civilAffairsFront: FaultyFront;
let gateway: Listening;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  economyFront = await startFaultyFront(stack.subgraphUrls.economy);
  civilAffairsFront = await startFaultyFront(stack.subgraphUrls['civil-affairs']);
  gateway = await createGateway({
    supergraphSdl: composeSupergraph(),
    subgraphUrls: { ...stack.subgraphUrls, economy: economyFront.url, 'civil-affairs': civilAffairsFront.url },
    subgraphSecret: stack.subgraphSecret,
    authenticate: createAuthenticator({ jwtSecret: stack.jwtSecret }),
  }).listen(0);
  tokens.admin = await stack.token(ADMIN);
  tokens.otherAdmin = await stack.token({ ...ADMIN, sub: 'another-admin' });
  economyFront.mode = 'slow';
  civilAffairsFront.mode = 'slow';
});

afterAll(async () => {
  await gateway?.close(1000);
  await economyFront?.close();
  await civilAffairsFront?.close();
  await stack?.stop();
});

function ask<T = Record<string, unknown>>(query: string, token: string): Promise<GraphQLResponse<T>> {
  return stack.graphql<T>(query, {
    url: gateway.url,
    token,
    variables: { code: DISTRICT },
    headers: { 'x-request-id': `req-${randomUUID()}` },
  });
}

async function fetchesDuring(front: FaultyFront, work: () => Promise<unknown>): Promise<number> {
  const before = front.requests;
  await work();
  return front.requests - before;
}

describe('in-flight deduplication of identical subgraph queries', () => {
  it('sends five identical queries of one caller at once to economy once, and each gets the whole answer', async () => {
    const expectedTotal = await stack.connections.economy
      .collection('investment_projects')
      .countDocuments({ districtCode: DISTRICT });
    expect(expectedTotal).toBeGreaterThan(3);
    let answers: Array<GraphQLResponse<Projects>> = [];
    const fetches = await fetchesDuring(economyFront, async () => {
      answers = await Promise.all(Array.from({ length: 5 }, () => ask<Projects>(PROJECTS, tokens.admin)));
    });
    expect(fetches).toBe(1);
    expect(answers).toHaveLength(5);
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data!.investmentProjects.totalCount).toBe(expectedTotal);
      expect(answer.body.data!.investmentProjects.edges).toHaveLength(3);
    }
  });

  it('answers identical cross-subgraph queries sent at once exactly as one sent alone (joiners never share objects)', async () => {
    const query = `query ($code: ID!) { enterprises(first: 8, filter: { divisionCode: $code }) { totalCount edges { node { id name partyOrganization { name memberCount } } } } }`;
    const alone = await ask(query, tokens.admin);
    expect(alone.body.errors).toBeUndefined();
    const together = await Promise.all(Array.from({ length: 4 }, () => ask(query, tokens.admin)));
    for (const answer of together) expect(answer.body).toEqual(alone.body);
  });

  it('never shares a fetch between two callers', async () => {
    const fetches = await fetchesDuring(economyFront, () =>
      Promise.all([ask(PROJECTS, tokens.admin), ask(PROJECTS, tokens.otherAdmin)]),
    );
    expect(fetches).toBe(2);
  });

  it('never shares personal values read in full: each request reaches civil affairs and is audited under its own id', async () => {
    let answers: GraphQLResponse[] = [];
    const fetches = await fetchesDuring(civilAffairsFront, async () => {
      answers = await Promise.all([ask(RESIDENTS, tokens.admin), ask(RESIDENTS, tokens.admin)]);
    });
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    expect(fetches).toBe(2);
    // The audit files reads under the gateway's request ids, which the responses carry.
    const ids = answers.map((answer) => answer.headers.get('x-request-id')!);
    expect(new Set(ids).size).toBe(2);
    const audits = stack.connections['civil-affairs'].collection('audit_records');
    for (const id of ids) expect(await audits.countDocuments({ requestId: id, field: 'idNumber' })).toBe(2);
  });

  it('does not let a query sent while a mutation runs join a read sent before it', async () => {
    const mutation = `mutation ($input: CreateInvestmentProjectInput!, $key: String!) { createInvestmentProject(input: $input, idempotencyKey: $key) { id } }`;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const fetches = await fetchesDuring(economyFront, async () => {
      const first = ask(PROJECTS, tokens.admin);
      await pause(50);
      const write = stack.graphql(mutation, {
        url: gateway.url,
        token: tokens.admin,
        variables: {
          key: randomUUID(),
          input: { name: '去重测试项目', industry: 'ELECTRONICS_IT', divisionCode: DISTRICT, amountYuan: 1 },
        },
      });
      await pause(50);
      const second = ask(PROJECTS, tokens.admin);
      const [, written] = await Promise.all([first, write, second]);
      expect(written.body.errors).toBeUndefined();
    });
    // Both queries and the mutation reached economy: without the write between them, the second would have joined the first.
    expect(fetches).toBe(3);
  });
});

describe('InflightFetches', () => {
  const viewer: Viewer = { sub: 'a', role: 'street_official', jurisdiction: ['120104004'], domains: ['economy'] };

  it('keys on every field of the viewer, the subgraph and the body (text, variables, operation name)', () => {
    const body = (query: string, variables: unknown) => JSON.stringify({ query, variables });
    const key = InflightFetches.key('economy', InflightFetches.viewerKey(viewer), body('{ a }', { x: 1 }));
    expect(
      InflightFetches.key(
        'economy',
        InflightFetches.viewerKey({ ...viewer, domains: [...viewer.domains] }),
        body('{ a }', { x: 1 }),
      ),
    ).toBe(key);
    for (const other of [
      InflightFetches.key('economy', InflightFetches.viewerKey({ ...viewer, sub: 'b' }), body('{ a }', { x: 1 })),
      InflightFetches.key(
        'economy',
        InflightFetches.viewerKey({ ...viewer, jurisdiction: ['120104'] }),
        body('{ a }', { x: 1 }),
      ),
      InflightFetches.key(
        'economy',
        InflightFetches.viewerKey({ ...viewer, role: 'analyst' }),
        body('{ a }', { x: 1 }),
      ),
      InflightFetches.key(
        'economy',
        InflightFetches.viewerKey({ ...viewer, domains: ['economy', 'civil-affairs'] }),
        body('{ a }', { x: 1 }),
      ),
      InflightFetches.key('civil-affairs', InflightFetches.viewerKey(viewer), body('{ a }', { x: 1 })),
      InflightFetches.key('economy', InflightFetches.viewerKey(viewer), body('{ b }', { x: 1 })),
      InflightFetches.key('economy', InflightFetches.viewerKey(viewer), body('{ a }', { x: 2 })),
    ]) {
      expect(other).not.toBe(key);
    }
  });

  it('gives each joiner its own copy of the answer', async () => {
    const inflight = new InflightFetches();
    const text = '{"data":{"rows":[{"id":1}]}}';
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const send = async () => {
      await held;
      return { answer: JSON.parse(text) as unknown, copy: () => JSON.parse(text) as unknown, personal: false };
    };
    const sender = inflight.run('k', send);
    const joiner = inflight.run('k', send);
    release();
    const [sent, joined] = await Promise.all([sender, joiner]);
    expect(joined).toEqual(sent);
    expect(joined).not.toBe(sent);
  });

  it('sends again after forgetAll, and a joiner of a personal answer sends its own', async () => {
    const inflight = new InflightFetches();
    let sent = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const send = (personal: boolean) => async () => {
      sent++;
      await held;
      return { answer: sent, copy: () => sent, personal };
    };
    const first = inflight.run('k', send(false));
    const joined = inflight.run('k', send(false));
    inflight.forgetAll();
    const afterWrite = inflight.run('k', send(false));
    expect(sent).toBe(2);
    release();
    await Promise.all([first, joined, afterWrite]);
    expect(inflight.joined).toBe(1);

    const personalFirst = inflight.run('p', send(true));
    const personalJoiner = inflight.run('p', send(true));
    await Promise.all([personalFirst, personalJoiner]);
    expect(sent).toBe(4);
  });
});
