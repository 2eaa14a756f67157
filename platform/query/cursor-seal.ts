import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Domain, Viewer } from '../contract/identity.js';

/**
 * Sealed list cursors. A cursor is `base64url(version ‖ iv ‖ ciphertext ‖ tag)`: AES-256-GCM with a
 * random 96-bit IV per cursor, under a key derived (HKDF-SHA256) from CURSOR_SECRET. Nothing in it
 * is readable: the keyset position (sort value and _id) is encrypted, so a list sorted by a
 * personal field does not hand out that field through its cursors.
 *
 * What a cursor is bound to, checked when it is opened:
 * - the additional authenticated data: the format version, the subgraph (domain), the viewer
 *   (sub, role, jurisdiction) and the sort (field, direction);
 * - inside the plaintext, a digest of the list: its identity (see `CursorList`) and its canonical
 *   filter. It is in the plaintext rather than the AAD so that a resolver may check a cursor's
 *   viewer and sort before it knows the list (paging arguments are validated before an empty
 *   answer), and the full check is made where the page is read.
 *
 * Any failure (not base64url, wrong length, another key, another viewer or sort, tampered, another
 * list or filter) is the same `undefined`: callers answer one message, never a decryption detail.
 */
export interface CursorSecrets {
  /** CURSOR_SECRET: seals every new cursor and opens them. Shared by every replica. */
  current: string;
  /** CURSOR_SECRET_PREVIOUS: still opens cursors while keys rotate; never seals. */
  previous?: string;
}

/**
 * The list a cursor belongs to. `name` is what identifies the list in its subgraph: for lists read
 * through the pagination helpers, the collection (and for nested lists the grouping field and the
 * parent's key: `residents|communityCode=110101001001`); `filter` is the effective database filter
 * of the page (the viewer's scope, the client's filter arguments), hashed canonically.
 */
export interface CursorList {
  name: string;
  filter?: unknown;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const DIGEST_BYTES = 16;
/** Far above any cursor this module seals: a bound on the work an attacker's string costs. */
const MAX_CURSOR_LENGTH = 2048;
const HKDF_SALT = Buffer.from('gov-graphql cursor seal');
const HKDF_INFO = Buffer.from('AES-256-GCM list cursor key v1');

const derivedKeys = new Map<string, Buffer>();

function deriveKey(secret: string): Buffer {
  let key = derivedKeys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), HKDF_SALT, HKDF_INFO, 32));
    derivedKeys.set(secret, key);
  }
  return key;
}

/** The derived keys: the current one first (the only one that seals), then the previous one. */
class CursorKeyring {
  readonly sealing: Buffer;
  readonly opening: readonly Buffer[];

  constructor(secrets: CursorSecrets) {
    if (!secrets.current) throw new Error('cursor secret is empty');
    this.sealing = deriveKey(secrets.current);
    this.opening =
      secrets.previous && secrets.previous !== secrets.current
        ? [this.sealing, deriveKey(secrets.previous)]
        : [this.sealing];
  }
}

const keyrings = new Map<string, CursorKeyring>();
let processSecret: string | undefined;

/**
 * The keyring for `secrets` (derived once per process). Without secrets (in-process tests and
 * tools that build a subgraph by hand), a random key of this process: its cursors are refused by
 * any other process, which is why production requires CURSOR_SECRET (see `loadSecrets`).
 */
export function cursorKeyring(secrets: CursorSecrets | undefined, env: NodeJS.ProcessEnv = process.env): CursorKeyring {
  if (!secrets) {
    if (env.NODE_ENV === 'production') throw new Error('CURSOR_SECRET is required when NODE_ENV=production');
    secrets = { current: (processSecret ??= randomBytes(32).toString('base64url')) };
  }
  const id = `${secrets.current}\u0000${secrets.previous ?? ''}`;
  let keyring = keyrings.get(id);
  if (!keyring) {
    keyring = new CursorKeyring(secrets);
    keyrings.set(id, keyring);
  }
  return keyring;
}

