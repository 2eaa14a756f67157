import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../gateway/compose.js';

/** `npm run compose`: writes `schema/supergraph.graphql` from the four subgraph SDL files. */
try {
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  console.log(`wrote ${SUPERGRAPH_FILE}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
