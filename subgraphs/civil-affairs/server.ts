import { buildSubgraphSchema } from '@apollo/subgraph';
import { createSubgraphServer, loadSchemaFile, type SubgraphDeps, type SubgraphServer } from '../shared/subgraph-server.js';
import { createCivilAffairsContext } from './context.js';
import { createCivilAffairsModels } from './models.js';
import { resolvers } from './resolvers/index.js';

/** The civil-affairs (民政) subgraph: owner of the division tree, residents and assistance. */
export function createCivilAffairsSubgraph(deps: SubgraphDeps): SubgraphServer {
  const models = createCivilAffairsModels(deps.connection);
  const schema = buildSubgraphSchema({ typeDefs: loadSchemaFile('civil-affairs.graphql'), resolvers });
  return createSubgraphServer('civil-affairs', schema, deps, (base) => createCivilAffairsContext(base, models));
}
