import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Secrets come from the environment. Production refuses to start without them (no hard-coded
 * fallback); development generates them once per data directory and says so, so a restarted
 * `npm start` keeps accepting the tokens it printed before.
 */
export interface Secrets {
  jwtSecret: string | undefined;
  subgraphSecret: string;
  /**
   * SUBGRAPH_SECRET_PREVIOUS: during a rotation subgraphs also accept signatures under the old
   * secret, so gateways still signing with it keep working until they restart; the gateway
   * always signs with SUBGRAPH_SECRET.
   */
  subgraphSecretPrevious?: string;
}

export class ConfigError extends Error {}

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

function previousSubgraphSecret(env: NodeJS.ProcessEnv): { subgraphSecretPrevious?: string } {
  const previous = env.SUBGRAPH_SECRET_PREVIOUS;
  if (!previous) return {};
  // A previous secret is only meaningful next to an explicit current one it is being replaced by.
  if (!env.SUBGRAPH_SECRET) throw new ConfigError('SUBGRAPH_SECRET_PREVIOUS is set without SUBGRAPH_SECRET: set the new secret in SUBGRAPH_SECRET');
  if (previous === env.SUBGRAPH_SECRET) throw new ConfigError('SUBGRAPH_SECRET_PREVIOUS equals SUBGRAPH_SECRET: unset it or set the new secret in SUBGRAPH_SECRET');
  return { subgraphSecretPrevious: previous };
}

export function loadSecrets(env: NodeJS.ProcessEnv = process.env, dataDir = env.DATA_DIR ?? '.data', log: (line: string) => void = console.log): Secrets {
  const previous = previousSubgraphSecret(env);
  if (isProduction(env)) {
    if (!env.SUBGRAPH_SECRET) throw new ConfigError('SUBGRAPH_SECRET is required when NODE_ENV=production');
    if (!env.JWT_SECRET && !env.JWKS_URL) throw new ConfigError('JWT_SECRET or JWKS_URL is required when NODE_ENV=production');
    return { jwtSecret: env.JWT_SECRET, subgraphSecret: env.SUBGRAPH_SECRET, ...previous };
  }
  if (env.SUBGRAPH_SECRET && (env.JWT_SECRET || env.JWKS_URL)) return { jwtSecret: env.JWT_SECRET, subgraphSecret: env.SUBGRAPH_SECRET, ...previous };
  const file = join(dataDir, 'dev-secrets.json');
  let stored: { jwtSecret: string; subgraphSecret: string };
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, 'utf8')) as typeof stored;
  } else {
    mkdirSync(dataDir, { recursive: true });
    stored = { jwtSecret: randomBytes(32).toString('base64url'), subgraphSecret: randomBytes(32).toString('base64url') };
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    log(`development mode: generated JWT and subgraph secrets in ${file} (set JWT_SECRET and SUBGRAPH_SECRET in production)`);
  }
  return { jwtSecret: env.JWT_SECRET ?? stored.jwtSecret, subgraphSecret: env.SUBGRAPH_SECRET ?? stored.subgraphSecret, ...previous };
}
