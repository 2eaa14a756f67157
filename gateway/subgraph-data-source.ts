import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '../subgraphs/shared/identity.js';
import type { GatewayContext } from './context.js';

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

export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly subgraphSecret: string,
    timeoutMs: number,
  ) {
    super({ url, fetcher: timeoutFetcher(timeoutMs) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('viewer' in context) || !context.viewer) return;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    headers.set(IDENTITY_HEADER, signIdentity(context.viewer, context.requestId, this.subgraphSecret));
  }
}
