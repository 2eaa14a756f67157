import { startGatewayFromEnv } from './main.js';
await startGatewayFromEnv(process.env);
