import mongoose, { type Connection } from 'mongoose';
import { startEngine } from '../../engine/index.js';
import { createCivilAffairsContext } from '../../subgraphs/civil-affairs/context.js';
import { createCivilAffairsModels } from '../../subgraphs/civil-affairs/models.js';
import { seedCivilAffairs } from '../../subgraphs/civil-affairs/seed.js';
import { createCivilAffairsSubgraph } from '../../subgraphs/civil-affairs/server.js';
import { createRequestContext } from '../../subgraphs/shared/context.js';
import type { Viewer } from '../../subgraphs/shared/identity.js';

export const ADMIN: Viewer = { sub: 'admin', role: 'admin', jurisdiction: '', domains: [] };
export const ANALYST: Viewer = { sub: 'analyst', role: 'analyst', jurisdiction: '', domains: [] };
export function communityWorker(code: string): Viewer {
  return { sub: `worker-${code}`, role: 'community_worker', jurisdiction: code, domains: ['civil-affairs'] };
}

export interface Result {
  data?: Record<string, any> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The civil-affairs subgraph in process over a seeded offline engine. The connection monitors
 * commands (same sanitizing options as connectDatabase), so tests can count database queries.
 */
export async function startCivilAffairs() {
  const engine = await startEngine();
  const connection: Connection = await mongoose
    .createConnection(engine.uri, { dbName: 'civil_affairs', sanitizeFilter: true, monitorCommands: true })
    .asPromise();
  await seedCivilAffairs(connection, { scale: 1, seed: 20201201 });
  const server = createCivilAffairsSubgraph({ connection, subgraphSecret: 'test-secret' });
  await server.apollo.start();
  const models = createCivilAffairsModels(connection);
  const commands: { name: string; collection: unknown }[] = [];
  connection.getClient().on('commandStarted', (event) => commands.push({ name: event.commandName, collection: event.command[event.commandName] }));

  return {
    connection,
    async run(query: string, viewer: Viewer = ADMIN, variables?: Record<string, unknown>): Promise<Result> {
      const contextValue = createCivilAffairsContext(createRequestContext({ requestId: `test-${Date.now()}`, viewer, domain: 'civil-affairs', connection }), models);
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
export type CivilAffairsHarness = Awaited<ReturnType<typeof startCivilAffairs>>;
