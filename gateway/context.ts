import type { Viewer } from '../platform/contract/identity.js';

/** Per-request state at the gateway: who is calling and the ids that tie the logs together. */
export interface GatewayContext {
  /** Always the gateway's own (randomUUID): what the subgraphs sign for and audit under. */
  requestId: string;
  /** The caller's `x-request-id`, if valid: carried along and echoed as `x-correlation-id`. */
  correlationId?: string;
  viewer: Viewer;
  /**
   * The caller's stated purpose (`x-access-purpose`, decoded and validated by purposeOf), signed
   * into every subgraph fetch's identity; absent when none was sent.
   */
  purpose?: string;
}
