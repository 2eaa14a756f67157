import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * The typed client other services use: `createGovernanceClient({ url, token })`, then
 * `client.request(CommunityProfileDocument, { code })` returns typed `data` and typed errors.
 * Documents and their types are generated from `schema/operations/*.graphql` and
 * `gateway/client/operations/*.graphql` against the supergraph (`npm run codegen`). This package
 * imports nothing from the server: it is installed on its own (`@street-governance/client`).
 */
export * from './__generated__/graphql.js';

/**
 * Every code an error from this federation can carry: the gateway's and subgraphs' own
 * (BAD_USER_INPUT … RATE_LIMITED; a test keeps this list a superset of the server's), plus those
 * GraphQL servers add.
 */
export const GOVERNANCE_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'UNAVAILABLE',
  'NOT_FOUND',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'DOWNSTREAM_SERVICE_ERROR',
  'INTERNAL_SERVER_ERROR',
  /** The request did not reach an answer: network failure, timeout or abort. */
  'NETWORK_ERROR',
] as const;
export type GovernanceErrorCode = (typeof GOVERNANCE_ERROR_CODES)[number];

/** One error, with every extension the gateway sends named and typed; `extensions` keeps them all. */
export interface GovernanceError {
  message: string;
  code: GovernanceErrorCode;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  /** The subgraph that failed, when the gateway knows it. */
  serviceName?: string;
  /** The argument (or input field path) at fault, for BAD_USER_INPUT and refused arguments. */
  argumentName?: string;
  /** The field refused, for FORBIDDEN. */
  field?: string;
  /** CONFLICT: the record's stored version, to re-read and retry. */
  currentVersion?: number;
  /** A refused lifecycle step: the record's state, the state asked for, the states the step is allowed from. */
  currentState?: string;
  requestedState?: string;
  allowedFrom?: readonly string[];
  /** RATE_LIMITED: wait this long; the rate in requests per second. */
  retryAfterSeconds?: number;
  limit?: number | string;
  /** The gateway setting that refused the request (e.g. PERSISTED_DOCUMENTS). */
  setting?: string;
  extensions: Readonly<Record<string, unknown>>;
}

export interface GovernanceResult<TData> {
  data: TData | null;
  errors: GovernanceError[];
  /** HTTP status; 0 when no answer arrived (NETWORK_ERROR). */
  status: number;
  /** The gateway's id for the request (quote it to operators; the audit trail holds it). */
  requestId: string | null;
}

export interface GovernanceClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** A JWT, or a function that returns a current one (called for every request, e.g. to refresh). */
  token: string | (() => string | Promise<string>);
  /** Headers sent with every request (e.g. `x-access-purpose`). */
  headers?: Readonly<Record<string, string>>;
  /** Abort a request after this many milliseconds (default 30 000; 0 = never). */
  timeoutMs?: number;
  /** Send the manifest id (`documentId`) instead of the text for documents codegen hashed (PERSISTED_DOCUMENTS=require). */
  trustedDocuments?: boolean;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Your id for this request: sent as `x-request-id`, echoed as `x-correlation-id` and kept in the audit trail. */
  requestId?: string;
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Variables may be left out when the operation has none or every one has a default. */
type RequestArguments<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

export interface GovernanceClient {
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...args: RequestArguments<TVariables>
  ): Promise<GovernanceResult<TData>>;
}

interface RawError {
  message?: unknown;
  path?: Array<string | number>;
  locations?: Array<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

const isCode = (value: unknown): value is GovernanceErrorCode =>
  (GOVERNANCE_ERROR_CODES as readonly unknown[]).includes(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

export function toGovernanceError(raw: RawError): GovernanceError {
  const extensions = raw.extensions ?? {};
  const named: Partial<GovernanceError> = {
    serviceName: text(extensions.serviceName),
    argumentName: text(extensions.argumentName),
    field: text(extensions.field),
    currentVersion: number(extensions.currentVersion),
    currentState: text(extensions.currentState),
    requestedState: text(extensions.requestedState),
    allowedFrom: Array.isArray(extensions.allowedFrom) ? extensions.allowedFrom.map(String) : undefined,
    retryAfterSeconds: number(extensions.retryAfterSeconds),
    limit: number(extensions.limit) ?? text(extensions.limit),
    setting: text(extensions.setting),
  };
  return {
    message: typeof raw.message === 'string' ? raw.message : 'unknown error',
    code: isCode(extensions.code) ? extensions.code : 'INTERNAL_SERVER_ERROR',
    ...(raw.path ? { path: raw.path } : {}),
    ...(raw.locations ? { locations: raw.locations } : {}),
    ...Object.fromEntries(Object.entries(named).filter(([, value]) => value !== undefined)),
    extensions,
  };
}

/** The hash codegen embeds in a persisted document (`__meta__.hash`), if any. */
function documentIdOf(document: unknown): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

function networkFailure(error: unknown): GovernanceResult<never> {
  const aborted = error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
  const message = aborted
    ? `request aborted: ${error.message}`
    : `request failed: ${error instanceof Error ? error.message : String(error)}`;
  return { data: null, errors: [{ message, code: 'NETWORK_ERROR', extensions: {} }], status: 0, requestId: null };
}

export function createGovernanceClient(options: GovernanceClientOptions): GovernanceClient {
  const doFetch = options.fetch ?? fetch;
  return {
    async request(document, ...args) {
      const [variables, request = {}] = args;
      const token = typeof options.token === 'function' ? await options.token() : options.token;
      const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? 30_000;
      const signals = [request.signal, timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined].filter(
        (signal): signal is AbortSignal => signal !== undefined,
      );
      const documentId = options.trustedDocuments ? documentIdOf(document) : undefined;
      const payload = documentId
        ? { documentId, variables: variables ?? {} }
        : { query: print(document), variables: variables ?? {} };
      let response: Response;
      try {
        response = await doFetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            ...options.headers,
            ...request.headers,
            ...(request.requestId ? { 'x-request-id': request.requestId } : {}),
          },
          body: JSON.stringify(payload),
          signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
        });
      } catch (error) {
        return networkFailure(error);
      }
      const body = (await response
        .json()
        .catch(() => ({ errors: [{ message: `HTTP ${response.status}`, extensions: { code: 'BAD_REQUEST' } }] }))) as {
        data?: unknown;
        errors?: RawError[];
      };
      return {
        data: (body.data ?? null) as never,
        errors: (body.errors ?? []).map(toGovernanceError),
        status: response.status,
        requestId: response.headers.get('x-request-id'),
      };
    },
  };
}
