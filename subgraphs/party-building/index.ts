import { startSubgraphFromEnv } from '../main.js';
await startSubgraphFromEnv('party-building');
