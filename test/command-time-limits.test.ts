import type { CommandStartedEvent } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOperations } from '../gateway/graphiql.js';
import {
  DEFAULT_MAX_TIME_MS,
  loadCommandTimeLimits,
  setCommandTimeLimits,
} from '../platform/server/command-time-limits.js';
import { DOMAINS, ROLES } from '../platform/contract/identity.js';
import { ConfigError } from '../platform/server/secrets.js';
import { startTestStack, type TestStack } from './utils/stack.js';

/**
 * Every database command a request sends carries its role's maxTimeMS: captured by the driver's
 * command monitoring while the preloaded questions run through the gateway as two roles.
 */
let stack: TestStack;
const commands: CommandStartedEvent[] = [];
const LIMITED = new Set(['find', 'aggregate', 'count', 'distinct', 'findAndModify']);

beforeAll(async () => {
  stack = await startTestStack({ seed: true, monitorCommands: true });
  for (const domain of DOMAINS)
    stack.connections[domain].getClient().on('commandStarted', (event) => commands.push(event));
});
afterAll(async () => {
  setCommandTimeLimits(loadCommandTimeLimits({}));
  await stack?.stop();
});

describe('command time limits', () => {
  it('command time limits: every read a request sends carries the maxTimeMS of the caller role', async () => {
    setCommandTimeLimits({ ...loadCommandTimeLimits({}), admin: 8765, analyst: 4321 });
    const tokens = {
      admin: await stack.token({ sub: 'limits-admin', role: 'admin' }),
      analyst: await stack.token({
        sub: 'limits-analyst',
        role: 'analyst',
        jurisdiction: ['410503', '120104', '120116', '410102'],
        domains: [],
      }),
    };
    for (const [role, token] of Object.entries(tokens)) {
      commands.length = 0;
      for (const operation of loadOperations()) await stack.graphql(operation.query, { token });
      // The audit trail's own bookkeeping (its chain head, the once-per-process migration check)
      // goes through the raw driver on its own collections, outside the request's data access.
      const bookkeeping = new Set(['audit_records', 'schema_migrations']);
      const reads = commands.filter(
        (event) =>
          LIMITED.has(event.commandName) &&
          event.databaseName !== 'admin' &&
          !bookkeeping.has(String(event.command[event.commandName])),
      );
      // The questions must have reached the database, or the check says nothing.
      expect(reads.length, role).toBeGreaterThan(50);
      const expected = role === 'admin' ? 8765 : 4321;
      const wrong = reads
        .filter((event) => event.command.maxTimeMS !== expected)
        .map(
          (event) =>
            `${event.commandName} ${String(event.command[event.commandName])}: ${String(event.command.maxTimeMS)}`,
        );
      expect(wrong, role).toEqual([]);
    }
  });

  it('command time limits: a question past its role limit is stopped and answers UNAVAILABLE naming maxTimeMS; the system serves on', async () => {
    setCommandTimeLimits({ ...loadCommandTimeLimits({}), analyst: 1 });
    const analyst = await stack.token({
      sub: 'limits-analyst',
      role: 'analyst',
      jurisdiction: ['410503'],
      domains: [],
    });
    const heavy = `{ civilAffairsStatistics(division: "410503", from: "2019-01-01T00:00:00+08:00", to: "2021-01-01T00:00:00+08:00") {
      assistance(groupBy: [COMMUNITY, TIER], programs: [DIBAO, ORPHAN]) { households persons } } }`;
    const stopped = await stack.graphql(heavy, { token: analyst });
    expect(stopped.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE', limit: 'maxTimeMS' });
    expect(stopped.body.errors?.[0]?.message).toMatch(/maxTimeMS/);
    setCommandTimeLimits(loadCommandTimeLimits({}));
    const after = await stack.graphql<{ district: { name: string } }>('{ district(code: "410503") { name } }', {
      token: analyst,
    });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data?.district.name).toBe('北关区');
  });

  it('command time limits: configuration is validated, per role, with one default for all', () => {
    const limits = loadCommandTimeLimits({ DB_MAX_TIME_MS: '3000', DB_MAX_TIME_MS_ANALYST: '1500' });
    for (const role of ROLES) expect(limits[role]).toBe(role === 'analyst' ? 1500 : 3000);
    expect(loadCommandTimeLimits({}).service).toBe(DEFAULT_MAX_TIME_MS);
    for (const bad of ['0', '-5', '2.5', 'soon', '99999999']) {
      expect(() => loadCommandTimeLimits({ DB_MAX_TIME_MS_SERVICE: bad })).toThrow(ConfigError);
      expect(() => loadCommandTimeLimits({ DB_MAX_TIME_MS_SERVICE: bad })).toThrow(/DB_MAX_TIME_MS_SERVICE/);
    }
  });
});
