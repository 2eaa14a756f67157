import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mintToken } from '../gateway/auth.js';
import { seedAll } from '../subgraphs/seeding.js';
import { compareGateways, type ComparisonRow, type Contender } from '../bench/gateways.js';
import { checkedRequest, median, percentile, postQuery, sequentialLatencies } from '../bench/load.js';
import { startCannedSubgraph } from '../bench/gateway-alone.js';
import { measureOverhead, startPlanRecorder } from '../bench/overhead.js';
import {
  startEngineProcess,
  startHiveGateway,
  startOurGateway,
  startStockApolloGateway,
  startSubgraphProcesses,
  type Running,
} from '../bench/processes.js';
import { BENCH_QUERIES } from '../bench/queries.js';
import { captureIndexUsage, reportIndexUsage } from '../bench/index-usage.js';
import { measureRoundTrips } from '../bench/round-trips.js';

/**
 * `npm run bench [-- --quick] [-- --only roundtrips,overhead,peer,alone,growth,workers]`: the gateway
 * benchmarks of issue 8 against one seeded offline engine, subgraphs and gateways each in its own
 * process, load from autocannon on 127.0.0.1. Prints a report and appends it to bench/RESULTS.md.
 * `npm run bench -- engine` runs the engine benchmark (bench/engine.ts) instead.
 */
const SECTIONS = ['roundtrips', 'overhead', 'peer', 'alone', 'growth', 'workers'] as const;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } },
});
if (positionals[0] === 'engine') {
  await import('./engine.js');
  process.exit(0);
}
const only = new Set(values.only ? values.only.split(',') : SECTIONS);
const quick = values.quick;
const settings = quick
  ? { seconds: 1, rounds: 1, connections: [1, 10, 50], latencyCount: 30, largeScale: 2 }
  : { seconds: 4, rounds: 3, connections: [1, 10, 50], latencyCount: 150, largeScale: 10 };

/** A row whose runs completed fewer requests than this says nothing: it is reported as such. */
const MIN_REQUESTS = 10;
const RESULTS_FILE = fileURLToPath(new URL('../bench/RESULTS.md', import.meta.url));
const machine = `${cpus().length}× ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`;
const report: string[] = [];
function say(line = ''): void {
  console.log(line);
  report.push(line);
}
const ms = (value: number) => value.toFixed(1);

const secrets = {
  jwtSecret: randomBytes(32).toString('base64url'),
  subgraphSecret: randomBytes(32).toString('base64url'),
};
const token = await mintToken(secrets.jwtSecret, { sub: 'bench', role: 'admin' });
const owned: Running[] = [];
const engine = await startEngineProcess();
owned.push(engine);

