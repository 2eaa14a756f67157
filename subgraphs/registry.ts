import type { Connection } from 'mongoose';
import { createCivilAffairsSubgraph } from './civil-affairs/server.js';
import { seedCivilAffairs } from './civil-affairs/seed/index.js';
import { createEconomySubgraph } from './economy/server.js';
import { seedEconomy } from './economy/seed/index.js';
import { createPartyBuildingSubgraph } from './party-building/server.js';
import { seedPartyBuilding } from './party-building/seed/index.js';
import { unscoped } from '../platform/access/elevations.js';
import type { Domain } from '../platform/contract/identity.js';
import type { SubgraphDeps, SubgraphServer } from '../platform/server/subgraph-server.js';
import { createUrbanManagementSubgraph } from './urban-management/server.js';
import { seedUrbanManagement } from './urban-management/seed/index.js';

/** Each subgraph's server factory and seeder, by name (see catalog.ts for ports and databases). */
interface SubgraphImplementation {
  create(deps: SubgraphDeps): SubgraphServer;
  seed(connection: Connection, options: { scale: number; seed: number }): Promise<unknown>;
}

type Seeder = SubgraphImplementation['seed'];

/** Seeding writes every division's records, so it runs under the named `seed` elevation. */
const elevated =
  (seed: Seeder): Seeder =>
  (connection, options) =>
    unscoped('seed', () => seed(connection, options));

export const IMPLEMENTATIONS: Record<Domain, SubgraphImplementation> = {
  economy: { create: createEconomySubgraph, seed: elevated(seedEconomy) },
  'civil-affairs': { create: createCivilAffairsSubgraph, seed: elevated(seedCivilAffairs) },
  'party-building': { create: createPartyBuildingSubgraph, seed: elevated(seedPartyBuilding) },
  'urban-management': { create: createUrbanManagementSubgraph, seed: elevated(seedUrbanManagement) },
};
