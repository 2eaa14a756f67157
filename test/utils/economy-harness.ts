import mongoose, { type Connection } from 'mongoose';
import { startEngine } from '../../engine/index.js';
import { createEconomyContext } from '../../subgraphs/economy/context.js';
import { createEconomyModels } from '../../subgraphs/economy/models.js';
import { seedEconomy } from '../../subgraphs/economy/seed.js';
import { createEconomySubgraph } from '../../subgraphs/economy/server.js';
import { createRequestContext } from '../../subgraphs/shared/context.js';
import type { Viewer } from '../../subgraphs/shared/identity.js';

export const ADMIN: Viewer = { sub: 'admin', role: 'admin', jurisdiction: '', domains: [] };
export const ANALYST: Viewer = { sub: 'analyst', role: 'analyst', jurisdiction: '', domains: [] };
export function economyOfficial(code: string, role: Viewer['role'] = 'community_worker'): Viewer {
  return { sub: `official-${code}`, role, jurisdiction: code, domains: ['economy'] };
}

export interface Result {
  data?: Record<string, any> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The economy subgraph in process over a seeded offline engine. The connection monitors
 * commands (with the production connection's sanitizing options), so tests count queries.
 */
export async function startEconomy() {
  const engine = await startEngine();
  const connection: Connection = await mongoose
    .createConnection(engine.uri, { dbName: 'economy', sanitizeFilter: true, monitorCommands: true })
    .asPromise();
  const report = await seedEconomy(connection, { scale: 1, seed: 20201201 });
  const server = createEconomySubgraph({ connection, subgraphSecret: 'test-secret' });
  await server.apollo.start();
  const models = createEconomyModels(connection);
  const commands: { name: string; collection: unknown }[] = [];
  connection.getClient().on('commandStarted', (event) => commands.push({ name: event.commandName, collection: event.command[event.commandName] }));

  return {
    connection,
    models,
    report,
    async run(query: string, variables?: Record<string, unknown>, viewer: Viewer = ADMIN): Promise<Result> {
      const contextValue = createEconomyContext(createRequestContext({ requestId: `test-${commands.length}`, viewer, domain: 'economy', connection }), models);
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as Result;
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
export type EconomyHarness = Awaited<ReturnType<typeof startEconomy>>;
