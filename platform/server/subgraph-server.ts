import { fileURLToPath } from 'node:url';
import { enforcePersonalData } from '../access/personal-fields.js';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequest } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { parse, type DocumentNode } from 'graphql';
import type { Connection } from 'mongoose';
import { AUDITED_READS_HEADER } from '../access/audit.js';
import { createRequestContext, type AccessOptions, type RequestContext } from '../access/request-access.js';
import type { CursorSecrets } from '../query/cursor-seal.js';
import { KnownOperationTypesRule } from './operation-checks.js';
import { unauthenticated, unavailable } from '../contract/errors.js';
import { createGraphQLHttpServer, listen, sendJson, type Listening } from './http-server.js';
import { IDENTITY_HEADER, verifyIdentity, type Domain, type Viewer } from '../contract/identity.js';
import { markPersonLevel } from '../access/person-level.js';
import { checkedPurpose } from '../contract/purpose.js';
import { bindRequestScope, runInRequestScope, runWithRequestHolder } from '../access/request-scope.js';
import { SeenNonces } from './seen-nonces.js';
import { guardDateArguments } from '../contract/scalars.js';

/** What a subgraph needs from outside: its database connection and the gateway's signing secret. */
export interface SubgraphDeps {
  connection: Connection;
  /** HMAC secret shared with the gateway (SUBGRAPH_SECRET). */
  subgraphSecret: string;
  /** REQUIRE_PURPOSE=enabled: a full read of personal data needs the caller's stated purpose (x-access-purpose). */
  requirePurpose?: boolean;
  /** Also accepted while a rotation is under way (SUBGRAPH_SECRET_PREVIOUS). */
  subgraphSecretPrevious?: string;
  /** Keys of the sealed list cursors (CURSOR_SECRET, CURSOR_SECRET_PREVIOUS); unset = a random key of this process. */
  cursorSecrets?: CursorSecrets;
  /** Keys the perturbed statistics of analysts and services (PERTURBATION_SECRET); unset = a random key of this process. */
  perturbationSecret?: string;
}

export interface SubgraphServer {
  readonly domain: Domain;
  readonly apollo: ApolloServer<RequestContext>;
  /** Port 0 = ephemeral; host defaults to 127.0.0.1. */
  listen(port?: number, host?: string): Promise<Listening>;
  /** Executes an operation in process as `viewer` (tests, tools), inside that viewer's request scope. */
  execute(
    viewer: Viewer,
    request: GraphQLRequest,
    requestId?: string,
    options?: Omit<AccessOptions, 'requirePurpose'>,
  ): ReturnType<ApolloServer<RequestContext>['executeOperation']>;
}

/** The SDL every subgraph appends to its own: the declaration of personal data (`@personal`). */
const SHARED_SDL_FILE = fileURLToPath(new URL('../contract/personal-data.graphql', import.meta.url));

const REPOSITORY_ROOT = new URL('../../', import.meta.url);

/**
 * A subgraph's SDL text: its `schema.graphql` (the schema is the source of truth) and the shared
 * declarations. `file` is a URL, or a path relative to the repository root as the catalog names it.
 */
export function subgraphSdl(file: string | URL): string {
  const source = typeof file === 'string' ? new URL(file, REPOSITORY_ROOT) : file;
  return `${readFileSync(source, 'utf8')}\n${readFileSync(SHARED_SDL_FILE, 'utf8')}`;
}

export function loadSchemaFile(file: string | URL): DocumentNode {
  return parse(subgraphSdl(file));
}

const DATABASE_ERROR_NAMES = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongooseServerSelectionError',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let current = error;
    current instanceof Error;
    current =
      (current as Error & { cause?: unknown }).cause ?? (current as Error & { originalError?: unknown }).originalError
  ) {
    if (DATABASE_ERROR_NAMES.has(current.name)) return true;
  }
  return false;
}

/** MongoDB's MaxTimeMSExpired (code 50): the command ran past its role's `maxTimeMS` and was stopped. */
function isTimeLimitExceeded(error: unknown): boolean {
  for (
    let current = error;
    current instanceof Error;
    current =
      (current as Error & { cause?: unknown }).cause ?? (current as Error & { originalError?: unknown }).originalError
  ) {
    if ((current as Error & { code?: unknown }).code === 50) return true;
  }
  return false;
}

/**
 * No stack traces and no driver messages reach clients; database outages get a code they can act
 * on. `databaseDown`: the connection is not open, so an internal error (e.g. mongoose's buffering
 * timeout) is the outage too.
 */
