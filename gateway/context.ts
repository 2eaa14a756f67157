import type { Viewer } from '../subgraphs/shared/identity.js';

/** Per-request state at the gateway: who is calling and the id that ties the logs together. */
export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
}
