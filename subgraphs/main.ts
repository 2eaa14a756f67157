import { subgraphInfo } from './catalog.js';
import { IMPLEMENTATIONS } from './registry.js';
import { connectDatabase, provideDatabase } from './shared/database.js';
import { ConfigError, isProduction, loadSecrets } from './shared/secrets.js';

/**
 * Starts one subgraph from the environment: PORT (default from the catalog), HOST,
 * MONGODB_URI (required in production; in development the database provider picks one),
 * SUBGRAPH_SECRET. SIGTERM/SIGINT finish in-flight requests, close the database, exit 0.
 */
export async function startSubgraphFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let info;
  let secrets;
  try {
    info = subgraphInfo(name);
    if (isProduction(env) && !env.MONGODB_URI) throw new ConfigError('MONGODB_URI is required when NODE_ENV=production');
    secrets = loadSecrets(env);
  } catch (error) {
    console.error(`subgraph: configuration error: ${(error as Error).message}`);
    process.exit(1);
  }
  const port = env.PORT ? Number(env.PORT) : info.defaultPort;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`subgraph ${name}: PORT must be an integer from 0 to 65535 (got "${env.PORT}")`);
    process.exit(1);
  }
  const database = await provideDatabase({ env, dataDir: env.MONGODB_URI ? undefined : `${env.DATA_DIR ?? '.data'}/${info.name}` });
  const connection = await connectDatabase(database.uri, info.database);
  const server = IMPLEMENTATIONS[info.name].create({ connection, subgraphSecret: secrets.subgraphSecret });
  const listening = await server.listen(port, env.HOST || '127.0.0.1');
  console.log(`subgraph ${name}: ${listening.url} (database ${info.database})`);
  const shutdown = async () => {
    await listening.close(10_000);
    await connection.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}
