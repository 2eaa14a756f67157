import { startSubgraphFromEnv } from '../main.js';
await startSubgraphFromEnv('civil-affairs');
