import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  createSubgraphServer,
  loadSchemaFile,
  type SubgraphDeps,
  type SubgraphServer,
} from '../../platform/server/subgraph-server.js';
import { createEconomyContext } from './context.js';
import { createEconomyModels } from './models.js';
import { resolvers } from './resolvers/index.js';

/** The economy (经济) subgraph: enterprises, investment projects and trips, tax, services, buildings. */
export function createEconomySubgraph(deps: SubgraphDeps): SubgraphServer {
  const models = createEconomyModels(deps.connection);
  const schema = buildSubgraphSchema({
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
  });
  return createSubgraphServer('economy', schema, deps, (base) => createEconomyContext(base, models));
}
