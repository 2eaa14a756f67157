import cluster from 'node:cluster';
import { startGatewayFromEnv } from './main.js';
import { serveClusterRateLimits } from './rate-limits.js';

/**
 * GATEWAY_WORKERS=N runs N gateway processes on one port with node:cluster (the primary accepts
 * and hands connections to the workers). The gateway keeps no state between requests but the
 * rate-limit buckets, which the primary holds for all workers (rate-limits.ts); SIGTERM to the primary is passed on and each worker finishes
 * its in-flight requests before exiting.
 */
function gatewayWorkers(env: NodeJS.ProcessEnv): number {
  const raw = env.GATEWAY_WORKERS;
  const value = raw ? Number(raw) : 1;
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    console.error(`gateway: configuration error: GATEWAY_WORKERS must be an integer from 1 to 64 (got "${raw}")`);
    process.exit(1);
  }
  return value;
}

export async function startGatewayWorkers(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workers = gatewayWorkers(env);
  if (workers === 1 || !cluster.isPrimary) return startGatewayFromEnv(env);
  let stopping = false;
  const listened = new Set<number>();
  cluster.on('listening', (worker) => listened.add(worker.id));
  // The primary holds the rate-limit buckets, so a caller's limit is the machine's, not a worker's.
  serveClusterRateLimits();
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that never listened failed at start (bad configuration): do not fork it again.
    if (!listened.has(worker.id)) process.exit(code || 1);
    console.error(`gateway: worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  console.log(`gateway: ${workers} workers`);
}
