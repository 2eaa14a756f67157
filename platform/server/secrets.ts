import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CursorSecrets } from '../query/cursor-seal.js';

/**
 * Secrets come from the environment. Production refuses to start without them (no hard-coded
 * fallback); development generates them once per data directory and says so, so a restarted
 * `npm start` keeps accepting the tokens it printed before.
 */
interface Secrets {
  jwtSecret: string | undefined;
  subgraphSecret: string;
  /**
   * SUBGRAPH_SECRET_PREVIOUS: during a rotation subgraphs also accept signatures under the old
   * secret, so gateways still signing with it keep working until they restart; the gateway
   * always signs with SUBGRAPH_SECRET.
   */
  subgraphSecretPrevious?: string;
  /**
   * Seals list cursors (CURSOR_SECRET, the same on every subgraph replica; CURSOR_SECRET_PREVIOUS
   * still opens them while keys rotate). Only subgraphs need it (`{ cursorSecret: true }`); the
   * gateway passes cursors through untouched, so for it this is whatever the environment says.
   */
  cursorSecrets: CursorSecrets | undefined;
  /**
   * Keys the perturbation of statistics for analysts and services (PERTURBATION_SECRET, the
   * same on every replica of every subgraph, and never rotated without need: see
   * disclosure-control.ts). Only subgraphs need it (`{ perturbationSecret: true }`).
   */
  perturbationSecret: string | undefined;
}

export class ConfigError extends Error {}

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

function previousSubgraphSecret(env: NodeJS.ProcessEnv): { subgraphSecretPrevious?: string } {
  const previous = env.SUBGRAPH_SECRET_PREVIOUS;
  if (!previous) return {};
  // A previous secret is only meaningful next to an explicit current one it is being replaced by.
  if (!env.SUBGRAPH_SECRET)
    throw new ConfigError(
      'SUBGRAPH_SECRET_PREVIOUS is set without SUBGRAPH_SECRET: set the new secret in SUBGRAPH_SECRET',
    );
  if (previous === env.SUBGRAPH_SECRET)
    throw new ConfigError(
      'SUBGRAPH_SECRET_PREVIOUS equals SUBGRAPH_SECRET: unset it or set the new secret in SUBGRAPH_SECRET',
    );
  return { subgraphSecretPrevious: previous };
}

interface StoredSecrets {
  jwtSecret: string;
  subgraphSecret: string;
  cursorSecret: string;
  perturbationSecret: string;
}

const generated = () => randomBytes(32).toString('base64url');

function cursorSecretsOf(env: NodeJS.ProcessEnv, current: string | undefined): CursorSecrets | undefined {
  if (!current) return undefined;
  return env.CURSOR_SECRET_PREVIOUS ? { current, previous: env.CURSOR_SECRET_PREVIOUS } : { current };
}

export function loadSecrets(
  env: NodeJS.ProcessEnv = process.env,
  dataDir = env.DATA_DIR ?? '.data',
  log: (line: string) => void = console.log,
  needs: { cursorSecret?: boolean; perturbationSecret?: boolean } = {},
): Secrets {
  const previous = previousSubgraphSecret(env);
  const fromEnv = (perturbationSecret: string | undefined) => ({
    jwtSecret: env.JWT_SECRET,
    subgraphSecret: env.SUBGRAPH_SECRET!,
    cursorSecrets: cursorSecretsOf(env, env.CURSOR_SECRET),
    perturbationSecret,
    ...previous,
  });
  if (isProduction(env)) {
    if (!env.SUBGRAPH_SECRET) throw new ConfigError('SUBGRAPH_SECRET is required when NODE_ENV=production');
    if (!env.JWT_SECRET && !env.JWKS_URL)
      throw new ConfigError('JWT_SECRET or JWKS_URL is required when NODE_ENV=production');
    if (needs.cursorSecret && !env.CURSOR_SECRET)
      throw new ConfigError('CURSOR_SECRET is required when NODE_ENV=production');
    return fromEnv(needs.perturbationSecret ? loadPerturbationSecret(env) : env.PERTURBATION_SECRET || undefined);
  }
  // A PERTURBATION_SECRET that is set must be a usable one, in development too.
  const perturbationSecret = loadPerturbationSecret(env);
  if (
    env.SUBGRAPH_SECRET &&
    (env.JWT_SECRET || env.JWKS_URL) &&
    (env.CURSOR_SECRET || !needs.cursorSecret) &&
    (perturbationSecret || !needs.perturbationSecret)
  ) {
    return fromEnv(perturbationSecret);
  }
  const file = join(dataDir, 'dev-secrets.json');
  let stored: StoredSecrets;
  if (existsSync(file)) {
    const read = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredSecrets>;
    // A file written before a secret existed gets the missing one, and is rewritten once.
    stored = {
      jwtSecret: read.jwtSecret ?? generated(),
      subgraphSecret: read.subgraphSecret ?? generated(),
      cursorSecret: read.cursorSecret ?? generated(),
      perturbationSecret: read.perturbationSecret ?? generated(),
    };
    const added = (Object.keys(stored) as Array<keyof StoredSecrets>).filter((key) => read[key] === undefined);
    if (added.length > 0) {
      writeFileSync(file, JSON.stringify({ ...read, ...stored }, null, 2), { mode: 0o600 });
      log(`development mode: added ${added.join(', ')} to ${file}`);
    }
  } else {
    mkdirSync(dataDir, { recursive: true });
    stored = {
      jwtSecret: generated(),
      subgraphSecret: generated(),
      cursorSecret: generated(),
      perturbationSecret: generated(),
    };
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    log(
      `development mode: generated JWT, subgraph, cursor and perturbation secrets in ${file} (set JWT_SECRET, SUBGRAPH_SECRET, CURSOR_SECRET and PERTURBATION_SECRET in production)`,
    );
  }
  return {
    jwtSecret: env.JWT_SECRET ?? stored.jwtSecret,
    subgraphSecret: env.SUBGRAPH_SECRET ?? stored.subgraphSecret,
    cursorSecrets: cursorSecretsOf(env, env.CURSOR_SECRET ?? stored.cursorSecret),
    perturbationSecret: perturbationSecret ?? stored.perturbationSecret,
    ...previous,
  };
}

/** Shortest PERTURBATION_SECRET accepted: it keys HMAC-SHA256, so 32 bytes of entropy are the point. */
const MIN_PERTURBATION_SECRET_LENGTH = 32;

/**
 * PERTURBATION_SECRET from the environment: required in production (a subgraph refuses to start
 * without it, like JWT_SECRET), at least 32 characters when given; undefined in development
 * when unset (loadSecrets then takes the one generated in dev-secrets.json).
 */
function loadPerturbationSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = env.PERTURBATION_SECRET;
  if (!secret) {
    if (isProduction(env)) throw new ConfigError('PERTURBATION_SECRET is required when NODE_ENV=production');
    return undefined;
  }
  if (secret.length < MIN_PERTURBATION_SECRET_LENGTH)
    throw new ConfigError(`PERTURBATION_SECRET must be at least ${MIN_PERTURBATION_SECRET_LENGTH} characters`);
  return secret;
}
