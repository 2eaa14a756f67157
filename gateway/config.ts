import { readFileSync } from 'node:fs';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import { ConfigError, isProduction, loadSecrets } from '../platform/server/secrets.js';
import { DEFAULT_SHUTDOWN_TIMEOUT_MS } from '../platform/server/shutdown.js';
import type { AuthOptions } from './auth.js';
import { SUPERGRAPH_FILE } from './compose.js';
import { parseCorsOrigins } from './cors.js';
import {
  loadPersistedDocuments,
  parsePersistedDocumentsMode,
  PERSISTED_DOCUMENTS_FILE,
  TrustedDocuments,
} from './trusted-documents.js';
import { parseRateLimits, parseTrustedProxies, type RateLimits } from './rate-limits.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './limits.js';

/**
 * The gateway's configuration, validated from the environment at start-up. A bad value stops
 * the process with a message naming the variable; production refuses unsafe settings.
 */
interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  supergraphSdl: string;
  subgraphUrls: Record<string, string | undefined>;
  /** Signs every subgraph fetch; SUBGRAPH_SECRET_PREVIOUS is the subgraphs' (loadSecrets validates both). */
  subgraphSecret: string;
  auth: AuthOptions;
  subgraphTimeoutMs: number;
  /** How long SIGTERM waits for in-flight requests (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
  graphiql: boolean;
  introspection: boolean;
  fieldSuggestions: boolean;
  /** Identical queries of one caller in flight at once share a subgraph fetch (DEDUPLICATE_INFLIGHT). */
  deduplicateInflightFetches: boolean;
  limits: QueryLimits;
  /** CORS_ORIGINS: exact origins whose pages may call the gateway. */
  corsOrigins: string[];
  /** RATE_LIMITS (null when `off`) and TRUSTED_PROXIES. */
  rateLimits: RateLimits | null;
  trustedProxies: string[];
  /** PERSISTED_DOCUMENTS (allow | require) over PERSISTED_DOCUMENTS_PATH (the typed client's manifest). */
  trustedDocuments: TrustedDocuments;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'enabled' || raw === 'true') return true;
  if (raw === 'disabled' || raw === 'false') return false;
  throw new ConfigError(`${name} must be enabled or disabled (got "${raw}")`);
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = isProduction(env);
  const authDisabled = env.GATEWAY_AUTH === 'disabled';
  if (env.GATEWAY_AUTH && !['enabled', 'disabled'].includes(env.GATEWAY_AUTH))
    throw new ConfigError(`GATEWAY_AUTH must be enabled or disabled (got "${env.GATEWAY_AUTH}")`);
  if (authDisabled && production) throw new ConfigError('GATEWAY_AUTH=disabled is refused when NODE_ENV=production');
  const secrets = loadSecrets(env);
  const supergraphPath = env.SUPERGRAPH_PATH || SUPERGRAPH_FILE;
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, 'utf8');
  } catch (error) {
    throw new ConfigError(`SUPERGRAPH_PATH: cannot read ${supergraphPath}: ${(error as Error).message}`);
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    supergraphPath,
    supergraphSdl,
    subgraphUrls: Object.fromEntries(
      SUBGRAPHS.map((subgraph) => [subgraph.name, env[subgraph.urlVariable] || undefined]),
    ),
    subgraphSecret: secrets.subgraphSecret,
    auth: { disabled: authDisabled, jwtSecret: secrets.jwtSecret, jwksUrl: env.JWKS_URL || undefined },
    subgraphTimeoutMs: integer(env, 'SUBGRAPH_TIMEOUT_MS', 5000, 100, 120_000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT_MS, 0, 600_000),
    graphiql: flag(env, 'GRAPHIQL', !production),
    introspection: flag(env, 'INTROSPECTION', !production),
    fieldSuggestions: flag(env, 'FIELD_SUGGESTIONS', !production),
    deduplicateInflightFetches: flag(env, 'DEDUPLICATE_INFLIGHT', true),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    rateLimits: parseRateLimits(env.RATE_LIMITS),
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    trustedDocuments: new TrustedDocuments(
      loadPersistedDocuments(env.PERSISTED_DOCUMENTS_PATH || PERSISTED_DOCUMENTS_FILE),
      parsePersistedDocumentsMode(env.PERSISTED_DOCUMENTS),
    ),
    limits: {
      maxDepth: integer(env, 'MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1, 100),
      maxAliases: integer(env, 'MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0, 1000),
      maxTokens: integer(env, 'MAX_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens, 100, 1_000_000),
      maxDirectives: integer(env, 'MAX_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives, 0, 1000),
      maxCost: integer(env, 'MAX_COST', DEFAULT_QUERY_LIMITS.maxCost, 1, 100_000_000),
      maxPageSize: DEFAULT_QUERY_LIMITS.maxPageSize,
    },
  };
}
