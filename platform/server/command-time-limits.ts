import type { Aggregate, Query, Schema } from 'mongoose';
import { QUERY_OPERATIONS } from '../access/data-scope.js';
import { ROLES, type Role } from '../contract/identity.js';
import { currentRequestScope } from '../access/request-scope.js';
import { ConfigError } from './secrets.js';

/**
 * Every database command a request sends carries `maxTimeMS`, so one heavy question cannot hold
 * the database (and, on the offline engine, its single thread) for long: the server stops the
 * work and answers MaxTimeMSExpired (code 50), which the subgraph reports as UNAVAILABLE naming
 * the limit. The limit is per role: `DB_MAX_TIME_MS` for everyone, `DB_MAX_TIME_MS_<ROLE>`
 * (e.g. `DB_MAX_TIME_MS_ANALYST`) to override it. Commands outside a request (seed, import,
 * migrations) are the operator's and carry none.
 */
export const DEFAULT_MAX_TIME_MS = 10_000;

type CommandTimeLimits = Record<Role, number>;

function parseLimit(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 3_600_000)
    throw new ConfigError(`${name} must be a whole number of milliseconds between 1 and 3600000 (got "${value}")`);
  return limit;
}

export function loadCommandTimeLimits(env: NodeJS.ProcessEnv = process.env): CommandTimeLimits {
  const all = parseLimit('DB_MAX_TIME_MS', env.DB_MAX_TIME_MS, DEFAULT_MAX_TIME_MS);
  const limits = {} as CommandTimeLimits;
  for (const role of ROLES) {
    const name = `DB_MAX_TIME_MS_${role.toUpperCase()}`;
    limits[role] = parseLimit(name, env[name], all);
  }
  return limits;
}

/** Until a start-up sets them from its environment, every role has the default. */
let limits: CommandTimeLimits = Object.fromEntries(
  ROLES.map((role) => [role, DEFAULT_MAX_TIME_MS]),
) as CommandTimeLimits;

/** Replaces the limits (start-up configuration from `loadCommandTimeLimits`, tests). */
export function setCommandTimeLimits(next: CommandTimeLimits): void {
  limits = next;
}

export function commandTimeLimitOf(role: Role): number {
  return limits[role];
}

const bounded = new WeakSet<Schema>();

/** A connection plugin: applied to every schema compiled on a connection, once per schema. */
export function boundCommandTime(schema: Schema): void {
  if (bounded.has(schema)) return;
  bounded.add(schema);
  schema.pre(QUERY_OPERATIONS, { document: false, query: true }, function limitQuery(this: Query<unknown, unknown>) {
    const scope = currentRequestScope();
    if (scope && this.getOptions().maxTimeMS === undefined) this.maxTimeMS(commandTimeLimitOf(scope.viewer.role));
  });
  schema.pre('aggregate', function limitPipeline(this: Aggregate<unknown>) {
    const scope = currentRequestScope();
    if (scope && this.options.maxTimeMS === undefined)
      this.option({ maxTimeMS: commandTimeLimitOf(scope.viewer.role) });
  });
}
