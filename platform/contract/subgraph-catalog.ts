import type { Domain } from './identity.js';

/**
 * The four subgraphs: name (as composed into the supergraph), schema file, database and the
 * port `npm start` gives each. Metadata only, so the gateway and tools can use it without
 * loading any subgraph's code.
 */
interface SubgraphInfo {
  name: Domain;
  /** The subgraph's SDL, relative to the repository root: `subgraphs/<name>/schema.graphql`. */
  schemaFile: string;
  database: string;
  defaultPort: number;
  /** Environment variable that overrides the subgraph's URL at the gateway. */
  urlVariable: string;
}

export const SUBGRAPHS: readonly SubgraphInfo[] = [
  {
    name: 'economy',
    schemaFile: 'subgraphs/economy/schema.graphql',
    database: 'economy',
    defaultPort: 4001,
    urlVariable: 'ECONOMY_URL',
  },
  {
    name: 'civil-affairs',
    schemaFile: 'subgraphs/civil-affairs/schema.graphql',
    database: 'civil_affairs',
    defaultPort: 4002,
    urlVariable: 'CIVIL_AFFAIRS_URL',
  },
  {
    name: 'party-building',
    schemaFile: 'subgraphs/party-building/schema.graphql',
    database: 'party_building',
    defaultPort: 4003,
    urlVariable: 'PARTY_BUILDING_URL',
  },
  {
    name: 'urban-management',
    schemaFile: 'subgraphs/urban-management/schema.graphql',
    database: 'urban_management',
    defaultPort: 4004,
    urlVariable: 'URBAN_MANAGEMENT_URL',
  },
];

export function subgraphInfo(name: string): SubgraphInfo {
  const info = SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!info) throw new Error(`unknown subgraph "${name}"; expected one of ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return info;
}
