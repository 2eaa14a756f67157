import { randomBytes } from 'node:crypto';
import type { Connection } from 'mongoose';
import { createAuthenticator, mintToken, type TokenClaims } from '../../gateway/auth.js';
import { composeSupergraph } from '../../gateway/compose.js';
import { createGateway, type GatewayOptions } from '../../gateway/server.js';
import { SUBGRAPHS } from '../../platform/contract/subgraph-catalog.js';
import { IMPLEMENTATIONS } from '../../subgraphs/registry.js';
import { connectDatabase, provideDatabase, type DatabaseServer } from '../../platform/server/database.js';
import { runMigrations } from '../../platform/server/migrations.js';
import type { Listening } from '../../platform/server/http-server.js';
import type { CursorSecrets } from '../../platform/query/cursor-seal.js';
import type { Domain, Viewer } from '../../platform/contract/identity.js';
import { graphqlBody, identityHeaders } from './identity.js';

/**
 * The whole system in one test process: a database from the provider (the offline engine here,
 * real MongoDB when MONGODB_URI is set), the four subgraphs and the gateway on ephemeral ports
 * of 127.0.0.1, composed from the subgraphs' SDL files. `stop()` closes everything.
 */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: TData | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

export interface TestStack {
  gatewayUrl: string;
  subgraphUrls: Record<Domain, string>;
  connections: Record<Domain, Connection>;
  databaseUri: string;
  jwtSecret: string;
  subgraphSecret: string;
  token(claims: TokenClaims): Promise<string>;
  /**
   * POSTs a GraphQL request to the gateway (or `url`) with an optional bearer token; `signAs`
   * signs it for a subgraph as the gateway would (that exact body, a fresh nonce).
   */
  graphql<TData = Record<string, unknown>>(
    query: string,
    options?: GraphQLRequestOptions,
  ): Promise<GraphQLResponse<TData>>;
  /** Restarts the four subgraphs on their ports with other cursor keys (a key rotation across replicas). */
  restartSubgraphs(options: { cursorSecrets: CursorSecrets }): Promise<void>;
  stop(): Promise<void>;
}

export interface GraphQLRequestOptions {
  variables?: Record<string, unknown>;
  token?: string;
  url?: string;
  headers?: Record<string, string>;
  signAs?: Viewer;
  /** With `signAs`: the request id signed (default a fresh UUID). */
  requestId?: string;
}

export const ADMIN: TokenClaims = { sub: 'test-admin', role: 'admin' };

export async function startTestStack(
  options: {
    seed?: boolean;
    scale?: number;
    monitorCommands?: boolean;
    cursorSecrets?: CursorSecrets;
    perturbationSecret?: string;
    subgraphTimeoutMs?: number;
    gateway?: Partial<GatewayOptions>;
  } = {},
): Promise<TestStack> {
  const database: DatabaseServer = await provideDatabase({ log: () => {} });
  // On a shared real MongoDB, each test file gets its own databases.
  const prefix = database.kind === 'uri' ? `t${randomBytes(4).toString('hex')}_` : '';
  const jwtSecret = randomBytes(32).toString('base64url');
  const subgraphSecret = randomBytes(32).toString('base64url');
  const connections = {} as Record<Domain, Connection>;
  let listening: Listening[] = [];
  const cursorSecrets = options.cursorSecrets ?? { current: randomBytes(32).toString('base64url') };
  const perturbationSecret = options.perturbationSecret ?? randomBytes(32).toString('base64url');
  const subgraphUrls = {} as Record<Domain, string>;
  for (const info of SUBGRAPHS) {
    const connection = await connectDatabase(database.uri, prefix + info.database, {
      monitorCommands: options.monitorCommands,
    });
    connections[info.name] = connection;
    if (options.seed ?? true)
      await IMPLEMENTATIONS[info.name].seed(connection, { scale: options.scale ?? 1, seed: 20201130 });
    // As a started subgraph does once its database answers (main.ts), before it serves requests.
    await runMigrations(connection);
    const server = IMPLEMENTATIONS[info.name].create({ connection, subgraphSecret, cursorSecrets, perturbationSecret });
    const running = await server.listen(0);
    listening.push(running);
    subgraphUrls[info.name] = running.url;
  }
  const gateway = createGateway({
    supergraphSdl: composeSupergraph(),
    subgraphUrls,
    subgraphSecret,
    authenticate: createAuthenticator({ jwtSecret }),
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    ...options.gateway,
  });
  const gatewayListening = await gateway.listen(0);

  async function graphql<TData>(query: string, request: GraphQLRequestOptions = {}): Promise<GraphQLResponse<TData>> {
    const url = request.url ?? gatewayListening.url;
    const body = graphqlBody(query, request.variables);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
        ...(request.signAs
          ? identityHeaders(request.signAs, { url, body }, subgraphSecret, { requestId: request.requestId })
          : {}),
        ...request.headers,
      },
      body,
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLResponse<TData>['body'],
    };
  }

  return {
    gatewayUrl: gatewayListening.url,
    subgraphUrls,
    connections,
    databaseUri: database.uri,
    jwtSecret,
    subgraphSecret,
    token: (claims) => mintToken(jwtSecret, claims),
    graphql,
    async restartSubgraphs(restart) {
      await Promise.all(listening.map((server) => server.close(1000)));
      const restarted: Listening[] = [];
      for (const info of SUBGRAPHS) {
        const server = IMPLEMENTATIONS[info.name].create({
          connection: connections[info.name],
          subgraphSecret,
          cursorSecrets: restart.cursorSecrets,
          perturbationSecret,
        });
        restarted.push(await server.listen(Number(new URL(subgraphUrls[info.name]).port)));
      }
      listening = restarted;
    },
    async stop() {
      await gatewayListening.close(1000);
      await Promise.all(listening.map((server) => server.close(1000)));
      await Promise.all(
        Object.values(connections).map(async (connection) => {
          if (prefix) await connection.dropDatabase();
          await connection.close();
        }),
      );
      await database.stop();
    },
  };
}
