import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { createGraphQLHttpServer, listen, type Listening } from '../platform/server/http-server.js';
import { CORRELATION_ID_HEADER, REQUEST_ID_HEADER, type Viewer } from '../platform/contract/identity.js';
import { rateLimited } from '../platform/contract/errors.js';
import { PURPOSE_HEADER, purposeOf } from '../platform/contract/purpose.js';
import type { Authenticate } from './auth.js';
import type { GatewayContext } from './context.js';
import { createCsvExport } from './csv-export.js';
import { buildGraphiQLPage, type GraphiQLPage } from './graphiql.js';
import { createCors } from './cors.js';
import { loadPersistedDocuments, TrustedDocuments } from './trusted-documents.js';
import {
  clientAddress,
  DEFAULT_RATE_LIMITS,
  processRateLimiter,
  type RateLimiter,
  type RateLimits,
} from './rate-limits.js';
import { checkSubgraphs, healthRoutes } from './health.js';
import { DEFAULT_QUERY_LIMITS, queryLimitOptions, type QueryLimits } from './limits.js';
import { KnownOperationTypesRule, requireResolvableOperation } from '../platform/server/operation-checks.js';
import { InflightFetches } from './inflight-fetches.js';
import { SignedSubgraphDataSource } from './subgraph-data-source.js';
import { SubgraphOutcomes } from './subgraph-failures.js';

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql or SUPERGRAPH_PATH). */
  supergraphSdl: string;
  /** Per-subgraph URL overrides by subgraph name; others come from the supergraph file. */
  subgraphUrls?: Readonly<Record<string, string | undefined>>;
  subgraphSecret: string;
  authenticate: Authenticate;
  /** Per-subgraph request timeout (SUBGRAPH_TIMEOUT_MS), default 5 s. */
  subgraphTimeoutMs?: number;
  /** Serve GraphiQL on GET /graphql (off in production unless enabled). */
  graphiql?: boolean;
  introspection?: boolean;
  /** "Did you mean …" in validation errors (off in production unless enabled). */
  fieldSuggestions?: boolean;
  /** Query limits; unset ones take DEFAULT_QUERY_LIMITS. */
  limits?: Partial<QueryLimits>;
  /** Identical queries of one caller in flight at once share one subgraph fetch (default on; DEDUPLICATE_INFLIGHT=false). */
  deduplicateInflightFetches?: boolean;
  /** Exact origins whose pages may call the gateway (CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
  /** Requests per second by role and for callers without a token (RATE_LIMITS); null = off; default DEFAULT_RATE_LIMITS. */
  rateLimits?: RateLimits | null;
  /** Proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES). */
  trustedProxies?: readonly string[];
  /** Where the buckets live (default: this process, or the cluster primary under GATEWAY_WORKERS). */
  rateLimiter?: RateLimiter;
  /** Trusted documents (default: the typed client's persisted-documents.json, PERSISTED_DOCUMENTS=allow). */
  trustedDocuments?: TrustedDocuments;
}

interface Gateway {
  listen(port?: number, host?: string): Promise<Listening>;
}

const CORRELATION_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The caller's `x-request-id` is only a correlation id: the audit's request id is always the
 * gateway's, so a caller cannot file its reads under another request's id. Anything but a short
 * plain token is ignored rather than carried into logs and records.
 */
function correlationIdOf(req: IncomingMessage): string | undefined {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && CORRELATION_ID_PATTERN.test(given) ? given : undefined;
}

function wantsHtml(req: IncomingMessage): boolean {
  return req.method === 'GET' && String(req.headers.accept ?? '').includes('text/html');
}

/**
 * On every gateway response, JSON and CSV included: no page of ours may be framed (clickjacking
 * of GraphiQL, which holds a token), content types are not sniffed (a JSON error echoing input is
 * never run as HTML), and no URL (with its query variables) leaks to other sites as a referrer.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function sendGraphiQL(req: IncomingMessage, res: ServerResponse, page: GraphiQLPage): void {
  const gzip = String(req.headers['accept-encoding'] ?? '').includes('gzip');
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': page.contentSecurityPolicy,
    'cache-control': 'no-cache',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(gzip ? page.gzipped : page.html);
}

/** Echoes the gateway's request id (what the subgraphs' audit records hold) and the caller's correlation id. */
const echoRequestId: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
        if (contextValue.correlationId) response.http.headers.set(CORRELATION_ID_HEADER, contextValue.correlationId);
      },
    };
  },
};

