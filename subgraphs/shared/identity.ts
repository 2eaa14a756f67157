import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The verified caller, as the gateway establishes it from the user's JWT and passes it to the
 * subgraphs in a signed header. Subgraphs trust nothing else: a request without a valid
 * signature is rejected, so nobody reaches a subgraph around the gateway.
 */
export const ROLES = ['admin', 'district_official', 'street_official', 'community_worker', 'analyst', 'service'] as const;
export type Role = (typeof ROLES)[number];

export const DOMAINS = ['economy', 'civil-affairs', 'party-building', 'urban-management'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface Viewer {
  sub: string;
  role: Role;
  /** Division code the viewer's access covers (with everything under it); '' = the whole country. */
  jurisdiction: string;
  /** For officials: the domains they work in. Admins work in all. */
  domains: Domain[];
}

export const IDENTITY_HEADER = 'x-gov-identity';
export const REQUEST_ID_HEADER = 'x-request-id';

interface SignedIdentity {
  viewer: Viewer;
  requestId: string;
  /** Expiry, epoch milliseconds: a captured header cannot be replayed later. */
  exp: number;
}

const DEFAULT_TTL_MS = 60_000;

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** `payload.signature`, both base64url; the request id and expiry are inside the signed payload. */
export function signIdentity(viewer: Viewer, requestId: string, secret: string, ttlMs = DEFAULT_TTL_MS, now = Date.now()): string {
  const body: SignedIdentity = { viewer, requestId, exp: now + ttlMs };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

export type IdentityCheck =
  | { ok: true; viewer: Viewer; requestId: string }
  | { ok: false; reason: string };

export function verifyIdentity(header: string | undefined, requestId: string | undefined, secret: string, now = Date.now()): IdentityCheck {
  if (!header) return { ok: false, reason: 'missing gateway identity header: subgraphs accept requests from the gateway only' };
  const [payload, given, extra] = header.split('.');
  if (!payload || !given || extra !== undefined) return { ok: false, reason: 'malformed gateway identity header' };
  const expected = Buffer.from(signature(payload, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { ok: false, reason: 'invalid gateway identity signature' };
  }
  let body: SignedIdentity;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SignedIdentity;
  } catch {
    return { ok: false, reason: 'malformed gateway identity payload' };
  }
  if (typeof body.exp !== 'number' || body.exp < now) return { ok: false, reason: 'gateway identity header expired' };
  if (!requestId || body.requestId !== requestId) return { ok: false, reason: 'gateway identity header belongs to another request' };
  if (!isViewer(body.viewer)) return { ok: false, reason: 'gateway identity header carries no valid viewer' };
  return { ok: true, viewer: body.viewer, requestId: body.requestId };
}

export function isViewer(value: unknown): value is Viewer {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sub === 'string' &&
    typeof v.role === 'string' &&
    (ROLES as readonly string[]).includes(v.role) &&
    typeof v.jurisdiction === 'string' &&
    /^(\d{6}|\d{9}|\d{12}|\d{15})?$/.test(v.jurisdiction) &&
    Array.isArray(v.domains) &&
    v.domains.every((d) => (DOMAINS as readonly string[]).includes(d as string))
  );
}
