import { subgraphInfo } from '../platform/contract/subgraph-catalog.js';
import { IMPLEMENTATIONS } from './registry.js';
import { loadCommandTimeLimits, setCommandTimeLimits } from '../platform/server/command-time-limits.js';
import { connectDatabaseWithRetry, provideDatabase } from '../platform/server/database.js';
import { runMigrations } from '../platform/server/migrations.js';
import { requirePurposeFromEnv } from '../platform/contract/purpose.js';
import { ConfigError, isProduction, loadSecrets } from '../platform/server/secrets.js';
import { exitOnSignal, shutdownTimeoutMs } from '../platform/server/shutdown.js';

/**
 * Starts one subgraph from the environment: PORT (default from the catalog), HOST,
 * MONGODB_URI (required in production; in development the database provider picks one),
 * SUBGRAPH_SECRET (and SUBGRAPH_SECRET_PREVIOUS while rotating), CURSOR_SECRET (and
 * CURSOR_SECRET_PREVIOUS while keys rotate), PERTURBATION_SECRET (keys the perturbed statistics of
 * analysts and services; required in production), REQUIRE_PURPOSE (enabled: full reads of personal data
 * need the caller's x-access-purpose). Once the database answers, pending schema migrations run
 * (migrations.ts). It listens before its database answers (requests get UNAVAILABLE and
 * `/health` says not-ready while the connection is retried). SIGTERM/SIGINT stop accepting,
 * finish in-flight requests up to SHUTDOWN_TIMEOUT_MS (default 10 s), close the database, exit 0.
 */
export async function startSubgraphFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let info;
  let secrets;
  let shutdownMs;
  let requirePurpose;
  try {
    info = subgraphInfo(name);
    if (isProduction(env) && !env.MONGODB_URI)
      throw new ConfigError('MONGODB_URI is required when NODE_ENV=production');
    secrets = loadSecrets(env, undefined, undefined, { cursorSecret: true, perturbationSecret: true });
    shutdownMs = shutdownTimeoutMs(env);
    setCommandTimeLimits(loadCommandTimeLimits(env));
    requirePurpose = requirePurposeFromEnv(env);
  } catch (error) {
    console.error(`subgraph: configuration error: ${(error as Error).message}`);
    process.exit(1);
  }
  const port = env.PORT ? Number(env.PORT) : info.defaultPort;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`subgraph ${name}: PORT must be an integer from 0 to 65535 (got "${env.PORT}")`);
    process.exit(1);
  }
  const databaseServer = await provideDatabase({
    env,
    dataDir: env.MONGODB_URI ? undefined : `${env.DATA_DIR ?? '.data'}/${info.name}`,
  });
  const database = connectDatabaseWithRetry(databaseServer.uri, info.database, {
    log: (line) => console.error(`subgraph ${name}: ${line}`),
  });
  const server = IMPLEMENTATIONS[info.name].create({
    connection: database.connection,
    subgraphSecret: secrets.subgraphSecret,
    subgraphSecretPrevious: secrets.subgraphSecretPrevious,
    cursorSecrets: secrets.cursorSecrets,
    perturbationSecret: secrets.perturbationSecret,
    requirePurpose,
  });
  const listening = await server.listen(port, env.HOST || '127.0.0.1');
  console.log(`subgraph ${name}: ${listening.url} (database ${info.database})`);
  void database.ready
    .then(() => console.log(`subgraph ${name}: database ${info.database} connected`))
    .then(() => runMigrations(database.connection, { log: (line) => console.log(`subgraph ${name}: ${line}`) }))
    .catch((error: unknown) =>
      console.error(
        `subgraph ${name}: migrations failed (${(error as Error).message}); audited reads are withheld until they succeed`,
      ),
    );
  exitOnSignal(`subgraph ${name}`, async () => {
    await listening.close(shutdownMs);
    await database.close();
    await databaseServer.stop();
  });
}
