import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { parse, type DocumentNode } from 'graphql';
import type { Connection } from 'mongoose';
import { AUDITED_READS_HEADER } from './audit.js';
import { createRequestContext, type RequestContext } from './context.js';
import type { CursorSecrets } from './cursor-seal.js';
import { KnownOperationTypesRule } from './operation-checks.js';
import { unauthenticated, unavailable } from './errors.js';
import { createGraphQLHttpServer, listen, sendJson, type Listening } from './http-server.js';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, verifyIdentity, type Domain, type Viewer } from './identity.js';
import { guardDateArguments } from './scalars.js';

/** What a subgraph needs from outside: its database connection and the gateway's signing secret. */
export interface SubgraphDeps {
  connection: Connection;
  /** HMAC secret shared with the gateway (SUBGRAPH_SECRET). */
  subgraphSecret: string;
  /** Keys of the sealed list cursors (CURSOR_SECRET, CURSOR_SECRET_PREVIOUS); unset = a random key of this process. */
  cursorSecrets?: CursorSecrets;
}

export interface SubgraphServer {
  readonly domain: Domain;
  readonly apollo: ApolloServer<RequestContext>;
  /** Port 0 = ephemeral; host defaults to 127.0.0.1. */
  listen(port?: number, host?: string): Promise<Listening>;
  /** The context a verified request of `viewer` gets, for in-process execution (tests, tools). */
  contextFor(viewer: Viewer, requestId?: string): RequestContext;
}

/** The SDL of a subgraph, read from `schema/<file>.graphql` (the schema is the source of truth). */
export function loadSchemaFile(file: string): DocumentNode {
  return parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8'));
}

const DATABASE_ERROR_NAMES = new Set(['MongoServerSelectionError', 'MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoNotConnectedError', 'MongoTopologyClosedError', 'MongooseServerSelectionError']);

function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = (current as Error & { cause?: unknown }).cause ?? (current as Error & { originalError?: unknown }).originalError) {
    if (DATABASE_ERROR_NAMES.has(current.name)) return true;
  }
  return false;
}

/**
 * No stack traces and no driver messages reach clients; database outages get a code they can act
 * on. `databaseDown`: the connection is not open, so an internal error (e.g. mongoose's buffering
 * timeout) is the outage too.
 */
export function formatSubgraphError(formatted: GraphQLFormattedError, error: unknown, databaseDown = false): GraphQLFormattedError {
  if (isDatabaseUnavailable(error) || (databaseDown && formatted.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
    return { message: 'database unavailable, try again later', path: formatted.path, extensions: { code: 'UNAVAILABLE' } };
  }
  if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    return { message: 'internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return formatted;
}

/** The connection is open and the server answers a ping: mongoose keeps `readyState` 1 for a while after the server goes away. */
async function databaseAnswers(connection: Connection, timeoutMs = 1000): Promise<boolean> {
  if (connection.readyState !== 1 || !connection.db) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const ping = connection.db.admin().ping().then(() => true, () => false);
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Writes the request's audit records before the response leaves, and marks the response
 * uncacheable as Apollo's cache-control plugin did (no field has a cache hint, so it always said
 * `no-store`); that plugin is off because its per-field hook wraps every resolver.
 */
const flushAuditTrail: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set('cache-control', 'no-store');
        response.http.headers.set(AUDITED_READS_HEADER, String(contextValue.audit.size));
        await contextValue.audit.flush(contextValue.connection);
      },
    };
  },
};

export function createSubgraphServer<TContext extends RequestContext>(
  domain: Domain,
  schema: GraphQLSchema,
  deps: SubgraphDeps,
  extendContext: (base: RequestContext) => TContext,
): SubgraphServer {
  const apollo = new ApolloServer<RequestContext>({
    schema: guardDateArguments(schema),
    formatError: (formatted, error) => formatSubgraphError(formatted, error, deps.connection.readyState !== 1),
    includeStacktraceInErrorResponses: false,
    // Our process entry owns SIGTERM (finish in-flight requests, close the database, exit 0);
    // Apollo's own handler would stop the server under it and re-raise the signal.
    stopOnTerminationSignals: false,
    validationRules: [KnownOperationTypesRule],
    // Inline traces are for Apollo's hosted studio; computing them costs every request. Cache
    // control has nothing to compute here (see flushAuditTrail) but instruments every field.
    plugins: [flushAuditTrail, ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });

  async function context(req: IncomingMessage): Promise<TContext> {
    const requestId = String(req.headers[REQUEST_ID_HEADER] ?? '');
    const identity = verifyIdentity(req.headers[IDENTITY_HEADER] as string | undefined, requestId, deps.subgraphSecret);
    if (!identity.ok) throw unauthenticated(identity.reason);
    // Fail fast while the database is (re)connecting instead of holding the request.
    if (deps.connection.readyState !== 1) throw unavailable('database unavailable, try again later', 503);
    return contextFor(identity.viewer, identity.requestId);
  }

  function contextFor(viewer: Viewer, requestId?: string): TContext {
    return extendContext(createRequestContext({ requestId: requestId || randomUUID(), viewer, domain, connection: deps.connection, cursorSecrets: deps.cursorSecrets }));
  }

  return {
    domain,
    apollo,
    contextFor,
    async listen(port = 0, host = '127.0.0.1') {
      await apollo.start();
      const server = createGraphQLHttpServer<RequestContext>({
        apollo,
        context,
        routes: {
          '/health': async (_req, res) => {
            const databaseUp = await databaseAnswers(deps.connection);
            sendJson(res, databaseUp ? 200 : 503, { status: databaseUp ? 'ok' : 'not-ready', service: domain, database: databaseUp ? 'up' : 'down' });
          },
        },
      });
      const listening = await listen(server, port, host);
      return {
        ...listening,
        close: async (deadlineMs?: number) => {
          await listening.close(deadlineMs);
          await apollo.stop();
        },
      };
    },
  };
}
