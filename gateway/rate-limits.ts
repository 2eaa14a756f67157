import cluster from 'node:cluster';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { ROLES, type Role } from '../platform/contract/identity.js';
import { ConfigError } from '../platform/server/secrets.js';

/**
 * Rate limits per caller: a token bucket per token subject, at the rate of the subject's role,
 * and per client IP for requests without a valid token. A bucket holds twice the rate (a burst
 * of two seconds' worth) and refills continuously. The buckets live in one process: the gateway
 * itself, or the cluster primary when GATEWAY_WORKERS > 1 (workers ask it over IPC), so the
 * limit holds for the machine, not per worker. Across machines the same `RateLimiter` interface
 * would be backed by a shared store (Redis with a Lua token bucket; see the README).
 */

/** Requests per second; null = unlimited. */
export type RateLimits = Record<Role | 'anonymous', number | null>;

/**
 * Defaults: high enough that no person at a keyboard (or this project's tests, which run many
 * queries per second as one subject) meets them, low enough to stop a runaway script. Admins
 * are unlimited unless named.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  admin: null,
  district_official: 100,
  street_official: 100,
  community_worker: 100,
  analyst: 50,
  service: 200,
  anonymous: 100,
};

/** A bucket holds this many seconds of its rate. */
export const BURST_SECONDS = 2;

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600 };

function isRateSubject(name: string): name is keyof RateLimits {
  return name === 'anonymous' || (ROLES as readonly string[]).includes(name);
}

/** `RATE_LIMITS=analyst=5/s,community_worker=20/s` (also `/m`, `/h`, `unlimited`), or `off`. */
export function parseRateLimits(value: string | undefined): RateLimits | null {
  if (value === undefined || value.trim() === '') return { ...DEFAULT_RATE_LIMITS };
  if (value.trim() === 'off') return null;
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS };
  for (const entry of value.split(',')) {
    const match = /^\s*([a-z_]+)\s*=\s*(?:(\d+(?:\.\d+)?)\/([smh])|(unlimited))\s*$/.exec(entry);
    const who = match?.[1];
    if (!match || !who || !isRateSubject(who)) {
      throw new ConfigError(
        `RATE_LIMITS: "${entry.trim()}" is not role=N/s (roles: ${[...ROLES, 'anonymous'].join(', ')}; units s, m, h; or role=unlimited; or off)`,
      );
    }
    const rate = match[4] ? null : Number(match[2]) / UNITS[match[3]];
    if (rate !== null && !(rate > 0)) throw new ConfigError(`RATE_LIMITS: "${entry.trim()}" must be a positive rate`);
    limits[who] = rate;
  }
  return limits;
}

/** `TRUSTED_PROXIES`: comma-separated IP addresses whose `X-Forwarded-For` is believed. */
export function parseTrustedProxies(value: string | undefined): string[] {
  if (!value || value.trim() === '') return [];
  return value.split(',').map((entry) => {
    const address = entry.trim();
    if (!isIP(address)) throw new ConfigError(`TRUSTED_PROXIES: "${address}" is not an IP address`);
    return address;
  });
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the right-most
 * `X-Forwarded-For` entry that is not itself a trusted proxy (entries to its left are the
 * client's own claims and could be forged).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const peer = plainAddress(req.socket.remoteAddress ?? 'unknown');
  if (!trustedProxies.includes(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => plainAddress(hop.trim()))
    .filter((hop) => isIP(hop));
  for (let index = hops.length - 1; index >= 0; index--) if (!trustedProxies.includes(hops[index])) return hops[index];
  return peer;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until one request is allowed again (when refused). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Takes one token from `key`'s bucket at `rate` per second. */
  take(key: string, rate: number): Promise<RateDecision>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** The buckets of one process. Idle buckets (full again) are dropped as they are met, and swept. */
export class LocalRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  takeNow(key: string, rate: number): RateDecision {
    const capacity = rate * BURST_SECONDS;
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / rate)) };
  }

  take(key: string, rate: number): Promise<RateDecision> {
    return Promise.resolve(this.takeNow(key, rate));
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Once a minute: forget buckets that have refilled (they would start full anyway). */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at > BURST_SECONDS * 1000 * 2) this.buckets.delete(key);
    }
  }
}

interface TakeRequest {
  type: 'rate-limit:take';
  id: number;
  key: string;
  rate: number;
}

interface TakeAnswer {
  type: 'rate-limit:answer';
  id: number;
  decision: RateDecision;
}

function isTakeRequest(message: unknown): message is TakeRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'rate-limit:take';
}

function isTakeAnswer(message: unknown): message is TakeAnswer {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'rate-limit:answer'
  );
}

/** In the cluster primary: answers every worker's takes from one set of buckets. */
export function serveClusterRateLimits(): void {
  const limiter = new LocalRateLimiter();
  cluster.on('message', (worker, message: unknown) => {
    if (!isTakeRequest(message)) return;
    const answer: TakeAnswer = {
      type: 'rate-limit:answer',
      id: message.id,
      decision: limiter.takeNow(message.key, message.rate),
    };
    worker.send(answer);
  });
}

/** In a cluster worker: asks the primary. */
class ClusterRateLimiter implements RateLimiter {
  private nextId = 1;
  private readonly waiting = new Map<number, (decision: RateDecision) => void>();

  constructor() {
    process.on('message', (message: unknown) => {
      if (!isTakeAnswer(message)) return;
      this.waiting.get(message.id)?.(message.decision);
      this.waiting.delete(message.id);
    });
  }

  take(key: string, rate: number): Promise<RateDecision> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      const request: TakeRequest = { type: 'rate-limit:take', id, key, rate };
      process.send!(request);
    });
  }
}

/** The limiter of this process: the primary's when running as a cluster worker. */
export function processRateLimiter(): RateLimiter {
  return cluster.isWorker && process.send ? new ClusterRateLimiter() : new LocalRateLimiter();
}
