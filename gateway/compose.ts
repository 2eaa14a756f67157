import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import { subgraphSdl } from '../platform/server/subgraph-server.js';

/**
 * `npm run compose`: composes the four subgraph SDL files into `schema/supergraph.graphql` with
 * @apollo/composition. The file is checked in (a test fails when it is stale) and is what the
 * gateway serves, so operators can recompose and redeploy without code changes.
 */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));

export function defaultSubgraphUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

export function composeSupergraph(): string {
  const services = SUBGRAPHS.map((subgraph) => ({
    name: subgraph.name,
    url: defaultSubgraphUrl(subgraph.defaultPort),
    typeDefs: parse(subgraphSdl(subgraph.schemaFile)),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