function formatSubgraphError(
  formatted: GraphQLFormattedError,
  error: unknown,
  databaseDown = false,
): GraphQLFormattedError {
  if (isDatabaseUnavailable(error) || (databaseDown && formatted.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
    return {
      message: 'database unavailable, try again later',
      path: formatted.path,
      extensions: { code: 'UNAVAILABLE' },
    };
  }
  if (isTimeLimitExceeded(error)) {
    const message =
      "the question ran past the database time limit for the caller's role (maxTimeMS) and was stopped; ask for a smaller division, a shorter period or fewer dimensions";
    return { message, path: formatted.path, extensions: { code: 'UNAVAILABLE', limit: 'maxTimeMS' } };
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
  const ping = connection.db
    .admin()
    .ping()
    .then(
      () => true,
      () => false,
    );
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Says how many full reads the request made (each was written to the audit trail before its
 * value was served, or withheld), waits for any audit write still on its way, and marks the
 * response uncacheable as Apollo's cache-control plugin did (no field has a cache hint, so it
 * always said `no-store`); that plugin is off because its per-field hook wraps every resolver.
 */
const settleAuditTrail: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set('cache-control', 'no-store');
        response.http.headers.set(AUDITED_READS_HEADER, String(contextValue.audit.size));
        await contextValue.audit.settled();
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
    // Masking, personal-argument guards and person-level refusals are applied to every subgraph here, by construction.
    schema: enforcePersonalData(markPersonLevel(guardDateArguments(schema))),
    formatError: (formatted, error) => formatSubgraphError(formatted, error, deps.connection.readyState !== 1),
    includeStacktraceInErrorResponses: false,
    // Our process entry owns SIGTERM (finish in-flight requests, close the database, exit 0);
    // Apollo's own handler would stop the server under it and re-raise the signal.
    stopOnTerminationSignals: false,
    validationRules: [KnownOperationTypesRule],
    // Inline traces are for Apollo's hosted studio; computing them costs every request. Cache
    // control has nothing to compute here (see settleAuditTrail) but instruments every field.
    // No landing page: subgraphs are internal, and Apollo's default loads Sandbox from a CDN.
    plugins: [
      settleAuditTrail,
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });

  const secrets = deps.subgraphSecretPrevious
    ? [deps.subgraphSecret, deps.subgraphSecretPrevious]
    : [deps.subgraphSecret];
  // Per process: a header accepted here once is refused here again (each subgraph has its own).
  const nonces = new SeenNonces();

  async function context(req: IncomingMessage, rawBody: Buffer): Promise<TContext> {
    const target = { method: req.method ?? 'GET', path: req.url ?? '/', body: rawBody };
    const identity = verifyIdentity(req.headers[IDENTITY_HEADER] as string | undefined, target, secrets, nonces);
    if (!identity.ok) throw unauthenticated(identity.reason);
    // Fail fast while the database is (re)connecting instead of holding the request.
    if (deps.connection.readyState !== 1) throw unavailable('database unavailable, try again later', 503);
    // From here on every database command of this request is narrowed to this viewer (data-scope.ts).
    bindRequestScope({ viewer: identity.viewer, domain, requestId: identity.requestId });
    // The purpose comes signed inside the identity; an x-access-purpose header here is not trusted.
    return contextFor(
      identity.viewer,
      identity.requestId,
      { purpose: identity.purpose === undefined ? null : checkedPurpose(identity.purpose) },
      identity.correlationId,
    );
  }

  function contextFor(
    viewer: Viewer,
    requestId: string,
    options: Omit<AccessOptions, 'requirePurpose'> = {},
    correlationId?: string,
  ): TContext {
    return extendContext(
      createRequestContext(
        {
          requestId,
          correlationId,
          viewer,
          domain,
          connection: deps.connection,
          cursorSecrets: deps.cursorSecrets,
          perturbationSecret: deps.perturbationSecret,
        },
        { ...options, requirePurpose: deps.requirePurpose ?? false },
      ),
    );
  }

  return {
    domain,
    apollo,
    execute(viewer, request, requestId = randomUUID(), options = {}) {
      const contextValue = contextFor(viewer, requestId, options);
      return runInRequestScope({ viewer, domain, requestId }, () => apollo.executeOperation(request, { contextValue }));
    },
    async listen(port = 0, host = '127.0.0.1') {
      await apollo.start();
      const server = createGraphQLHttpServer<RequestContext>({
        apollo,
        context,
        runRequest: runWithRequestHolder,
        routes: {
          '/health': async (_req, res) => {
            const databaseUp = await databaseAnswers(deps.connection);
            sendJson(res, databaseUp ? 200 : 503, {
              status: databaseUp ? 'ok' : 'not-ready',
              service: domain,
              database: databaseUp ? 'up' : 'down',
            });
          },
        },
      });
      return listen(server, port, host, () => apollo.stop());
    },
  };
}
