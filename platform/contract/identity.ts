import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SeenNonces } from '../server/seen-nonces.js';

/**
 * The verified caller, as the gateway establishes it from the user's JWT and passes it to the
 * subgraphs in a signed header. Subgraphs trust nothing else: a request without a valid
 * signature is rejected, so nobody reaches a subgraph around the gateway.
 */
export const ROLES = [
  'admin',
  'district_official',
  'street_official',
  'community_worker',
  'analyst',
  'service',
] as const;
export type Role = (typeof ROLES)[number];

export const DOMAINS = ['economy', 'civil-affairs', 'party-building', 'urban-management'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface Viewer {
  sub: string;
  role: Role;
  /**
   * The division codes the viewer's access covers, each with everything under it; every rule
   * applies to their union (a city service over two districts, a worker covering two grids).
   * Empty only for admins: the whole country.
   */
  jurisdiction: string[];
  /** For officials: the domains they work in. Admins work in all. */
  domains: Domain[];
}

export const IDENTITY_HEADER = 'x-gov-identity';
/** The gateway's own id for a request (in the signed identity and the audit trail), echoed to the client. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The caller's own id for a request, if it sent a valid `x-request-id`: signed along, echoed back. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** A header is good for at most this long: short enough that the seen-nonce set stays small. */
export const MAX_IDENTITY_TTL_MS = 30_000;
/** How far a subgraph's clock may run behind the gateway's. */
const CLOCK_SKEW_MS = 5_000;

/** Who calls, and the ids that tie the gateway's and the subgraphs' records together. */
export interface IdentityClaims {
  viewer: Viewer;
  requestId: string;
  correlationId?: string;
  /** The caller's stated purpose (`x-access-purpose`, validated by the gateway), signed with the rest. */
  purpose?: string;
}

/** The one HTTP request a header is signed for: it is good for no other method, path or body. */
interface SignedTarget {
  method: string;
  /** Path and query string, as the request line carries them (`/graphql`, `/graphql?x=1`). */
  path: string;
  body: string | Uint8Array;
}

interface SignedIdentity extends IdentityClaims {
  method: string;
  path: string;
  /** SHA-256 of the exact body bytes, base64url. */
  bodySha256: string;
  /** 128 random bits: a subgraph accepts each nonce once (seen-nonces.ts). */
  nonce: string;
  /** Expiry, epoch milliseconds. */
  exp: number;
}

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function bodyDigest(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}

/**
 * `payload.signature`, both base64url. Called once per fetch (a retry included): one SHA-256 of
 * the body and one HMAC.
 */
export function signIdentity(
  claims: IdentityClaims,
  target: SignedTarget,
  secret: string,
  options: { ttlMs?: number; now?: number } = {},
): string {
  const { ttlMs = MAX_IDENTITY_TTL_MS, now = Date.now() } = options;
  if (ttlMs > MAX_IDENTITY_TTL_MS)
    throw new RangeError(`identity lifetime ${ttlMs} ms exceeds ${MAX_IDENTITY_TTL_MS} ms`);
  const body: SignedIdentity = {
    viewer: claims.viewer,
    requestId: claims.requestId,
    ...(claims.correlationId ? { correlationId: claims.correlationId } : {}),
    ...(claims.purpose ? { purpose: claims.purpose } : {}),
    method: target.method,
    path: target.path,
    bodySha256: bodyDigest(target.body),
    nonce: randomBytes(16).toString('base64url'),
    exp: now + ttlMs,
  };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

type IdentityCheck = ({ ok: true } & IdentityClaims) | { ok: false; reason: string };

function signedUnder(payload: string, given: string, secrets: readonly string[]): boolean {
  const actual = Buffer.from(given);
  return secrets.some((secret) => {
    const expected = Buffer.from(signature(payload, secret));
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  });
}

/**
 * Accepts a header signed under any of `secrets` (the current one, and the previous one during a
 * rotation) for exactly this request, unexpired and never seen before by `nonces`. The nonce is
 * claimed last, so a tampered copy of a header does not use up the genuine request's nonce.
 */
export function verifyIdentity(
  header: string | undefined,
  target: SignedTarget,
  secrets: readonly string[],
  nonces: SeenNonces,
  now = Date.now(),
): IdentityCheck {
  if (!header)
    return { ok: false, reason: 'missing gateway identity header: subgraphs accept requests from the gateway only' };
  const [payload, given, extra] = header.split('.');
  if (!payload || !given || extra !== undefined) return { ok: false, reason: 'malformed gateway identity header' };
  if (!signedUnder(payload, given, secrets)) return { ok: false, reason: 'invalid gateway identity signature' };
  let body: SignedIdentity;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SignedIdentity;
  } catch {
    return { ok: false, reason: 'malformed gateway identity payload' };
  }
  if (typeof body.exp !== 'number' || body.exp < now) return { ok: false, reason: 'gateway identity header expired' };
  if (body.exp > now + MAX_IDENTITY_TTL_MS + CLOCK_SKEW_MS)
    return { ok: false, reason: `gateway identity header lives longer than ${MAX_IDENTITY_TTL_MS} ms` };
  if (body.method !== target.method || body.path !== target.path) {
    return {
      ok: false,
      reason: `gateway identity header was signed for another request (method or path mismatch: ${target.method} ${target.path})`,
    };
  }
  if (body.bodySha256 !== bodyDigest(target.body))
    return { ok: false, reason: 'gateway identity header was signed for another request body (body digest mismatch)' };
  if (!isViewer(body.viewer)) return { ok: false, reason: 'gateway identity header carries no valid viewer' };
  if (
    typeof body.requestId !== 'string' ||
    !body.requestId ||
    (body.correlationId !== undefined && typeof body.correlationId !== 'string')
  ) {
    return { ok: false, reason: 'gateway identity header carries no valid request id' };
  }
  if (body.purpose !== undefined && typeof body.purpose !== 'string')
    return { ok: false, reason: 'gateway identity header carries no valid purpose' };
  if (typeof body.nonce !== 'string' || body.nonce.length < 22)
    return { ok: false, reason: 'gateway identity header carries no valid nonce' };
  if (!nonces.claim(body.nonce, body.exp, now))
    return { ok: false, reason: 'gateway identity header replayed: its nonce was already used' };
  return {
    ok: true,
    viewer: body.viewer,
    requestId: body.requestId,
    ...(body.correlationId ? { correlationId: body.correlationId } : {}),
    ...(body.purpose ? { purpose: body.purpose } : {}),
  };
}

/** The division levels a role's jurisdiction codes may have (digits of the code). */
const JURISDICTION_LENGTHS: Record<Role, readonly number[]> = {
  admin: [6, 9, 12, 15],
  district_official: [6],
  street_official: [9],
  community_worker: [12, 15],
  analyst: [6, 9, 12, 15],
  service: [6, 9, 12, 15],
};

/** At most this many codes in one jurisdiction: a claim is not a place to list a city's grids. */
const MAX_JURISDICTION_CODES = 50;

/** Why `value` is not an acceptable viewer, or null when it is. */
export function viewerProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'no claims';
  const v = value as Record<string, unknown>;
  if (typeof v.sub !== 'string' || v.sub.trim() === '' || v.sub.length > 200) return 'sub must be a non-empty string';
  if (typeof v.role !== 'string' || !(ROLES as readonly string[]).includes(v.role))
    return `role must be one of ${ROLES.join(', ')}`;
  const role = v.role as Role;
  if (
    !Array.isArray(v.jurisdiction) ||
    !v.jurisdiction.every((code) => typeof code === 'string' && /^\d+$/.test(code))
  ) {
    return 'jurisdiction must be a list of division codes';
  }
  const codes = v.jurisdiction as string[];
  if (codes.length === 0 && role !== 'admin') return `a ${role} needs a jurisdiction: only admins may have none`;
  if (codes.length > MAX_JURISDICTION_CODES) return `jurisdiction lists more than ${MAX_JURISDICTION_CODES} codes`;
  const lengths = JURISDICTION_LENGTHS[role];
  const wrong = codes.find((code) => !lengths.includes(code.length));
  if (wrong !== undefined)
    return `jurisdiction code ${wrong} does not fit a ${role}: expected ${lengths.join(' or ')} digits`;
  if (!Array.isArray(v.domains) || !v.domains.every((d) => (DOMAINS as readonly string[]).includes(d as string))) {
    return `domains must be a list of ${DOMAINS.join(', ')}`;
  }
  return null;
}

/** Sorted, without duplicates and without codes inside another listed code. */
export function normaliseJurisdiction(codes: readonly string[]): string[] {
  const sorted = [...new Set(codes)].sort();
  return sorted.filter((code) => !sorted.some((other) => other !== code && code.startsWith(other)));
}

function isViewer(value: unknown): value is Viewer {
  return viewerProblem(value) === null;
}