interface CursorSort {
  field: string;
  direction: string;
}

function canonical(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? { $big: String(value) } : value;
  if (value instanceof RegExp) return { $re: [value.source, value.flags] };
  if (value instanceof Date) return { $date: value.getTime() };
  if (Array.isArray(value)) return value.map(canonical);
  const bson = (value as { _bsontype?: unknown })._bsontype;
  if (bson === 'ObjectId' || bson === 'ObjectID') return { $oid: (value as { toHexString(): string }).toHexString() };
  if (typeof bson === 'string') return { [`$${bson}`]: String(value) };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out[key] = canonical(item);
  }
  return out;
}

const listDigests = new WeakMap<CursorList, Buffer>();

function listDigest(list: CursorList): Buffer {
  let digest = listDigests.get(list);
  if (!digest) {
    digest = createHash('sha256')
      .update(JSON.stringify([list.name, canonical(list.filter)]))
      .digest()
      .subarray(0, DIGEST_BYTES);
    listDigests.set(list, digest);
  }
  return digest;
}

/**
 * The cursor seal of one request: the viewer and subgraph it binds every cursor to, and the keys.
 * Created with the request context (`createRequestContext`) and passed to the pagination helpers.
 */
export class CursorSeal {
  private readonly aads = new Map<string, Buffer>();

  constructor(
    private readonly keys: CursorKeyring,
    private readonly viewer: Pick<Viewer, 'sub' | 'role' | 'jurisdiction'>,
    private readonly domain: Domain | string,
  ) {}

  private aad(sort: CursorSort): Buffer {
    const id = `${sort.field}\u0000${sort.direction}`;
    let aad = this.aads.get(id);
    if (!aad) {
      aad = Buffer.from(
        JSON.stringify([
          'cursor',
          VERSION,
          this.domain,
          this.viewer.sub,
          this.viewer.role,
          this.viewer.jurisdiction,
          sort.field,
          sort.direction,
        ]),
      );
      this.aads.set(id, aad);
    }
    return aad;
  }

  /** One AES-GCM encryption: `position` (JSON) for `list` under `sort`. */
  seal(list: CursorList, sort: CursorSort, position: unknown): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.sealing, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(this.aad(sort));
    const body = Buffer.concat([
      cipher.update(listDigest(list)),
      cipher.update(JSON.stringify(position), 'utf8'),
      cipher.final(),
    ]);
    return Buffer.concat([Buffer.of(VERSION), iv, body, cipher.getAuthTag()]).toString('base64url');
  }

  /**
   * The position sealed in `cursor` for this viewer and `sort`, and (when `list` is given) for that
   * list and filter; undefined for anything else.
   */
  open(cursor: string, sort: CursorSort, list: CursorList | null): unknown {
    if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH) return undefined;
    const bytes = Buffer.from(cursor, 'base64url');
    // Node's decoder skips characters outside the alphabet: only the canonical spelling is ours.
    if (bytes.toString('base64url') !== cursor) return undefined;
    if (bytes.length < 1 + IV_BYTES + DIGEST_BYTES + TAG_BYTES || bytes[0] !== VERSION) return undefined;
    const iv = bytes.subarray(1, 1 + IV_BYTES);
    const body = bytes.subarray(1 + IV_BYTES, bytes.length - TAG_BYTES);
    const tag = bytes.subarray(bytes.length - TAG_BYTES);
    for (const key of this.keys.opening) {
      let plain: Buffer;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(this.aad(sort));
        decipher.setAuthTag(tag);
        plain = Buffer.concat([decipher.update(body), decipher.final()]);
      } catch {
        continue;
      }
      if (list && !timingSafeEqual(plain.subarray(0, DIGEST_BYTES), listDigest(list))) return undefined;
      try {
        return JSON.parse(plain.subarray(DIGEST_BYTES).toString('utf8')) as unknown;
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
}
