import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  createSubgraphServer,
  loadSchemaFile,
  type SubgraphDeps,
  type SubgraphServer,
} from '../../platform/server/subgraph-server.js';
import { createPartyBuildingContext } from './context.js';
import { createPartyBuildingModels } from './models.js';
import { resolvers } from './resolvers/index.js';

/** The party-building (党建) subgraph: organizations, members, activities and evaluations. */
export function createPartyBuildingSubgraph(deps: SubgraphDeps): SubgraphServer {
  const models = createPartyBuildingModels(deps.connection);
  const schema = buildSubgraphSchema({
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
  });
  return createSubgraphServer('party-building', schema, deps, (base) => createPartyBuildingContext(base, models));
}
