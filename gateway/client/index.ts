import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ERROR_CODES } from '../../subgraphs/shared/errors.js';

/**
 * The typed client other services use: `createGovernanceClient({ url, token })` then
 * `client.request(CommunityProfileDocument, { code })` returns typed `data` and typed errors.
 * Documents and their types are generated from `schema/operations/*.graphql` against
 * `schema/supergraph.graphql` (`npm run codegen`).
 */
export * from './__generated__/graphql.js';

/** Every code an error from this federation can carry: ours, plus those GraphQL servers add. */
export const GOVERNANCE_ERROR_CODES = [
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'DOWNSTREAM_SERVICE_ERROR',
  'INTERNAL_SERVER_ERROR',
] as const;
export type GovernanceErrorCode = (typeof GOVERNANCE_ERROR_CODES)[number];

export interface GovernanceError {
  message: string;
  code: GovernanceErrorCode;
  path?: ReadonlyArray<string | number>;
  /** The subgraph that failed, when the gateway knows it. */
  serviceName?: string;
  /** The argument at fault, for BAD_USER_INPUT. */
  argumentName?: string;
}

export interface GovernanceResult<TData> {
  data: TData | null;
  errors: GovernanceError[];
  status: number;
}

interface RawError {
  message?: unknown;
  path?: Array<string | number>;
  extensions?: { code?: unknown; serviceName?: unknown; argumentName?: unknown };
}

function toGovernanceError(raw: RawError): GovernanceError {
  const code = (GOVERNANCE_ERROR_CODES as readonly unknown[]).includes(raw.extensions?.code) ? (raw.extensions?.code as GovernanceErrorCode) : 'INTERNAL_SERVER_ERROR';
  return {
    message: typeof raw.message === 'string' ? raw.message : 'unknown error',
    code,
    ...(raw.path ? { path: raw.path } : {}),
    ...(typeof raw.extensions?.serviceName === 'string' ? { serviceName: raw.extensions.serviceName } : {}),
    ...(typeof raw.extensions?.argumentName === 'string' ? { argumentName: raw.extensions.argumentName } : {}),
  };
}

export interface GovernanceClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** A JWT from the identity provider (or `npm run token` in development). */
  token: string;
  fetch?: typeof fetch;
}

export interface GovernanceClient {
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<GovernanceResult<TData>>;
}

export function createGovernanceClient(options: GovernanceClientOptions): GovernanceClient {
  const doFetch = options.fetch ?? fetch;
  return {
    async request(document, ...variables) {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ query: print(document), variables: variables[0] ?? {} }),
      });
      const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}`, extensions: { code: 'BAD_REQUEST' } }] }))) as {
        data?: unknown;
        errors?: RawError[];
      };
      return {
        data: (body.data ?? null) as never,
        errors: (body.errors ?? []).map(toGovernanceError),
        status: response.status,
      };
    },
  };
}
