import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthenticator } from '../gateway/auth.js';
import { composeSupergraph } from '../gateway/compose.js';
import { createGateway } from '../gateway/server.js';
import { AUDITED_READS_HEADER } from '../platform/access/audit.js';
import type { Domain } from '../platform/contract/identity.js';
import { median, percentile, postQuery } from './load.js';
import type { BenchQuery } from './queries.js';

/**
 * Gateway overhead: a query through the gateway against its own query plan called directly.
 * A recording proxy in front of each subgraph captures, once, the fetches the gateway sends for
 * the query (URL, signed headers, body, start and end); fetches that overlapped in time ran in
 * parallel and form one stage. The replay sends the same stages in order, each stage's fetches in
 * parallel, with the same headers, so the only difference left is the gateway itself.
 */
export interface CapturedFetch {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The subgraph's answer and its x-audited-reads header. */
  answer: string;
  auditedReads: string | null;
  started: number;
  ended: number;
}

type Plan = CapturedFetch[][];

function recordingProxy(target: string, log: CapturedFetch[]): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        ([name]) => name.startsWith('x-') || name === 'content-type' || name === 'accept',
      ),
    ) as Record<string, string>;
    const started = performance.now();
    const response = await fetch(target, { method: 'POST', headers, body });
    const text = await response.text();
    log.push({
      url: target,
      headers,
      body,
      answer: text,
      auditedReads: response.headers.get(AUDITED_READS_HEADER),
      started,
      ended: performance.now(),
    });
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
    res.end(text);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` }),
    ),
  );
}

function stages(fetches: CapturedFetch[]): Plan {
  const ordered = [...fetches].sort((a, b) => a.started - b.started);
  const plan: Plan = [];
  let stageEnd = 0;
  for (const fetched of ordered) {
    if (plan.length === 0 || fetched.started >= stageEnd) {
      plan.push([fetched]);
      stageEnd = fetched.ended;
    } else {
      plan[plan.length - 1].push(fetched);
      stageEnd = Math.max(stageEnd, fetched.ended);
    }
  }
  return plan;
}

interface PlanRecorder {
  /** Sends `query` once through a gateway whose subgraphs are behind recording proxies. */
  capture(query: BenchQuery, token: string): Promise<Plan>;
  close(): Promise<void>;
}

export async function startPlanRecorder(
  subgraphUrls: Record<Domain, string>,
  secrets: { jwtSecret: string; subgraphSecret: string },
): Promise<PlanRecorder> {
  const log: CapturedFetch[] = [];
  const proxies = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => [name, await recordingProxy(url, log)] as const),
  );
  const gateway = await createGateway({
    supergraphSdl: composeSupergraph(),
    subgraphUrls: Object.fromEntries(proxies.map(([name, proxy]) => [name, proxy.url])),
    subgraphSecret: secrets.subgraphSecret,
    authenticate: createAuthenticator({ jwtSecret: secrets.jwtSecret }),
    graphiql: false,
  }).listen(0);
  return {
    async capture(query, token) {
      log.length = 0;
      await postQuery(gateway.url, query, token);
      return stages(log);
    },
    async close() {
      await gateway.close(1000);
      for (const [, proxy] of proxies) await new Promise((resolve) => proxy.server.close(resolve));
    },
  };
}

/** Runs a captured plan: stage after stage, the fetches of a stage in parallel. */
async function replay(plan: Plan): Promise<void> {
  for (const stage of plan) {
    await Promise.all(
      stage.map(async (fetched) => {
        const response = await fetch(fetched.url, { method: 'POST', headers: fetched.headers, body: fetched.body });
        await response.arrayBuffer();
      }),
    );
  }
}

interface OverheadRow {
  query: string;
  fetches: number;
  stages: number;
  directP50: number;
  directP99: number;
  /** Per gateway, by name: p50, p99 and p50 ÷ direct p50. */
  gateways: Record<string, { p50: number; p99: number; ratio: number }>;
}

/**
 * Concurrency 1: `count` rounds, each sending the query once through every gateway and then
 * replaying its plan directly, so drift during the measurement hits all of them alike; medians
 * compared.
 */
export async function measureOverhead(
  recorder: PlanRecorder,
  gateways: Record<string, string>,
  query: BenchQuery,
  token: string,
  count: number,
): Promise<OverheadRow> {
  // Captured headers expire after a minute, so each query is captured right before its replay.
  const plan = await recorder.capture(query, token);
  const latencies: Record<string, number[]> = Object.fromEntries(Object.keys(gateways).map((name) => [name, []]));
  const direct: number[] = [];
  const timed = async (send: () => Promise<unknown>, into: number[]) => {
    const started = performance.now();
    await send();
    into.push(performance.now() - started);
  };
  const warmup = Math.ceil(count / 5);
  for (let i = 0; i < warmup + count; i++) {
    const keep = i >= warmup;
    for (const [name, url] of Object.entries(gateways))
      await timed(() => postQuery(url, query, token), keep ? latencies[name] : []);
    await timed(() => replay(plan), keep ? direct : []);
  }
  return {
    query: query.name,
    fetches: plan.flat().length,
    stages: plan.length,
    directP50: median(direct),
    directP99: percentile(direct, 99),
    gateways: Object.fromEntries(
      Object.entries(latencies).map(([name, values]) => [
        name,
        { p50: median(values), p99: percentile(values, 99), ratio: median(values) / median(direct) },
      ]),
    ),
  };
}
