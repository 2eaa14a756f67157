import autocannon from 'autocannon';
import type { BenchQuery } from './queries.js';

/** Load and latency measurement against 127.0.0.1 only, always with a bounded duration or count. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Non-2xx answers and socket errors: any makes the row invalid. */
  failures: number;
}

export function assertLoopback(url: string): void {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`benchmarks load 127.0.0.1 only, not ${url}`);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

function requestBody(query: BenchQuery): string {
  return JSON.stringify({ query: query.query, variables: query.variables });
}

/** One request; throws on a non-200 answer or a GraphQL error, so a broken query never gets benchmarked. */
export async function checkedRequest(url: string, query: BenchQuery, token: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: requestBody(query),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: Array<{ message: string }> };
  if (response.status !== 200 || body.errors)
    throw new Error(`${query.name} at ${url}: HTTP ${response.status} ${body.errors?.[0]?.message ?? ''}`);
  return text.length;
}

/** autocannon with `connections` concurrent keep-alive connections for `seconds`. */
export async function load(
  url: string,
  query: BenchQuery,
  token: string,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  assertLoopback(url);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: requestBody(query),
    connections,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Sequential latencies (concurrency 1) of `count` runs of `send`, after `warmup` unmeasured ones. */
export async function sequentialLatencies(
  send: () => Promise<unknown>,
  count: number,
  warmup = Math.ceil(count / 5),
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await send();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await send();
    times.push(performance.now() - started);
  }
  return times;
}

export async function postQuery(url: string, query: BenchQuery, token: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: requestBody(query),
  });
  await response.arrayBuffer();
}
