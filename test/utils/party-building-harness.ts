import mongoose, { type Connection } from 'mongoose';
import { startEngine } from '../../engine/index.js';
import { createPartyBuildingContext } from '../../subgraphs/party-building/context.js';
import { createPartyBuildingModels } from '../../subgraphs/party-building/models.js';
import { seedPartyBuilding } from '../../subgraphs/party-building/seed.js';
import { createPartyBuildingSubgraph } from '../../subgraphs/party-building/server.js';
import { createRequestContext } from '../../subgraphs/shared/context.js';
import type { Viewer } from '../../subgraphs/shared/identity.js';

export const ADMIN: Viewer = { sub: 'admin', role: 'admin', jurisdiction: '', domains: [] };
export const ANALYST: Viewer = { sub: 'analyst', role: 'analyst', jurisdiction: '', domains: [] };
export function partyOfficial(code: string, role: Viewer['role'] = 'community_worker'): Viewer {
  return { sub: `official-${code}`, role, jurisdiction: code, domains: ['party-building'] };
}

export interface Result {
  data?: Record<string, any> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The party-building subgraph in process over a seeded offline engine. The connection has the
 * production connection's sanitizing option and monitors commands, so tests count queries.
 */
export async function startPartyBuilding() {
  const engine = await startEngine();
  const connection: Connection = await mongoose
    .createConnection(engine.uri, { dbName: 'party_building', sanitizeFilter: true, monitorCommands: true })
    .asPromise();
  const report = await seedPartyBuilding(connection, { scale: 1, seed: 20201201 });
  const server = createPartyBuildingSubgraph({ connection, subgraphSecret: 'test-secret' });
  await server.apollo.start();
  const models = createPartyBuildingModels(connection);
  const commands: { name: string; collection: unknown }[] = [];
  connection.getClient().on('commandStarted', (event) => commands.push({ name: event.commandName, collection: event.command[event.commandName] }));

  return {
    connection,
    models,
    report,
    async run(query: string, variables?: Record<string, unknown>, viewer: Viewer = ADMIN): Promise<Result> {
      const base = createRequestContext({ requestId: `test-${commands.length}`, viewer, domain: 'party-building', connection });
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createPartyBuildingContext(base, models) });
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
export type PartyBuildingHarness = Awaited<ReturnType<typeof startPartyBuilding>>;
