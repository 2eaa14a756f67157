/**
 * The nonces of the gateway identity headers one subgraph process has accepted, each kept until
 * its header's expiry: a header captured on the wire and sent again is refused as a replay
 * instead of being good for its whole lifetime.
 *
 * Memory stays bounded without a timer: entries sit in insertion order and every claim drops
 * expired ones from the front. Headers live at most MAX_IDENTITY_TTL_MS + CLOCK_SKEW_MS, so an
 * entry is gone at most that long after it was added (one behind a longer-lived entry waits for
 * it), and the set holds at most the headers accepted in that window.
 */
export class SeenNonces {
  private readonly seen = new Map<string, number>();

  /** Records `nonce` until `exp` (epoch ms); false if it was already seen and has not expired. */
  claim(nonce: string, exp: number, now = Date.now()): boolean {
    for (const [old, oldExp] of this.seen) {
      if (oldExp >= now) break;
      this.seen.delete(old);
    }
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, exp);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
