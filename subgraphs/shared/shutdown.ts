/**
 * Graceful shutdown for the gateway and the subgraphs: on SIGTERM or SIGINT stop accepting,
 * let in-flight requests finish up to SHUTDOWN_TIMEOUT_MS, close what the process holds, exit 0
 * (1 if closing failed, so an orchestrator sees it).
 */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export function shutdownTimeoutMs(env: NodeJS.ProcessEnv): number {
  const raw = env.SHUTDOWN_TIMEOUT_MS;
  const value = raw ? Number(raw) : DEFAULT_SHUTDOWN_TIMEOUT_MS;
  if (!Number.isInteger(value) || value < 0 || value > 600_000) throw new Error(`SHUTDOWN_TIMEOUT_MS must be an integer from 0 to 600000 (got "${raw}")`);
  return value;
}

export function exitOnSignal(label: string, stop: () => Promise<void>): void {
  const shutdown = (signal: NodeJS.Signals) => {
    console.log(`${label}: ${signal}, finishing in-flight requests`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${label}: shutdown failed`, error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
