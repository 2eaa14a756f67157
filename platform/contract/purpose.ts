import { badHeader } from './errors.js';
import { ConfigError } from '../server/secrets.js';

/**
 * The caller's stated purpose of a request (`x-access-purpose`, e.g. "低保复核 2026-12" or
 * "case 4711 review"), recorded with every full read of personal data in the audit trail. The
 * gateway validates it and forwards it inside the signed identity (so nothing between gateway
 * and subgraph can change what the audit records); subgraphs validate it again.
 */
export const PURPOSE_HEADER = 'x-access-purpose';
const MAX_PURPOSE_LENGTH = 200;

// C0 and C1 control characters (tab, newline and DEL included).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The purpose of a request's headers, null when none was sent; BAD_USER_INPUT (HTTP 400) when it is malformed. */
export function purposeOf(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  if (Array.isArray(header)) throw badHeader(PURPOSE_HEADER, 'must be sent once');
  // Node decodes header bytes as latin1; a UTF-8 purpose (Chinese text) is re-read as UTF-8.
  const text = Buffer.from(header, 'latin1').toString('utf8');
  const value = text.includes('\uFFFD') ? header : text;
  return checkedPurpose(value);
}

/** A decoded purpose, null when blank; BAD_USER_INPUT (HTTP 400) when too long or with control characters. */
export function checkedPurpose(value: string): string | null {
  if (value.trim() === '') return null;
  if ([...value].length > MAX_PURPOSE_LENGTH)
    throw badHeader(PURPOSE_HEADER, `must be at most ${MAX_PURPOSE_LENGTH} characters`);
  if (CONTROL.test(value)) throw badHeader(PURPOSE_HEADER, 'must not contain control characters');
  return value;
}

/** REQUIRE_PURPOSE: `enabled` makes a stated purpose mandatory for full reads; unset or `disabled` does not. */
export function requirePurposeFromEnv(env: NodeJS.ProcessEnv): boolean {
  const value = env.REQUIRE_PURPOSE;
  if (value === undefined || value === '' || value === 'disabled') return false;
  if (value === 'enabled') return true;
  throw new ConfigError(`REQUIRE_PURPOSE must be enabled or disabled (got "${value}")`);
}
