import type { Viewer } from '../subgraphs/shared/identity.js';

/** Per-request state at the gateway: who is calling and the id that ties the logs together. */
export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
  /**
   * The caller's stated purpose, the `x-access-purpose` header exactly as received (validated by
   * purposeOf), forwarded to every subgraph fetch; absent when none was sent.
   */
  purposeHeader?: string;
}
