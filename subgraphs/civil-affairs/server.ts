import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  createSubgraphServer,
  loadSchemaFile,
  type SubgraphDeps,
  type SubgraphServer,
} from '../../platform/server/subgraph-server.js';
import { createCivilAffairsContext } from './context.js';
import { createCivilAffairsModels } from './models.js';
import { resolvers } from './resolvers/index.js';

/** The civil-affairs (民政) subgraph: owner of the division tree, residents and assistance. */
export function createCivilAffairsSubgraph(deps: SubgraphDeps): SubgraphServer {
  const models = createCivilAffairsModels(deps.connection);
  const schema = buildSubgraphSchema({
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
  });
  return createSubgraphServer('civil-affairs', schema, deps, (base) => createCivilAffairsContext(base, models));
}
