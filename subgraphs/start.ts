import { startSubgraphFromEnv } from './main.js';
await startSubgraphFromEnv(process.argv[2] ?? '');
