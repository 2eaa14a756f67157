import { startSubgraphFromEnv } from '../subgraphs/main.js';
await startSubgraphFromEnv(process.argv[2] ?? '');
