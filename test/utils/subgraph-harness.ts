import { startEngine } from '../../engine/index.js';
import { subgraphInfo } from '../../platform/contract/subgraph-catalog.js';
import { IMPLEMENTATIONS } from '../../subgraphs/registry.js';
import { connectDatabase } from '../../platform/server/database.js';
import type { Domain, Viewer } from '../../platform/contract/identity.js';

/**
 * One subgraph in process over a seeded offline engine, for tests that execute operations
 * directly (including `_entities` representations as the gateway sends them). The connection is
 * the production one (`connectDatabase`) with command monitoring on, so tests count queries.
 */
export const ADMIN: Viewer = { sub: 'admin', role: 'admin', jurisdiction: [], domains: [] };
export const ANALYST: Viewer = {
  sub: 'analyst',
  role: 'analyst',
  jurisdiction: ['120104', '120116', '410102', '410503'],
  domains: [],
};

/** An official of `domain` whose jurisdiction is `code`. */
export function official(code: string, domain: Domain, role: Viewer['role'] = 'community_worker'): Viewer {
  return { sub: `official-${code}`, role, jurisdiction: [code], domains: [domain] };
}

export interface Result {
  // Tests navigate arbitrary response shapes; the typed-client test covers typed access.
  data?: Record<string, any> | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Reads a JSON path such as `a.b[0].c` or `list[?(@.kind=='ROAD')].value` (the form
 * DOCUMENTED_FIGURES uses) from a response's data.
 */
export function at(data: unknown, path: string): unknown {
  const steps = path.match(/[^.[\]]+|\[\d+\]|\[\?\(@\.\w+=='[^']*'\)\]/g) ?? [];
  return steps.reduce<unknown>((current, step) => {
    if (current === null || current === undefined) return undefined;
    const filter = /^\[\?\(@\.(\w+)=='([^']*)'\)\]$/.exec(step);
    if (filter) return (current as Record<string, unknown>[]).find((item) => item[filter[1]] === filter[2]);
    const index = /^\[(\d+)\]$/.exec(step);
    if (index) return (current as unknown[])[Number(index[1])];
    return (current as Record<string, unknown>)[step];
  }, data);
}

export async function startSubgraphHarness(domain: Domain, options: { seed?: number } = {}) {
  const engine = await startEngine();
  const connection = await connectDatabase(engine.uri, subgraphInfo(domain).database, { monitorCommands: true });
  await IMPLEMENTATIONS[domain].seed(connection, { scale: 1, seed: options.seed ?? 20201201 });
  const server = IMPLEMENTATIONS[domain].create({ connection, subgraphSecret: 'test-secret' });
  await server.apollo.start();
  const commands: { name: string; collection: unknown }[] = [];
  connection
    .getClient()
    .on('commandStarted', (event) =>
      commands.push({ name: event.commandName, collection: event.command[event.commandName] }),
    );
  let requests = 0;

  async function run(query: string, variables?: Record<string, unknown>, viewer: Viewer = ADMIN): Promise<Result> {
    const response = await server.execute(viewer, { query, variables }, `test-request-${++requests}`);
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as Result;
  }

  return {
    connection,
    /** The engine's connection string (for tools run as child processes). */
    uri: engine.uri,
    run,
    /** Runs a query and fails on any error; returns its data. */
    async data(
      query: string,
      variables?: Record<string, unknown>,
      viewer: Viewer = ADMIN,
    ): Promise<Record<string, any>> {
      const result = await run(query, variables, viewer);
      if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
      return result.data ?? {};
    },
    /** Runs `action` and returns the commands it sent to `collection`. */
    async commandsOn(collection: string, action: () => Promise<unknown>) {
      const start = commands.length;
      await action();
      return commands.slice(start).filter((command) => command.collection === collection);
    },
    async stop() {
      await server.apollo.stop();
      await connection.close();
      await engine.stop();
    },
  };
}
export type SubgraphHarness = Awaited<ReturnType<typeof startSubgraphHarness>>;
