import type { SubgraphOutcomes } from './subgraph-failures.js';

/**
 * The gateway's `/health`: each subgraph's own `/health`, probed in parallel with a short
 * timeout, and the outcome of the last real request to it (a subgraph can answer its probe yet
 * time out or break on queries). `degraded` names the subgraphs that are not ok; the gateway
 * keeps serving the healthy ones.
 */
export interface SubgraphHealth {
  name: string;
  url: string;
  status: 'ok' | 'unreachable' | 'not-ready' | 'failing';
  detail?: string;
}

export interface GatewayHealth {
  status: 'ok' | 'degraded';
  subgraphs: SubgraphHealth[];
}

/** How long a failed request keeps a subgraph `failing` when no request has succeeded since. */
export const RECENT_FAILURE_MS = 30_000;

function healthUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = '/health';
  url.search = '';
  return url.toString();
}

async function probe(name: string, url: string, timeoutMs: number): Promise<SubgraphHealth> {
  try {
    const response = await fetch(healthUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
    if (response.ok) return { name, url, status: 'ok' };
    return { name, url, status: 'not-ready', detail: `HTTP ${response.status}` };
  } catch (error) {
    return { name, url, status: 'unreachable', detail: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error) };
  }
}

export async function checkSubgraphs(urls: ReadonlyMap<string, string>, timeoutMs = 2000, outcomes?: SubgraphOutcomes): Promise<GatewayHealth> {
  const subgraphs = await Promise.all(
    [...urls].map(async ([name, url]): Promise<SubgraphHealth> => {
      const probed = await probe(name, url, timeoutMs);
      const failure = outcomes?.recentFailure(name, RECENT_FAILURE_MS);
      return probed.status === 'ok' && failure ? { name, url, status: 'failing', detail: `last request: ${failure.reason}` } : probed;
    }),
  );
  return { status: subgraphs.every((subgraph) => subgraph.status === 'ok') ? 'ok' : 'degraded', subgraphs };
}
