import { parseArgs } from 'node:util';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import { provideDatabase } from '../platform/server/database.js';
import type { Domain } from '../platform/contract/identity.js';
import { seedAll } from '../subgraphs/seeding.js';

/**
 * `npm run seed -- [--scale N] [--seed S] [--only economy,civil-affairs]`: rebuilds the
 * deterministic world of the source documents in MONGODB_URI, or in the data directory's
 * embedded database (stop `npm start` first: one engine per data directory).
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '20201130' },
    only: { type: 'string' },
  },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!Number.isInteger(scale) || scale < 1 || scale > 100)
  throw new Error(`--scale must be an integer from 1 to 100 (got ${values.scale})`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer (got ${values.seed})`);
const names = SUBGRAPHS.map((subgraph) => subgraph.name);
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !names.includes(name as Domain));
if (unknown?.length) throw new Error(`--only: unknown subgraph ${unknown.join(', ')}; expected ${names.join(', ')}`);

const database = await provideDatabase({ dataDir: process.env.DATA_DIR ?? '.data' });
try {
  await seedAll(database.uri, { scale, seed, only: only as Domain[] | undefined });
} finally {
  await database.stop();
}
