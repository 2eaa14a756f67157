import { startGatewayWorkers } from '../gateway/workers.js';
await startGatewayWorkers(process.env);
