import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '../subgraphs/shared/identity.js';
import type { GatewayContext } from './context.js';
import { graphQLAnswerOf, isQueryOperation, isRetriableNetworkError, subgraphFailureError, SubgraphOutcomes } from './subgraph-failures.js';

/**
 * Calls one subgraph on behalf of the verified caller: the identity travels in a header signed
 * with SUBGRAPH_SECRET (request id and expiry inside the signature), so subgraphs trust only the
 * gateway. @apollo/gateway has no per-subgraph timeout, so the fetcher carries an abort signal.
 */
type Fetcher = RemoteGraphQLDataSource['fetcher'];

export function timeoutFetcher(timeoutMs: number): Fetcher {
  return (url, init) =>
    fetch(url, {
      method: init?.method,
      headers: init?.headers,
      // The gateway sends JSON text; a Buffer body is copied into a view fetch accepts.
      body: typeof init?.body === 'string' || init?.body === undefined ? init?.body : new Uint8Array(init.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
}

export interface SubgraphFailureHandling {
  /** The subgraph's name in the supergraph, reported as `extensions.serviceName`. */
  name: string;
  /** Where outcomes are recorded for the gateway's `/health`. */
  outcomes: SubgraphOutcomes;
}

export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly subgraphSecret: string,
    private readonly timeoutMs: number,
    private readonly failures: SubgraphFailureHandling = { name: url, outcomes: new SubgraphOutcomes() },
  ) {
    super({ url, fetcher: timeoutFetcher(timeoutMs) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('viewer' in context) || !context.viewer) return;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    headers.set(IDENTITY_HEADER, signIdentity(context.viewer, context.requestId, this.subgraphSecret));
  }

  /**
   * One fetch, retried once for a query whose connection was refused or reset. A subgraph's coded
   * errors pass through; a transport failure becomes one coded error naming the subgraph.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const { name, outcomes } = this.failures;
    const retriable = () => isQueryOperation('document' in options ? options.document : undefined, options.request.query);
    try {
      const response = await super.process(options).catch((error: unknown) => {
        if (isRetriableNetworkError(error) && retriable()) return super.process(options);
        throw error;
      });
      outcomes.succeeded(name);
      return response;
    } catch (error) {
      const answer = graphQLAnswerOf(error);
      const failure = subgraphFailureError(name, error, this.timeoutMs);
      if (answer && answer.status < 500) outcomes.succeeded(name);
      else outcomes.failed(name, String(failure.extensions.reason));
      if (answer) return { errors: answer.errors };
      throw failure;
    }
  }
}
