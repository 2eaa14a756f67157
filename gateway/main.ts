import { ConfigError } from '../subgraphs/shared/secrets.js';
import { createAuthenticator } from './auth.js';
import { loadGatewayConfig } from './config.js';
import { createGateway } from './server.js';

/** Starts the gateway from the environment; exits non-zero with a clear message on bad config. */
export async function startGatewayFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config;
  try {
    config = loadGatewayConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`gateway: configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (config.auth.disabled) console.warn('gateway: GATEWAY_AUTH=disabled: every request acts as a local admin (development only)');
  const gateway = createGateway({ ...config, authenticate: createAuthenticator(config.auth) });
  const listening = await gateway.listen(config.port, config.host);
  console.log(`gateway: ${listening.url} (supergraph ${config.supergraphPath})`);
  const shutdown = async (signal: string) => {
    console.log(`gateway: ${signal}, finishing in-flight requests`);
    await listening.close(10_000);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
