import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Pool } from 'undici';
import { IDENTITY_HEADER, signIdentity } from '../platform/contract/identity.js';
import { AUDITED_READS_HEADER } from '../platform/access/audit.js';
import type { GatewayContext } from './context.js';
import { InflightFetches, type SharedAnswer } from './inflight-fetches.js';
import {
  graphQLAnswerOf,
  isQueryOperation,
  isRetriableNetworkError,
  subgraphFailureError,
  SubgraphOutcomes,
} from './subgraph-failures.js';

/**
 * Calls one subgraph on behalf of the verified caller. It implements @apollo/gateway's data-source
 * interface itself instead of extending RemoteGraphQLDataSource: that class builds node-fetch
 * Headers and a Request per fetch and sends through WHATWG fetch, which cost more gateway CPU per
 * request than the whole rest of a simple query (bench/RESULTS.md). Here a fetch is one undici
 * `Pool.request` on a keep-alive connection: headers and body in one write, the body read once.
 *
 * - The identity travels in a header signed with SUBGRAPH_SECRET for this one fetch: method, path,
 *   body digest, a fresh nonce, request and correlation ids, viewer and a 30 s expiry. Every fetch
 *   (a retry, a joiner's own fetch) is signed anew, since a subgraph accepts each nonce once.
 *   The caller's stated purpose (`x-access-purpose`) goes inside the signed identity, for the subgraphs' audit trail.
 * - @apollo/gateway has no per-subgraph timeout: every fetch carries an abort signal.
 * - A query whose connection was refused or reset is retried once; a mutation never is.
 * - Identical queries of the same caller in flight at once share one fetch (inflight-fetches.ts).
 */
interface SubgraphCall {
  /** The subgraph's name in the supergraph, reported as `extensions.serviceName`. */
  name: string;
  url: string;
  subgraphSecret: string;
  timeoutMs: number;
  /** Where outcomes are recorded for the gateway's `/health`. */
  outcomes: SubgraphOutcomes;
  /** Shared by all subgraphs of one gateway; absent: every fetch is sent. */
  inflight?: InflightFetches;
}

type GatewayResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** More than enough for 50 concurrent callers on one gateway process; beyond it fetches queue. */
const MAX_CONNECTIONS_PER_SUBGRAPH = 128;

/** The whole viewer and the stated purpose as text (the caller's part of a deduplication key), computed once per incoming request. */
const viewerKeys = new WeakMap<GatewayContext, string>();

function viewerKeyOf(context: GatewayContext): string {
  let key = viewerKeys.get(context);
  if (key === undefined) {
    // The purpose is part of the key: under REQUIRE_PURPOSE an answer without one differs.
    key =
      context.purpose === undefined
        ? InflightFetches.viewerKey(context.viewer)
        : `${InflightFetches.viewerKey(context.viewer)}\u0000${context.purpose}`;
    viewerKeys.set(context, key);
  }
  return key;
}

/** Non-2xx answers keep @apollo/gateway's error shape, so subgraph-failures.ts reads them as before. */
function httpFailure(status: number, body: unknown): GraphQLError {
  return new GraphQLError(`HTTP ${status}`, { extensions: { response: { status, body } } });
}

function isGatewayContext(context: GatewayContext | Record<string, unknown>): context is GatewayContext {
  return typeof context.requestId === 'string' && typeof context.viewer === 'object' && context.viewer !== null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export class SignedSubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(private readonly call: SubgraphCall) {
    const url = new URL(call.url);
    this.pool = new Pool(url.origin, { connections: MAX_CONNECTIONS_PER_SUBGRAPH });
    this.path = `${url.pathname}${url.search}`;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayResponse> {
    const { request, context } = options;
    const query = request.query;
    if (!query) throw new Error('Missing query');
    const isQuery = isQueryOperation('document' in options ? options.document : undefined, query);
    // A health-check fetch carries no incoming request: it goes out unsigned.
    const caller = isGatewayContext(context) ? context : undefined;
    const body = JSON.stringify({ query, variables: request.variables, operationName: request.operationName });
    const send = () => this.send(caller, body, isQuery);
    const { inflight } = this.call;
    if (!isQuery) {
      inflight?.forgetAll();
      try {
        return (await send()).answer;
      } finally {
        inflight?.forgetAll();
      }
    }
    if (!inflight || !caller) return (await send()).answer;
    // The body holds the text, the variables and the operation name, already serialised once.
    return inflight.run(InflightFetches.key(this.call.name, viewerKeyOf(caller), body), send);
  }

  /** One fetch (and one retry of a query whose connection failed), its outcome recorded for /health. */
  private async send(
    caller: GatewayContext | undefined,
    body: string,
    isQuery: boolean,
  ): Promise<SharedAnswer<GatewayResponse>> {
    const { name, outcomes, timeoutMs } = this.call;
    try {
      const answer = await this.fetchOnce(caller, body).catch((error: unknown) => {
        if (isQuery && isRetriableNetworkError(error)) return this.fetchOnce(caller, body);
        throw error;
      });
      outcomes.succeeded(name);
      return answer;
    } catch (error) {
      const answer = graphQLAnswerOf(error);
      const failure = subgraphFailureError(name, error, timeoutMs);
      if (answer && answer.status < 500) outcomes.succeeded(name);
      else outcomes.failed(name, String(failure.extensions.reason));
      // A subgraph's coded errors pass through (the gateway adds serviceName); other failures become one coded error.
      if (answer)
        return {
          answer: { errors: answer.errors },
          copy: () => ({ errors: structuredClone(answer.errors) }),
          personal: false,
        };
      throw failure;
    }
  }

  private async fetchOnce(caller: GatewayContext | undefined, body: string): Promise<SharedAnswer<GatewayResponse>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (caller) {
      const claims = {
        viewer: caller.viewer,
        requestId: caller.requestId,
        correlationId: caller.correlationId,
        purpose: caller.purpose,
      };
      headers[IDENTITY_HEADER] = signIdentity(
        claims,
        { method: 'POST', path: this.path, body },
        this.call.subgraphSecret,
      );
    }
    const response = await this.pool.request({
      path: this.path,
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(this.call.timeoutMs),
    });
    const text = await response.body.text();
    const parsed = parseJson(text);
    if (response.statusCode < 200 || response.statusCode > 299) throw httpFailure(response.statusCode, parsed);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('Expected JSON response body');
    // A subgraph that does not say how many personal values it read in full is taken to have read some.
    return {
      answer: parsed as GatewayResponse,
      copy: () => JSON.parse(text) as GatewayResponse,
      personal: response.headers[AUDITED_READS_HEADER] !== '0',
    };
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
