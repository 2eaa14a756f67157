/**
 * The gateway's `/health`: each subgraph's own `/health`, probed in parallel with a short
 * timeout. `degraded` names the subgraphs that do not answer ok; the gateway keeps serving the
 * healthy ones.
 */
export interface SubgraphHealth {
  name: string;
  url: string;
  status: 'ok' | 'unreachable' | 'not-ready';
  detail?: string;
}

export interface GatewayHealth {
  status: 'ok' | 'degraded';
  subgraphs: SubgraphHealth[];
}

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

export async function checkSubgraphs(urls: ReadonlyMap<string, string>, timeoutMs = 2000): Promise<GatewayHealth> {
  const subgraphs = await Promise.all([...urls].map(([name, url]) => probe(name, url, timeoutMs)));
  return { status: subgraphs.every((subgraph) => subgraph.status === 'ok') ? 'ok' : 'degraded', subgraphs };
}
