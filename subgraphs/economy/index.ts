import { startSubgraphFromEnv } from '../main.js';
await startSubgraphFromEnv('economy');
