import { startSubgraphFromEnv } from '../main.js';
await startSubgraphFromEnv('urban-management');