async function seed(scale: number): Promise<void> {
  const started = Date.now();
  await seedAll(engine.uri, { scale, seed: 20201130, log: () => {} });
  console.error(`bench: seeded --scale ${scale} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

try {
  say(
    `\n### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${machine} · \`npm run bench${quick ? ' -- --quick' : ''}\``,
  );
  say(
    'Processes: offline engine, four subgraphs (one process each), gateways (one process each) and the load generator (autocannon, in the bench process) share both cores, unpinned.',
  );
  say(
    `Load average at start ${loadavg()[0].toFixed(1)} (other work on the machine skews every number; compare within this run only).`,
  );
  await seed(1);

  if (only.has('roundtrips')) {
    const rows = await measureRoundTrips(engine.uri, secrets);
    say('\n**Round trips** (MongoDB commands per request, street → communities → four domains, page of up to 100):');
    say('| request | communities returned | economy | civil-affairs | party-building | urban-management | total |');
    say('|---|---|---|---|---|---|---|');
    for (const row of rows)
      say(
        `| ${row.label} | ${row.communities} | ${row.commands.economy} | ${row.commands['civil-affairs']} | ${row.commands['party-building']} | ${row.commands['urban-management']} | ${row.total} |`,
      );
    const [small, large] = rows;
    say(
      small.total === large.total
        ? `Equal: ${small.total} commands for 10 communities and for a page of 100 of 200.`
        : 'NOT EQUAL: round trips grow with the data.',
    );
    say('A later page costs one more command whatever its size: the `after` cursor is resolved by a find of its own.');
    for (const row of rows) say(`- ${row.label}: ${row.detail}`);
  }

  const subgraphs = await startSubgraphProcesses(engine.uri, secrets.subgraphSecret, 4501);
  owned.push(...subgraphs.processes);
  const ours = await startOurGateway({ port: 4510, subgraphUrls: subgraphs.urls, ...secrets });
  const stock = await startStockApolloGateway({ port: 4514, subgraphUrls: subgraphs.urls, ...secrets });
  owned.push(ours, stock);
  for (const query of BENCH_QUERIES)
    for (const gateway of [ours, stock]) await checkedRequest(gateway.url, query, token);

  if (only.has('overhead')) {
    const recorder = await startPlanRecorder(subgraphs.urls, secrets);
    say(
      `\n**Gateway overhead** (concurrency 1, ${settings.latencyCount} rounds, medians): each round sends the query through our gateway, through stock Apollo Gateway (RemoteGraphQLDataSource, default fetcher), then replays the query plan's subgraph fetches directly with the same signed headers; ratio = gateway p50 ÷ direct p50.`,
    );
    say(
      '| query | fetches (stages) | direct p50 / p99 ms | ours p50 / p99 ms | ours ratio | stock Apollo p50 / p99 ms | stock ratio |',
    );
    say('|---|---|---|---|---|---|---|');
    try {
      for (const query of BENCH_QUERIES) {
        const row = await measureOverhead(
          recorder,
          { ours: ours.url, stock: stock.url },
          query,
          token,
          settings.latencyCount,
        );
        const { ours: o, stock: a } = row.gateways;
        say(
          `| ${query.name} | ${row.fetches} (${row.stages}) | ${ms(row.directP50)} / ${ms(row.directP99)} | ${ms(o.p50)} / ${ms(o.p99)} | ${o.ratio.toFixed(2)} | ${ms(a.p50)} / ${ms(a.p99)} | ${a.ratio.toFixed(2)} |`,
        );
      }
    } finally {
      await recorder.close();
    }
  }

  if (only.has('peer')) {
    const oursNoDedup = await startOurGateway({
      port: 4515,
      subgraphUrls: subgraphs.urls,
      ...secrets,
      env: { DEDUPLICATE_INFLIGHT: 'disabled' },
    });
    const hive = await startHiveGateway({ port: 4511, subgraphUrls: subgraphs.urls, ...secrets, deduplicate: true });
    const hiveNoDedup = await startHiveGateway({
      port: 4512,
      subgraphUrls: subgraphs.urls,
      ...secrets,
      deduplicate: false,
    });
    owned.push(oursNoDedup, hive, hiveNoDedup);
    for (const query of BENCH_QUERIES)
      for (const peer of [oursNoDedup, hive, hiveNoDedup]) await checkedRequest(peer.url, query, token);
    const contenders: Contender[] = [
      { name: 'ours', gateway: ours },
      { name: 'ours-nodedup', gateway: oursNoDedup },
      { name: 'stock', gateway: stock },
      { name: 'hive', gateway: hive },
      { name: 'hive-nodedup', gateway: hiveNoDedup },
    ];
    const rows = await compareGateways(
      contenders,
      BENCH_QUERIES,
      settings.connections,
      token,
      settings.seconds,
      settings.rounds,
    );
    const byKey = new Map<string, Record<string, ComparisonRow>>();
    for (const row of rows)
      byKey.set(`${row.query}/${row.connections}`, {
        ...byKey.get(`${row.query}/${row.connections}`),
        [row.gateway]: row,
      });
    const names = contenders.map((contender) => contender.name);
    say(
      `\n**Peer** (@graphql-hive/gateway 2.15.1 and stock Apollo Gateway, same supergraph, same subgraphs; ${settings.rounds} rounds × ${settings.seconds} s per gateway per row, gateways in turn within each round; medians). ours = DEDUPLICATE_INFLIGHT on (default), ours-nodedup = off; hive = its default in-flight deduplication, hive-nodedup = \`deduplicateInflightRequests: false\`; stock = Apollo Gateway with RemoteGraphQLDataSource.`,
    );
    say('Requests/s:');
    say(
      `| query | conn | ${names.join(' | ')} | ours ÷ hive | ours ÷ hive-nodedup | ours-nodedup ÷ hive-nodedup | ours ÷ stock |`,
    );
    say(`|---|---|${names.map(() => '---|').join('')}---|---|---|---|`);
    const ratio = (a: ComparisonRow, b: ComparisonRow) => (b.rps > 0 ? (a.rps / b.rps).toFixed(2) : '—');
    for (const [key, row] of byKey) {
      const [query, connections] = key.split('/');
      const few = names.filter((name) => row[name].rps * settings.seconds < MIN_REQUESTS);
      const failed = names
        .filter((name) => row[name].failures > 0)
        .map((name) => `${name}: ${row[name].failures} failed`);
      const cells = names.map((name) => row[name].rps.toFixed(0)).join(' | ');
      const note = [few.length ? `too few requests from ${few.join(', ')}` : '', ...failed].filter(Boolean).join('; ');
      say(
        `| ${query} | ${connections} | ${cells} | ${ratio(row.ours, row.hive)} | ${ratio(row.ours, row['hive-nodedup'])} | ${ratio(row['ours-nodedup'], row['hive-nodedup'])} | ${ratio(row.ours, row.stock)}${note ? ` (${note})` : ''} |`,
      );
    }
    say('Latency p50/p99 ms · gateway process CPU ms per request:');
    say(`| query | conn | ${names.join(' | ')} |`);
    say(`|---|---|${names.map(() => '---|').join('')}`);
    for (const [key, row] of byKey) {
      const [query, connections] = key.split('/');
      say(
        `| ${query} | ${connections} | ${names.map((name) => `${row[name].p50}/${row[name].p99} · ${row[name].cpuMsPerRequest.toFixed(2)}`).join(' | ')} |`,
      );
    }
    for (const peer of [oursNoDedup, hive, hiveNoDedup]) await peer.stop();
  }

  if (only.has('alone')) {
    // The list query's single fetch, answered at once by a stand-in for every subgraph: the gateways' own cost.
    const list = BENCH_QUERIES.find((query) => query.name === 'list')!;
    const recorder = await startPlanRecorder(subgraphs.urls, secrets);
    const fetched = (await recorder.capture(list, token)).flat()[0];
    await recorder.close();
    const canned = await startCannedSubgraph(fetched);
    const cannedUrls = Object.fromEntries(
      Object.keys(subgraphs.urls).map((name) => [name, canned.url]),
    ) as typeof subgraphs.urls;
    const alone: Contender[] = [
      { name: 'ours', gateway: await startOurGateway({ port: 4521, subgraphUrls: cannedUrls, ...secrets }) },
      {
        name: 'ours-nodedup',
        gateway: await startOurGateway({
          port: 4522,
          subgraphUrls: cannedUrls,
          ...secrets,
          env: { DEDUPLICATE_INFLIGHT: 'disabled' },
        }),
      },
      { name: 'stock', gateway: await startStockApolloGateway({ port: 4523, subgraphUrls: cannedUrls, ...secrets }) },
      {
        name: 'hive',
        gateway: await startHiveGateway({ port: 4524, subgraphUrls: cannedUrls, ...secrets, deduplicate: true }),
      },
      {
        name: 'hive-nodedup',
        gateway: await startHiveGateway({ port: 4525, subgraphUrls: cannedUrls, ...secrets, deduplicate: false }),
      },
    ];
    owned.push(...alone.map((contender) => contender.gateway));
    try {
      for (const contender of alone) await checkedRequest(contender.gateway.url, list, token);
      const rows = await compareGateways(alone, [list], settings.connections, token, settings.seconds, settings.rounds);
      const names = alone.map((contender) => contender.name);
      say(
        `\n**Gateways alone** (the list query; one process answers every subgraph fetch at once with economy's recorded answer, so no subgraph or database work is left; ${settings.rounds} rounds × ${settings.seconds} s, gateways in turn, medians). Requests/s, p50/p99 ms, gateway CPU ms per request:`,
      );
      say(`| conn | ${names.join(' | ')} | ours ÷ hive | ours-nodedup ÷ hive-nodedup | ours-nodedup ÷ stock |`);
      say(`|---|${names.map(() => '---|').join('')}---|---|---|`);
      for (const connections of settings.connections) {
        const row = Object.fromEntries(
          rows.filter((r) => r.connections === connections).map((r) => [r.gateway, r]),
        ) as Record<string, ComparisonRow>;
        const ratio = (a: string, b: string) => (row[b].rps > 0 ? (row[a].rps / row[b].rps).toFixed(2) : '—');
        say(
          `| ${connections} | ${names.map((name) => `${row[name].rps.toFixed(0)} · ${row[name].p50}/${row[name].p99} · ${row[name].cpuMsPerRequest.toFixed(2)}`).join(' | ')} | ${ratio('ours', 'hive')} | ${ratio('ours-nodedup', 'hive-nodedup')} | ${ratio('ours-nodedup', 'stock')} |`,
        );
      }
    } finally {
      for (const contender of alone) await contender.gateway.stop();
      await canned.stop();
    }
  }

  if (only.has('workers')) {
    const twoWorkers = await startOurGateway({
      port: 4513,
      subgraphUrls: subgraphs.urls,
      ...secrets,
      env: { GATEWAY_WORKERS: '2' },
    });
    owned.push(twoWorkers);
    const rows = await compareGateways(
      [
        { name: '1 worker', gateway: ours },
        { name: '2 workers', gateway: twoWorkers },
      ],
      BENCH_QUERIES.filter((query) => query.name === 'list' || query.name === 'profile'),
      [50],
      token,
      settings.seconds,
      settings.rounds,
    );
    say(
      '\n**Scale-out** (GATEWAY_WORKERS, node:cluster on one port, 50 connections, medians). On 2 cores the subgraphs and engine share the same cores, so this shows the gateway is not the limit rather than a clean 2×.',
    );
    say('| query | workers | req/s | p50/p99 ms |');
    say('|---|---|---|---|');
    for (const row of rows) say(`| ${row.query} | ${row.gateway} | ${row.rps.toFixed(0)} | ${row.p50}/${row.p99} |`);
    await twoWorkers.stop();
  }

  if (only.has('growth')) {
    // Sequential per query (concurrency 1), one query after another.
    const measure = async () => {
      const result: Record<string, number[]> = {};
      for (const query of BENCH_QUERIES)
        result[query.name] = await sequentialLatencies(() => postQuery(ours.url, query, token), settings.latencyCount);
      return result;
    };
    const small = await measure();
    const smallUsage = await captureIndexUsage(engine.uri, secrets, BENCH_QUERIES);
    await seed(settings.largeScale);
    for (const query of BENCH_QUERIES) await checkedRequest(ours.url, query, token);
    const large = await measure();
    const largeUsage = await captureIndexUsage(engine.uri, secrets, BENCH_QUERIES);
    say(
      `\n**Data growth** (our gateway, concurrency 1, ${settings.latencyCount} requests each): --scale 1 against --scale ${settings.largeScale}. Every benchmark query is paginated with a fixed page size.`,
    );
    say(`| query | scale 1 p50 / p99 ms | scale ${settings.largeScale} p50 / p99 ms | p50 ratio |`);
    say('|---|---|---|---|');
    for (const query of BENCH_QUERIES) {
      const a = small[query.name];
      const b = large[query.name];
      say(
        `| ${query.name} | ${ms(median(a))} / ${ms(percentile(a, 99))} | ${ms(median(b))} / ${ms(percentile(b, 99))} | ${(median(b) / median(a)).toFixed(2)} |`,
      );
    }
    reportIndexUsage(smallUsage, largeUsage, settings.largeScale, say);
  }
  say(`Load average at end ${loadavg()[0].toFixed(1)}.`);
} finally {
  await Promise.all(owned.reverse().map((process) => process.stop()));
}

appendFileSync(RESULTS_FILE, `${report.join('\n')}\n`);
console.log(`\nappended to ${RESULTS_FILE}`);
