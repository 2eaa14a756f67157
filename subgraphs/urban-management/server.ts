import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  createSubgraphServer,
  loadSchemaFile,
  type SubgraphDeps,
  type SubgraphServer,
} from '../../platform/server/subgraph-server.js';
import { createUrbanManagementContext } from './context.js';
import { createUrbanManagementModels } from './models.js';
import { resolvers } from './resolvers/index.js';

/** The urban-management subgraph (城市管理): incidents, facilities, rectification, inspections. */
export function createUrbanManagementSubgraph(deps: SubgraphDeps): SubgraphServer {
  const schema = buildSubgraphSchema({
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
  });
  const models = createUrbanManagementModels(deps.connection);
  return createSubgraphServer('urban-management', schema, deps, (base) => createUrbanManagementContext(base, models));
}
