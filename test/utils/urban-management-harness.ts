import mongoose, { type Connection } from 'mongoose';
import { startEngine } from '../../engine/index.js';
import { createRequestContext } from '../../subgraphs/shared/context.js';
import type { Viewer } from '../../subgraphs/shared/identity.js';
import { createUrbanManagementContext } from '../../subgraphs/urban-management/context.js';
import { createUrbanManagementModels } from '../../subgraphs/urban-management/models.js';
import { seedUrbanManagement } from '../../subgraphs/urban-management/seed.js';
import { createUrbanManagementSubgraph } from '../../subgraphs/urban-management/server.js';

export const ADMIN: Viewer = { sub: 'admin', role: 'admin', jurisdiction: '', domains: [] };
export const ANALYST: Viewer = { sub: 'analyst', role: 'analyst', jurisdiction: '', domains: [] };
export function official(code: string, domain: Viewer['domains'][number] = 'urban-management', role: Viewer['role'] = 'community_worker'): Viewer {
  return { sub: `official-${code}`, role, jurisdiction: code, domains: [domain] };
}

export interface Result {
  data?: Record<string, unknown> | null;
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

/**
 * The urban-management subgraph in process over a seeded offline engine. The connection has the
 * production connection's sanitizing option and monitors commands, so tests count queries.
 */
export async function startUrbanManagement() {
  const engine = await startEngine();
  const connection: Connection = await mongoose
    .createConnection(engine.uri, { dbName: 'urban_management', sanitizeFilter: true, monitorCommands: true })
    .asPromise();
  const report = await seedUrbanManagement(connection, { scale: 1, seed: 20201130 });
  const server = createUrbanManagementSubgraph({ connection, subgraphSecret: 'test-secret' });
  await server.apollo.start();
  const models = createUrbanManagementModels(connection);
  const commands: { name: string; collection: unknown }[] = [];
  connection.getClient().on('commandStarted', (event) => commands.push({ name: event.commandName, collection: event.command[event.commandName] }));
  let requests = 0;

  async function run(query: string, variables?: Record<string, unknown>, viewer: Viewer = ADMIN): Promise<Result> {
    const base = createRequestContext({ requestId: `test-${++requests}`, viewer, domain: 'urban-management', connection });
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createUrbanManagementContext(base, models) });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as Result;
  }

  return {
    connection,
    models,
    report,
    run,
    /** Runs a query and fails on any error; returns its data. */
    async data(query: string, variables?: Record<string, unknown>, viewer: Viewer = ADMIN): Promise<Record<string, unknown>> {
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
export type UrbanManagementHarness = Awaited<ReturnType<typeof startUrbanManagement>>;
