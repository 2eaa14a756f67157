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

/** The division levels a role's jurisdiction codes may have (digits of the code). */
export const JURISDICTION_LENGTHS: Record<Role, readonly number[]> = {
  admin: [6, 9, 12, 15],
  district_official: [6],
  street_official: [9],
  community_worker: [12, 15],
  analyst: [6, 9, 12, 15],
  service: [6, 9, 12, 15],
};

/** At most this many codes in one jurisdiction: a claim is not a place to list a city's grids. */
export const MAX_JURISDICTION_CODES = 50;

/** Why `value` is not an acceptable viewer, or null when it is. */
export function viewerProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'no claims';
  const v = value as Record<string, unknown>;
  if (typeof v.sub !== 'string' || v.sub.trim() === '' || v.sub.length > 200) return 'sub must be a non-empty string';
  if (typeof v.role !== 'string' || !(ROLES as readonly string[]).includes(v.role)) return `role must be one of ${ROLES.join(', ')}`;
  const role = v.role as Role;
  if (!Array.isArray(v.jurisdiction) || !v.jurisdiction.every((code) => typeof code === 'string' && /^\d+$/.test(code))) {
    return 'jurisdiction must be a list of division codes';
  }
  const codes = v.jurisdiction as string[];
  if (codes.length === 0 && role !== 'admin') return `a ${role} needs a jurisdiction: only admins may have none`;
  if (codes.length > MAX_JURISDICTION_CODES) return `jurisdiction lists more than ${MAX_JURISDICTION_CODES} codes`;
  const lengths = JURISDICTION_LENGTHS[role];
  const wrong = codes.find((code) => !lengths.includes(code.length));
  if (wrong !== undefined) return `jurisdiction code ${wrong} does not fit a ${role}: expected ${lengths.join(' or ')} digits`;
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

export function isViewer(value: unknown): value is Viewer {
  return viewerProblem(value) === null;
}
