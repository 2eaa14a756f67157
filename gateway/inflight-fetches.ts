import type { Viewer } from '../platform/contract/identity.js';

/**
 * In-flight deduplication of identical subgraph queries for the same caller identity: while a
 * fetch is on its way, an identical one (same subgraph, operation text, variables, and the same
 * viewer: subject, role, jurisdiction, domains) joins it instead of costing the subgraph and the
 * database a second time. A dashboard opened by a street office's staff at once, or a service
 * polling, sends exactly this.
 *
 * What is never shared:
 * - mutations, and any query that was in flight while a mutation ran: a mutation empties the table
 *   when it starts and when it ends, so a query sent after a write never joins a read from before it;
 * - a result the subgraph says it audited (personal values read in full): every request reading
 *   personal data must reach the subgraph under its own request id, so joiners of such a fetch
 *   send their own (see `SharedAnswer.personal`);
 * - anything across callers: the key holds the whole viewer, so masking and jurisdiction can not
 *   leak from one identity to another.
 */
export interface SharedAnswer<T> {
  /** The sender's own answer. */
  answer: T;
  /**
   * A fresh copy for each joiner: the gateway merges later fetches into a response in place, so
   * two requests must never hold the same objects.
   */
  copy: () => T;
  /** The subgraph recorded full reads of personal values for this fetch: not to be shared. */
  personal: boolean;
}

export class InflightFetches {
  private readonly inflight = new Map<string, Promise<SharedAnswer<unknown>>>();
  /** Fetches answered to a joiner instead of being sent (the unit test reads it; nothing reports it yet). */
  joined = 0;

  /**
   * The whole viewer as text, every field of it (a field added later included): two identities
   * differing in anything never share a key.
   */
  static viewerKey(viewer: Viewer): string {
    return JSON.stringify(viewer);
  }

  /** `body` is the fetch's JSON body (operation text, variables, operation name). */
  static key(subgraph: string, viewerKey: string, body: string): string {
    return `${subgraph}\u0000${viewerKey}\u0000${body}`;
  }

  /**
   * Runs `send` unless an identical fetch is in flight, then answers from that one; a personal
   * answer is not shared: the joiner runs `send` itself.
   */
  async run<T>(key: string, send: () => Promise<SharedAnswer<T>>): Promise<T> {
    const pending = this.inflight.get(key) as Promise<SharedAnswer<T>> | undefined;
    if (pending) {
      const shared = await pending;
      if (!shared.personal) {
        this.joined++;
        return shared.copy();
      }
      return (await send()).answer;
    }
    const started = send();
    this.inflight.set(key, started);
    try {
      return (await started).answer;
    } finally {
      // Only this fetch's own entry: a mutation may have emptied the table and a newer fetch taken the key.
      if (this.inflight.get(key) === started) this.inflight.delete(key);
    }
  }

  /** A write started or ended: later queries must not join reads sent before it. */
  forgetAll(): void {
    this.inflight.clear();
  }
}
