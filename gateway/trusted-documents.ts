import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { GraphQLError } from 'graphql';
import { badUserInput, forbidden } from '../platform/contract/errors.js';
import type { Role } from '../platform/contract/identity.js';
import { ConfigError } from '../platform/server/secrets.js';

/**
 * Trusted documents: the operations the typed client ships (codegen's `persisted-documents.json`,
 * `sha256:<hex>` → document) can be sent by id, `{ "documentId": "sha256:…" }` over POST or GET,
 * and Apollo's automatic persisted queries (`extensions.persistedQuery.sha256Hash`) are answered
 * from the same manifest first, then from a bounded memory of documents callers registered. With
 * `PERSISTED_DOCUMENTS=require` only manifest documents run, except for admins and analysts (who
 * explore in GraphiQL); everyone else gets FORBIDDEN naming the setting.
 */
export const PERSISTED_DOCUMENTS_FILE = fileURLToPath(
  new URL('./client/__generated__/persisted-documents.json', import.meta.url),
);

type PersistedDocumentsMode = 'allow' | 'require';

/** Roles that may send documents of their own under `require`. */
const EXPLORERS: ReadonlySet<Role> = new Set(['admin', 'analyst']);

/** Registered APQ documents kept (least recently used dropped). */
const REGISTERED_LIMIT = 1000;

const DOCUMENT_ID = /^sha256:[0-9a-f]{64}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export function parsePersistedDocumentsMode(value: string | undefined): PersistedDocumentsMode {
  if (value === undefined || value === '' || value === 'allow') return 'allow';
  if (value === 'require') return 'require';
  throw new ConfigError(`PERSISTED_DOCUMENTS must be allow or require (got "${value}")`);
}

export function loadPersistedDocuments(path: string = PERSISTED_DOCUMENTS_FILE): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`PERSISTED_DOCUMENTS_PATH: cannot read ${path}: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigError(`PERSISTED_DOCUMENTS_PATH: ${path} is not an object of id → document`);
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(parsed)) {
    if (!DOCUMENT_ID.test(id) || typeof document !== 'string')
      throw new ConfigError(`PERSISTED_DOCUMENTS_PATH: ${path}: entry "${id}" is not sha256:<hex> → document`);
    if (sha256(document) !== id.slice(7))
      throw new ConfigError(`PERSISTED_DOCUMENTS_PATH: ${path}: the document of ${id} does not hash to its id`);
    documents.set(id, document);
  }
  return documents;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What the HTTP front hands on to GraphQL. */
interface GraphQLParameters {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
  [key: string]: unknown;
}

/** The APQ protocol's answer to an unknown hash: clients resend with the document. */
function persistedQueryNotFound(): GraphQLError {
  return new GraphQLError('PersistedQueryNotFound', {
    extensions: { code: 'NOT_FOUND', reason: 'PERSISTED_QUERY_NOT_FOUND' },
  });
}

function isParameters(body: unknown): body is GraphQLParameters {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

export class TrustedDocuments {
  private readonly registered = new Map<string, string>();
  /** Whether each request's document came from the manifest, for the check once the caller is known. */
  private readonly fromManifest = new WeakMap<IncomingMessage, boolean>();

  constructor(
    private readonly manifest: ReadonlyMap<string, string>,
    readonly mode: PersistedDocumentsMode,
  ) {}

  /**
   * Replaces a document id or an APQ hash by its document. Returns the parameters to execute and
   * whether the document came from the manifest; throws a coded error for an unknown or
   * malformed id.
   */
  resolve(parameters: GraphQLParameters): { parameters: GraphQLParameters; trusted: boolean } {
    const { documentId, extensions } = parameters;
    if (documentId !== undefined) {
      if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId))
        throw badUserInput('documentId', 'must be sha256:<64 lowercase hex digits>');
      if (parameters.query !== undefined) throw badUserInput('documentId', 'send either documentId or query, not both');
      const document = this.manifest.get(documentId);
      if (document === undefined)
        throw badUserInput(
          'documentId',
          `${documentId} is not a trusted document of this gateway (see persisted-documents.json)`,
        );
      const { documentId: _id, ...rest } = parameters;
      return { parameters: { ...rest, query: document }, trusted: true };
    }
    const persisted =
      typeof extensions === 'object' && extensions !== null
        ? (extensions as { persistedQuery?: unknown }).persistedQuery
        : undefined;
    if (persisted === undefined) return { parameters, trusted: false };
    const hash =
      typeof persisted === 'object' && persisted !== null
        ? (persisted as { sha256Hash?: unknown }).sha256Hash
        : undefined;
    if (typeof hash !== 'string' || !SHA256_HEX.test(hash))
      throw badUserInput('extensions.persistedQuery.sha256Hash', 'must be 64 lowercase hex digits');
    const { persistedQuery: _apq, ...otherExtensions } = extensions as Record<string, unknown>;
    const without = { ...parameters, extensions: otherExtensions };
    const known = this.manifest.get(`sha256:${hash}`);
    if (known !== undefined) return { parameters: { ...without, query: known }, trusted: true };
    if (typeof parameters.query === 'string') {
      if (sha256(parameters.query) !== hash)
        throw badUserInput('extensions.persistedQuery.sha256Hash', 'is not the SHA-256 of the query');
      this.remember(hash, parameters.query);
      return { parameters: without, trusted: false };
    }
    const registered = this.registered.get(hash);
    if (registered === undefined) throw persistedQueryNotFound();
    this.remember(hash, registered);
    return { parameters: { ...without, query: registered }, trusted: false };
  }

  /** The HTTP front's hook: a GET's query string or a POST's JSON body with its document resolved. */
  prepareRequest(
    req: IncomingMessage,
    request: { method: string; search: string; body: unknown },
  ): { search: string; body: unknown } {
    if (request.method === 'GET') {
      const parameters: GraphQLParameters = Object.fromEntries(new URLSearchParams(request.search));
      if (typeof parameters.extensions === 'string') {
        try {
          parameters.extensions = JSON.parse(parameters.extensions);
        } catch {
          throw badUserInput('extensions', 'is not JSON');
        }
      }
      const { parameters: resolved, trusted } = this.resolve(parameters);
      this.fromManifest.set(req, trusted);
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(resolved)) {
        if (
          value === undefined ||
          (key === 'extensions' && typeof value === 'object' && value !== null && Object.keys(value).length === 0)
        )
          continue;
        search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
      }
      return { search: `?${search}`, body: request.body };
    }
    if (!isParameters(request.body)) return request;
    const { parameters, trusted } = this.resolve(request.body);
    this.fromManifest.set(req, trusted);
    return { search: request.search, body: parameters };
  }

  /** `check` for the document `prepareRequest` resolved for this request. */
  checkRequest(req: IncomingMessage, role: Role): void {
    this.check(this.fromManifest.get(req) ?? false, role);
  }

  /** Under `require`, refuses a document not from the manifest for everyone but admins and analysts. */
  check(trusted: boolean, role: Role): void {
    if (this.mode !== 'require' || trusted || EXPLORERS.has(role)) return;
    throw forbidden(
      'PERSISTED_DOCUMENTS=require: only the trusted documents of persisted-documents.json run for this role; send { "documentId": "sha256:…" }',
      {
        setting: 'PERSISTED_DOCUMENTS',
        http: { status: 403 },
      },
    );
  }

  private remember(hash: string, query: string): void {
    this.registered.delete(hash);
    this.registered.set(hash, query);
    if (this.registered.size > REGISTERED_LIMIT) this.registered.delete(this.registered.keys().next().value!);
  }
}
