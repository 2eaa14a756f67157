/**
 * Graceful shutdown for the gateway and the subgraphs: on SIGTERM or SIGINT stop accepting,
 * let in-flight requests finish up to SHUTDOWN_TIMEOUT_MS, close what the process holds, exit 0
 * (1 if closing failed, so an orchestrator sees it).
 */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export function shutdownTimeoutMs(env: NodeJS.ProcessEnv): number {
  const raw = env.SHUTDOWN_TIMEOUT_MS;
  const value = raw ? Number(raw) : DEFAULT_SHUTDOWN_TIMEOUT_MS;
  if (!Number.isInteger(value) || value < 0 || value > 600_000)
    throw new Error(`SHUTDOWN_TIMEOUT_MS must be an integer from 0 to 600000 (got "${raw}")`);
  return value;
}

/**
 * Runs `stop` on the first SIGTERM or SIGINT, then exits. The listeners stay registered (`on`, not
 * `once`): tsx's signal relay ends the process itself when it finds no listener left.
 */
export function exitOnSignal(label: string, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${label}: ${signal}, finishing in-flight requests`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${label}: shutdown failed`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
