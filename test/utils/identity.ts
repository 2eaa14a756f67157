import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER, signIdentity, type IdentityClaims, type Viewer } from '../../platform/contract/identity.js';

/**
 * Signs a request to a subgraph as the gateway would: for this method, the path of `url` and these
 * exact body bytes. Tests that call a subgraph directly send each header once (a subgraph refuses
 * a nonce it has seen).
 */
export function identityHeaders(
  viewer: Viewer,
  request: { url: string; body: string | Uint8Array; method?: string },
  secret: string,
  options: { requestId?: string; correlationId?: string; purpose?: string; ttlMs?: number; now?: number } = {},
): Record<string, string> {
  const url = new URL(request.url);
  const claims: IdentityClaims = {
    viewer,
    requestId: options.requestId ?? randomUUID(),
    ...(options.correlationId ? { correlationId: options.correlationId } : {}),
    ...(options.purpose ? { purpose: options.purpose } : {}),
  };
  const header = signIdentity(
    claims,
    { method: request.method ?? 'POST', path: `${url.pathname}${url.search}`, body: request.body },
    secret,
    options,
  );
  return { [IDENTITY_HEADER]: header };
}

/** The JSON body `TestStack.graphql` sends, so a caller can sign it beforehand. */
export function graphqlBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}
