import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigError } from '../platform/server/secrets.js';

/**
 * CORS for pages served from other origins (a frontend team's dev server, a street office's web
 * app). Only the exact origins listed in `CORS_ORIGINS` get CORS headers; every other origin gets
 * none and stays behind Apollo's CSRF prevention. The check runs before every route (GraphQL,
 * `/export.csv`, `/health`), so a browser's preflight is answered here, never by GraphQL.
 * Credentials are bearer tokens in `authorization`, not cookies: no `allow-credentials`.
 */

/** What a browser client of this gateway sends (Apollo Client, the typed client, tracing). */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-request-id',
  'if-none-match',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'traceparent',
  'tracestate',
  'x-access-purpose',
] as const;

/** Response headers a page may read: the ids it quotes to operators, retry hints, cache validators. */
const CORS_EXPOSED_HEADERS = ['x-request-id', 'x-correlation-id', 'retry-after', 'etag'] as const;

/** How long a browser may cache a preflight answer. */
const CORS_MAX_AGE_SECONDS = 600;

/** `CORS_ORIGINS`: comma-separated exact origins (`http://localhost:5173`); none when unset. */
export function parseCorsOrigins(value: string | undefined): string[] {
  if (!value || value.trim() === '') return [];
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(`CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port])`);
    }
    if (!['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin || origin.includes('*')) {
      throw new ConfigError(
        `CORS_ORIGINS: "${origin}" is not an exact origin (scheme://host[:port], no path, no trailing slash, no wildcard)`,
      );
    }
    return origin;
  });
}

/**
 * Sets the CORS headers for an allowed origin and answers its preflight (true: the response is
 * done). Other origins and same-origin requests pass through untouched.
 */
export function createCors(origins: readonly string[]): (req: IncomingMessage, res: ServerResponse) => boolean {
  const allowed = new Set(origins);
  return (req, res) => {
    if (allowed.size === 0) return false;
    // The answer differs by origin: caches must keep them apart.
    res.setHeader('vary', 'origin');
    const origin = req.headers.origin;
    if (typeof origin !== 'string' || !allowed.has(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '));
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(', '),
      'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
      'content-length': '0',
    });
    res.end();
    return true;
  };
}
