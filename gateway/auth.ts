import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { unauthenticated } from '../platform/contract/errors.js';
import {
  DOMAINS,
  normaliseJurisdiction,
  viewerProblem,
  type Domain,
  type Role,
  type Viewer,
} from '../platform/contract/identity.js';

/**
 * Authentication at the gateway: `Authorization: Bearer <JWT>`, HS256 with JWT_SECRET or RS256
 * through a JWKS URL. Only the expected algorithm is accepted, so a token signed with another
 * algorithm (or `alg: none`) is rejected like a forged one.
 */
export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

export interface AuthOptions {
  jwtSecret?: string;
  jwksUrl?: string;
  /** GATEWAY_AUTH=disabled: every request acts as a local admin (refused in production). */
  disabled?: boolean;
}

const LOCAL_ADMIN: Viewer = { sub: 'local-admin', role: 'admin', jurisdiction: [], domains: [...DOMAINS] };

/**
 * A token's `jurisdiction` claim is one division code or a list of them; an admin's may be absent
 * (the whole country), nobody else's. An empty string is not "everything": it is refused.
 */
function jurisdictionClaim(claim: unknown, role: Role): unknown {
  if (claim === undefined && role === 'admin') return [];
  if (typeof claim === 'string') return [claim];
  return claim;
}

function viewerFromClaims(claims: JWTPayload): Viewer {
  const role = claims.role as Role;
  const viewer = {
    sub: claims.sub,
    role,
    jurisdiction: jurisdictionClaim(claims.jurisdiction, role),
    domains: role === 'admin' ? [...DOMAINS] : Array.isArray(claims.domains) ? claims.domains : [],
  };
  const problem = viewerProblem(viewer);
  if (problem !== null) throw unauthenticated(`token claims refused: ${problem}`);
  return { ...(viewer as Viewer), jurisdiction: normaliseJurisdiction((viewer as Viewer).jurisdiction) };
}

/**
 * Tokens already verified, so a caller's every request does not pay for signature verification
 * again: kept until the token's own expiry (at most VERIFIED_TTL_MS, so a rotated secret or JWKS
 * takes effect soon) and bounded in number. Only successes are kept.
 */
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX = 10_000;

class VerifiedTokens {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  get(token: string, now = Date.now()): Viewer | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > now) return entry.viewer;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, viewer: Viewer, exp: number | undefined, now = Date.now()): void {
    const until = Math.min(now + VERIFIED_TTL_MS, exp === undefined ? Infinity : exp * 1000);
    // Map keeps insertion order: the oldest entry goes first.
    if (this.entries.size >= VERIFIED_MAX) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { viewer, until });
  }
}

export function createAuthenticator(options: AuthOptions): Authenticate {
  if (options.disabled) return async () => LOCAL_ADMIN;
  const jwks = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : null;
  const secret = options.jwtSecret ? new TextEncoder().encode(options.jwtSecret) : null;
  if (!jwks && !secret) throw new Error('authentication needs JWT_SECRET or JWKS_URL');
  const verified = new VerifiedTokens();
  return async (authorization) => {
    const match = /^Bearer (\S+)$/i.exec(authorization ?? '');
    if (!match) throw unauthenticated('missing bearer token: send Authorization: Bearer <JWT>');
    const known = verified.get(match[1]);
    if (known) return known;
    try {
      const { payload } = jwks
        ? await jwtVerify(match[1], jwks, { algorithms: ['RS256'] })
        : await jwtVerify(match[1], secret as Uint8Array, { algorithms: ['HS256'] });
      const viewer = viewerFromClaims(payload);
      verified.set(match[1], viewer, payload.exp);
      return viewer;
    } catch (error) {
      if (error instanceof Error && 'extensions' in error) throw error;
      throw unauthenticated(
        `invalid token: ${error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'verification failed'}`,
      );
    }
  };
}

export interface TokenClaims {
  sub: string;
  role: Role;
  /** One division code or several; absent only for admins. */
  jurisdiction?: string | string[];
  domains?: Domain[];
}

/** Mints an HS256 token (development tokens, tests). */
export async function mintToken(
  secret: string,
  claims: TokenClaims,
  expiresIn: string | number = '12h',
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
