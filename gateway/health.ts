import { sendJson, type RouteHandler } from '../platform/server/http-server.js';
import type { Authenticate } from './auth.js';
import type { SubgraphOutcomes } from './subgraph-failures.js';

/**
 * The gateway's health: each subgraph's own `/health`, probed in parallel with a short timeout,
 * and the outcome of the last real request to it (a subgraph can answer its probe yet time out or
 * break on queries). `degraded` when any subgraph is not ok; the gateway keeps serving the
 * healthy ones. The public `/health` says only that; `/health/details` (admins) names them.
 */
interface SubgraphHealth {
  name: string;
  url: string;
  status: 'ok' | 'unreachable' | 'not-ready' | 'failing';
  detail?: string;
}

interface GatewayHealth {
  status: 'ok' | 'degraded';
  subgraphs: SubgraphHealth[];
}

/** How long a failed request keeps a subgraph `failing` when no request has succeeded since. */
const RECENT_FAILURE_MS = 30_000;

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
    return {
      name,
      url,
      status: 'unreachable',
      detail:
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error),
    };
  }
}

export async function checkSubgraphs(
  urls: ReadonlyMap<string, string>,
  timeoutMs = 2000,
  outcomes?: SubgraphOutcomes,
): Promise<GatewayHealth> {
  const subgraphs = await Promise.all(
    [...urls].map(async ([name, url]): Promise<SubgraphHealth> => {
      const probed = await probe(name, url, timeoutMs);
      const failure = outcomes?.recentFailure(name, RECENT_FAILURE_MS);
      return probed.status === 'ok' && failure
        ? { name, url, status: 'failing', detail: `last request: ${failure.reason}` }
        : probed;
    }),
  );
  return { status: subgraphs.every((subgraph) => subgraph.status === 'ok') ? 'ok' : 'degraded', subgraphs };
}

function sendError(res: Parameters<RouteHandler>[1], status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * `/health` answers `{ status }` only, for load balancers and anyone who can reach the port:
 * subgraph names, URLs and error texts map the internal network. It is 200 when degraded too, so
 * a load balancer does not pull every gateway (and the healthy domains) when one subgraph fails.
 * `/health/details` is the full report, for a bearer token of an admin (401 without a valid
 * token, 403 for other roles), authenticated exactly as /graphql and /export.csv are.
 */
export function healthRoutes(options: {
  authenticate: Authenticate;
  check: () => Promise<GatewayHealth>;
}): Record<string, RouteHandler> {
  return {
    '/health': async (_req, res) => sendJson(res, 200, { status: (await options.check()).status }),
    '/health/details': async (req, res) => {
      let role: string;
      try {
        role = (await options.authenticate(req.headers.authorization)).role;
      } catch (error) {
        // The authenticator's refusals are coded errors; anything else is a failure of ours (500).
        if (!(error instanceof Error && 'extensions' in error)) throw error;
        return sendError(res, 401, 'UNAUTHENTICATED', error.message);
      }
      if (role !== 'admin')
        return sendError(res, 403, 'FORBIDDEN', `/health/details needs an admin token; this token's role is ${role}`);
      sendJson(res, 200, await options.check());
    },
  };
}
