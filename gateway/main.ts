import { ConfigError } from '../platform/server/secrets.js';
import { exitOnSignal } from '../platform/server/shutdown.js';
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
  if (config.auth.disabled)
    console.warn('gateway: GATEWAY_AUTH=disabled: every request acts as a local admin (development only)');
  const gateway = createGateway({ ...config, authenticate: createAuthenticator(config.auth) });
  const listening = await gateway.listen(config.port, config.host);
  console.log(`gateway: ${listening.url} (supergraph ${config.supergraphPath})`);
  exitOnSignal('gateway', () => listening.close(config.shutdownTimeoutMs));
}
