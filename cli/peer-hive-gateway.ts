import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { createAuthenticator } from '../gateway/auth.js';
import { SUPERGRAPH_FILE } from '../gateway/compose.js';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity, type Viewer } from '../platform/contract/identity.js';

/**
 * The peer gateway for `npm run bench`: Hive Gateway serving the same `schema/supergraph.graphql`
 * (subgraph URLs taken from the same environment variables as ours). Like ours it verifies the
 * caller's JWT and signs the identity header for every subgraph fetch with SUBGRAPH_SECRET, so the
 * subgraphs run unmodified. HIVE_DEDUPLICATE=false turns off its in-flight request deduplication.
 */
interface CallerContext {
  viewer: Viewer;
  requestId: string;
}

const env = process.env;
const subgraphSecret = env.SUBGRAPH_SECRET!;
const authenticate = createAuthenticator({ jwtSecret: env.JWT_SECRET });
let supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
for (const info of SUBGRAPHS) {
  const url = env[info.urlVariable];
  if (url)
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${info.name}", url: ")[^"]+`), `$1${url}`);
}

const authenticateCaller: GatewayPlugin<Partial<CallerContext>> = {
  async onContextBuilding({ context, extendContext }) {
    const viewer = await authenticate(context.request.headers.get('authorization') ?? undefined);
    extendContext({ viewer, requestId: randomUUID() });
  },
  // The signature covers method, path and body bytes, so it is made on the fetch itself (after
  // Hive's in-flight deduplication, so one shared fetch is signed once).
  onFetch({ url, options, setOptions, context }) {
    if (!('viewer' in context) || !context.viewer || !context.requestId || typeof options.body !== 'string') return;
    const target = new URL(url);
    const claims = { viewer: context.viewer, requestId: context.requestId };
    const signed = signIdentity(
      claims,
      { method: options.method ?? 'POST', path: `${target.pathname}${target.search}`, body: options.body },
      subgraphSecret,
    );
    setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), [IDENTITY_HEADER]: signed } });
  },
};

const gateway = createGatewayRuntime<Partial<CallerContext>>({
  supergraph,
  logging: false,
  landingPage: false,
  graphiql: false,
  // Its own request-id plugin would overwrite the id our signature covers.
  requestId: false,
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: env.HIVE_DEDUPLICATE !== 'false' } } },
  plugins: () => [authenticateCaller],
  // Hive keys its deduplication on these headers: a per-request id keeps it from sharing a fetch
  // between requests, as when the (then per-request) signature was propagated here.
  propagateHeaders: {
    fromClientToSubgraphs: ({ context }) =>
      context.viewer && context.requestId ? { [REQUEST_ID_HEADER]: context.requestId } : undefined,
  },
});

const server = createServer(gateway);
server.listen(Number(env.PORT ?? 4100), '127.0.0.1');
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
