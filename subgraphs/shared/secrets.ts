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
}

export class ConfigError extends Error {}

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export function loadSecrets(env: NodeJS.ProcessEnv = process.env, dataDir = env.DATA_DIR ?? '.data', log: (line: string) => void = console.log): Secrets {
  if (isProduction(env)) {
    if (!env.SUBGRAPH_SECRET) throw new ConfigError('SUBGRAPH_SECRET is required when NODE_ENV=production');
    if (!env.JWT_SECRET && !env.JWKS_URL) throw new ConfigError('JWT_SECRET or JWKS_URL is required when NODE_ENV=production');
    return { jwtSecret: env.JWT_SECRET, subgraphSecret: env.SUBGRAPH_SECRET };
  }
  if (env.SUBGRAPH_SECRET && (env.JWT_SECRET || env.JWKS_URL)) return { jwtSecret: env.JWT_SECRET, subgraphSecret: env.SUBGRAPH_SECRET };
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
  return { jwtSecret: env.JWT_SECRET ?? stored.jwtSecret, subgraphSecret: env.SUBGRAPH_SECRET ?? stored.subgraphSecret };
}
