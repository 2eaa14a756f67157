import { startGatewayWorkers } from './workers.js';
await startGatewayWorkers(process.env);
