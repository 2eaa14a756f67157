import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createAuthenticator } from '../gateway/auth.js';
import { SUPERGRAPH_FILE } from '../gateway/compose.js';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import { IDENTITY_HEADER, signIdentity, type Viewer } from '../platform/contract/identity.js';

/**
 * The baseline for `npm run bench`: stock Apollo Gateway as its documentation sets it up
 * (Apollo Server's standalone HTTP server, RemoteGraphQLDataSource with its default fetcher), on
 * the same supergraph and subgraphs, verifying the JWT and signing the identity header per fetch
 * like ours. What our gateway changed is measured against this.
 */
interface CallerContext {
  viewer: Viewer;
  requestId: string;
}

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const env = process.env;
const subgraphSecret = env.SUBGRAPH_SECRET!;
const authenticate = createAuthenticator({ jwtSecret: env.JWT_SECRET });

class SigningDataSource extends RemoteGraphQLDataSource<CallerContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<CallerContext>): void {
    if (!('viewer' in context) || !context.viewer || !request.http) return;
    // The signature covers the body bytes; RemoteGraphQLDataSource (without APQ) sends exactly
    // JSON.stringify({ query, ...the request without http }), so the same bytes are built here.
    const { query, http, ...rest } = request;
    const body = JSON.stringify({ query, ...rest });
    const url = new URL(http.url);
    const claims = { viewer: context.viewer, requestId: context.requestId };
    http.headers.set(
      IDENTITY_HEADER,
      signIdentity(claims, { method: http.method, path: `${url.pathname}${url.search}`, body }, subgraphSecret),
    );
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
  buildService: ({ name, url }) =>
    new SigningDataSource({ url: env[SUBGRAPHS.find((info) => info.name === name)!.urlVariable] ?? url }),
});
const server = new ApolloServer<CallerContext>({ gateway });
await startStandaloneServer(server, {
  listen: { port: Number(env.PORT ?? 4200), host: '127.0.0.1' },
  context: async ({ req }) => ({ viewer: await authenticate(req.headers.authorization), requestId: randomUUID() }),
});
process.once('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
