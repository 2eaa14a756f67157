import { load, median, type LoadResult } from './load.js';
import type { Running } from './processes.js';
import type { BenchQuery } from './queries.js';

/**
 * Gateways compared in the same run: every round runs each gateway once per row, in turn, so
 * drift over the run hits all of them alike; a row reports the medians over rounds. Besides
 * requests/s and latency, each row has the gateway process's own CPU milliseconds per request.
 */
export interface Contender {
  name: string;
  gateway: Running & { url: string };
}

export interface ComparisonRow {
  query: string;
  connections: number;
  gateway: string;
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  failures: number;
}

export async function compareGateways(
  contenders: Contender[],
  queries: BenchQuery[],
  connectionCounts: number[],
  token: string,
  seconds: number,
  rounds: number,
): Promise<ComparisonRow[]> {
  const rows: ComparisonRow[] = [];
  for (const query of queries) {
    for (const connections of connectionCounts) {
      const samples = new Map<string, Array<LoadResult & { cpuMsPerRequest: number }>>(
        contenders.map((c) => [c.name, []]),
      );
      for (let round = 0; round < rounds; round++) {
        for (const contender of contenders) {
          const cpuBefore = contender.gateway.cpuSeconds();
          const result = await load(contender.gateway.url, query, token, connections, seconds);
          const cpu = contender.gateway.cpuSeconds() - cpuBefore;
          samples
            .get(contender.name)!
            .push({ ...result, cpuMsPerRequest: (cpu * 1000) / Math.max(1, result.rps * seconds) });
        }
      }
      for (const contender of contenders) {
        const runs = samples.get(contender.name)!;
        rows.push({
          query: query.name,
          connections,
          gateway: contender.name,
          rps: median(runs.map((r) => r.rps)),
          p50: median(runs.map((r) => r.p50)),
          p99: median(runs.map((r) => r.p99)),
          cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
          failures: runs.reduce((sum, r) => sum + r.failures, 0),
        });
      }
    }
  }
  return rows;
}
