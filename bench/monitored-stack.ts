import type { CommandStartedEvent } from 'mongodb';
import type { Connection } from 'mongoose';
import { createAuthenticator, mintToken } from '../gateway/auth.js';
import { composeSupergraph } from '../gateway/compose.js';
import { createGateway } from '../gateway/server.js';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import { IMPLEMENTATIONS } from '../subgraphs/registry.js';
import { connectDatabase } from '../platform/server/database.js';
import type { Domain } from '../platform/contract/identity.js';

/**
 * The four subgraphs in this process over `uri`, each driver reporting every command it sends
 * (command monitoring), behind a gateway: what bench/round-trips.ts counts and
 * bench/index-usage.ts explains. `graphql` posts an operation as an admin and throws on an error.
 */
interface MonitoredStack {
  connections: Record<Domain, Connection>;
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startMonitoredStack(
  uri: string,
  secrets: { jwtSecret: string; subgraphSecret: string },
  onCommand: (domain: Domain, event: CommandStartedEvent) => void,
): Promise<MonitoredStack> {
  const connections = {} as Record<Domain, Connection>;
  const servers: Array<{ close(deadlineMs?: number): Promise<void> }> = [];
  const subgraphUrls = {} as Record<Domain, string>;
  for (const info of SUBGRAPHS) {
    const connection = await connectDatabase(uri, info.database, { monitorCommands: true });
    connection.getClient().on('commandStarted', (event) => onCommand(info.name, event));
    connections[info.name] = connection;
    const server = await IMPLEMENTATIONS[info.name]
      .create({ connection, subgraphSecret: secrets.subgraphSecret })
      .listen(0);
    servers.push(server);
    subgraphUrls[info.name] = server.url;
  }
  const gateway = await createGateway({
    supergraphSdl: composeSupergraph(),
    subgraphUrls,
    subgraphSecret: secrets.subgraphSecret,
    authenticate: createAuthenticator({ jwtSecret: secrets.jwtSecret }),
    graphiql: false,
  }).listen(0);
  const token = await mintToken(secrets.jwtSecret, { sub: 'bench', role: 'admin' });
  return {
    connections,
    async graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
      if (body.errors) throw new Error(body.errors[0].message);
      return body.data as T;
    },
    async close() {
      await gateway.close(1000);
      await Promise.all(servers.map((server) => server.close(1000)));
      await Promise.all(Object.values(connections).map((connection) => connection.close()));
    },
  };
}