export function createGateway(options: GatewayOptions): Gateway {
  // @apollo/gateway otherwise probes cloud metadata endpoints and sends usage metrics to Apollo's
  // servers; this product runs on closed government networks and sends nothing off the machine.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const subgraphUrls = new Map<string, string>();
  const outcomes = new SubgraphOutcomes();
  const timeoutMs = options.subgraphTimeoutMs ?? 5000;
  const inflight = options.deduplicateInflightFetches === false ? undefined : new InflightFetches();
  const dataSources: SignedSubgraphDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const resolved = options.subgraphUrls?.[name] ?? url;
      if (!resolved) throw new Error(`no URL for subgraph ${name}: set it in the supergraph file or the environment`);
      subgraphUrls.set(name, resolved);
      const dataSource = new SignedSubgraphDataSource({
        name,
        url: resolved,
        subgraphSecret: options.subgraphSecret,
        timeoutMs,
        outcomes,
        inflight,
      });
      dataSources.push(dataSource);
      return dataSource;
    },
  });
  const limits = queryLimitOptions(
    { ...DEFAULT_QUERY_LIMITS, ...options.limits },
    { fieldSuggestions: options.fieldSuggestions ?? true },
  );
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    // Persisted documents and APQ are resolved in front of Apollo (trusted-documents.ts), from the manifest first.
    persistedQueries: false,
    // Our process entry owns SIGTERM (finish in-flight requests, close the database, exit 0);
    // Apollo's own handler would stop the server under it and re-raise the signal.
    stopOnTerminationSignals: false,
    ...limits,
    validationRules: [...limits.validationRules, KnownOperationTypesRule],
    // No HTTP caching of GraphQL answers (personal data, per-caller masking): skip computing cache hints.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      echoRequestId,
      requireResolvableOperation<GatewayContext>(),
      ...limits.plugins,
    ],
  });
  let graphiqlPage: GraphiQLPage | null = null;
  const rateLimits = options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits;
  const trustedProxies = options.trustedProxies ?? [];
  const rateLimiter = rateLimits ? (options.rateLimiter ?? processRateLimiter()) : null;
  const trustedDocuments = options.trustedDocuments ?? new TrustedDocuments(loadPersistedDocuments(), 'allow');
  const throttle = async (key: string, perSecond: number | null, subject: string) => {
    if (!rateLimiter || perSecond === null) return;
    const decision = await rateLimiter.take(key, perSecond);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds, perSecond, subject);
  };

  return {
    async listen(port = 0, host = '127.0.0.1') {
      await apollo.start();
      if (options.graphiql ?? true) graphiqlPage = buildGraphiQLPage();
      const context = async (req: IncomingMessage): Promise<GatewayContext> => {
        let viewer: Viewer;
        try {
          viewer = await options.authenticate(req.headers.authorization);
        } catch (error) {
          // Callers without a valid token are limited per client address, before they hear why.
          await throttle(`ip:${clientAddress(req, trustedProxies)}`, rateLimits?.anonymous ?? null, 'this address');
          throw error;
        }
        await throttle(`sub:${viewer.sub}`, rateLimits?.[viewer.role] ?? null, `subject ${viewer.sub}`);
        trustedDocuments.checkRequest(req, viewer.role);
        // Validated here (BAD_USER_INPUT, HTTP 400) and signed into every subgraph fetch's identity.
        const purpose = purposeOf(req.headers[PURPOSE_HEADER]);
        const correlationId = correlationIdOf(req);
        return {
          requestId: randomUUID(),
          ...(correlationId ? { correlationId } : {}),
          viewer,
          ...(purpose === null ? {} : { purpose }),
        };
      };
      const server = createGraphQLHttpServer<GatewayContext>({
        apollo,
        context,
        routes: {
          '/export.csv': createCsvExport({ apollo, context }),
          ...healthRoutes({
            authenticate: options.authenticate,
            check: () => checkSubgraphs(subgraphUrls, Math.min(timeoutMs, 2000), outcomes),
          }),
        },
        responseHeaders: SECURITY_HEADERS,
        front: createCors(options.corsOrigins ?? []),
        prepareRequest: (req, request) => trustedDocuments.prepareRequest(req, request),
        etagGetAnswers: true,
        landingPage: (req, res) => {
          if (!graphiqlPage || !wantsHtml(req)) return false;
          sendGraphiQL(req, res, graphiqlPage);
          return true;
        },
      });
      return listen(server, port, host, async () => {
        await apollo.stop();
        await Promise.all(dataSources.map((dataSource) => dataSource.close()));
      });
    },
  };
}
