import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { mintToken } from '../gateway/auth.js';
import { seedAll } from '../subgraphs/seeding.js';
import { assertLoopback } from '../bench/load.js';
import { startEngineProcess, startOurGateway, startSubgraphProcesses, type Running } from '../bench/processes.js';

/**
 * `npm run soak [-- --seconds N]`: the whole system as separate processes on free loopback ports
 * (offline engine seeded at --scale 1, four subgraphs, the gateway), loaded at concurrency 50 with
 * every analyst operation in schema/operations/ and, one request in ten, a mutation (a new
 * investment lead with a fresh idempotency key). Passes with zero 5xx, zero GraphQL errors and
 * gateway RSS growing under 10% from the first quarter of the run to the last; prints p50/p99.
 */
const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '50' } },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
if (!Number.isInteger(seconds) || seconds < 4 || seconds > 3600)
  throw new Error('--seconds must be an integer from 4 to 3600');

/**
 * The soak checks correctness and memory under sustained load, not latency (that is `npm run
 * bench`): at concurrency 50 on two shared cores the heavier aggregates can take longer than the
 * production default of 5 s, which would turn queueing into UNAVAILABLE answers.
 */
const SUBGRAPH_TIMEOUT_MS = 30_000;

interface Operation {
  name: string;
  body: () => string;
}

const OPERATIONS_DIR = new URL('../schema/operations/', import.meta.url);
const queries: Operation[] = readdirSync(OPERATIONS_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const text = JSON.stringify({ query: readFileSync(new URL(file, OPERATIONS_DIR), 'utf8') });
    return { name: file, body: () => text };
  });
const mutation: Operation = {
  name: 'createInvestmentProject',
  body: () =>
    JSON.stringify({
      query: `mutation Soak($input: CreateInvestmentProjectInput!, $key: String!) { createInvestmentProject(input: $input, idempotencyKey: $key) { id stage } }`,
      variables: {
        key: randomUUID(),
        input: {
          name: '耐久测试招商线索',
          industry: 'HIGH_END_EQUIPMENT',
          divisionCode: '410503',
          amountYuan: 1_000_000,
        },
      },
    }),
};
/** Nine queries, then a mutation, round robin across connections. */
let sent = 0;
function nextOperation(): Operation {
  sent++;
  return sent % 10 === 0 ? mutation : queries[sent % queries.length];
}

async function freePorts(count: number): Promise<number> {
  // A base port with `count` free consecutive ports after it (the bench launcher takes a base).
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await Promise.all(Array.from({ length: count }, (_, i) => portIsFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error('no free loopback ports');
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) * 1024;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

const secrets = {
  jwtSecret: randomBytes(32).toString('base64url'),
  subgraphSecret: randomBytes(32).toString('base64url'),
};
const token = await mintToken(secrets.jwtSecret, { sub: 'soak', role: 'admin' });
const owned: Running[] = [];
let passed: boolean;
try {
  const engine = await startEngineProcess();
  owned.push(engine);
  await seedAll(engine.uri, { scale: 1, seed: 20201130, log: () => {} });
  const base = await freePorts(5);
  const subgraphs = await startSubgraphProcesses(engine.uri, secrets.subgraphSecret, base);
  owned.push(...subgraphs.processes);
  const gateway = await startOurGateway({
    port: base + 4,
    subgraphUrls: subgraphs.urls,
    ...secrets,
    env: { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) },
  });
  owned.push(gateway);
  assertLoopback(gateway.url);

  // Every operation must answer cleanly once before the soak counts anything.
  for (const operation of [...queries, mutation]) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: operation.body(),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    if (response.status !== 200 || body.errors)
      throw new Error(`${operation.name}: HTTP ${response.status} ${body.errors?.[0]?.message ?? ''}`);
  }

  const unexpected = new Map<string, number>();
  let firstUnexpected = '';
  // One request in flight per connection (no pipelining): a connection's context names the operation its answer belongs to.
  const operationOf = new WeakMap<object, string>();
  let fiveXx = 0;
  const run = (duration: number) =>
    autocannon({
      url: gateway.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      connections,
      duration,
      timeout: SUBGRAPH_TIMEOUT_MS / 1000 + 10,
      requests: [
        {
          setupRequest: (request, context) => {
            const operation = nextOperation();
            operationOf.set(context, operation.name);
            return { ...request, body: operation.body() };
          },
          onResponse: (rawStatus, body, context) => {
            // autocannon hands the status over as the parser's string.
            const status = Number(rawStatus);
            if (status >= 500) fiveXx++;
            if (status !== 200 || body.includes('"errors"')) {
              const name = operationOf.get(context) ?? 'unknown';
              unexpected.set(name, (unexpected.get(name) ?? 0) + 1);
              firstUnexpected ||= `${name}: HTTP ${status} ${body.slice(0, 300)}`;
            }
          },
        },
      ],
    });

  // Warm-up (JIT, plan cache, connection pools) is not part of the memory comparison.
  await run(Math.max(2, Math.round(seconds / 10)));
  unexpected.clear();
  firstUnexpected = '';
  fiveXx = 0;

  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssBytes(gateway.child.pid!)), 250);
  samples.push(rssBytes(gateway.child.pid!));
  const result = await run(seconds);
  clearInterval(sampler);
  samples.push(rssBytes(gateway.child.pid!));

  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const firstQuarter = mean(samples.slice(0, quarter));
  const lastQuarter = mean(samples.slice(-quarter));
  const growth = (lastQuarter - firstQuarter) / firstQuarter;
  const errorCount = [...unexpected.values()].reduce((sum, count) => sum + count, 0);
  passed = fiveXx === 0 && result.errors === 0 && result.timeouts === 0 && errorCount === 0 && growth < 0.1;

  console.log(
    `soak: ${seconds} s at concurrency ${connections}, ${queries.length} operations + 1 mutation (1 request in 10), gateway ${gateway.url}, SUBGRAPH_TIMEOUT_MS ${SUBGRAPH_TIMEOUT_MS}`,
  );
  console.log(
    `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `5xx: ${fiveXx}; socket errors: ${result.errors}; timeouts: ${result.timeouts}; GraphQL errors or non-200: ${errorCount}${errorCount ? ` (${[...unexpected].map(([name, count]) => `${name} ${count}`).join(', ')})` : ''}`,
  );
  if (firstUnexpected) console.log(`first unexpected answer: ${firstUnexpected}`);
  console.log(
    `gateway RSS: first quarter ${mib(firstQuarter)}, last quarter ${mib(lastQuarter)}, growth ${(growth * 100).toFixed(1)}% (limit 10%)`,
  );
  console.log(passed ? 'PASS' : 'FAIL');
} finally {
  await Promise.all(owned.reverse().map((process) => process.stop()));
}
process.exit(passed ? 0 : 1);
