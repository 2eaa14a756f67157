import type { Connection } from 'mongoose';
import { createAuthenticator, mintToken } from '../gateway/auth.js';
import { composeSupergraph } from '../gateway/compose.js';
import { createGateway } from '../gateway/server.js';
import { SUBGRAPHS } from '../subgraphs/catalog.js';
import { IMPLEMENTATIONS } from '../subgraphs/registry.js';
import { connectDatabase } from '../subgraphs/shared/database.js';
import type { Listening } from '../subgraphs/shared/http-server.js';
import type { Domain } from '../subgraphs/shared/identity.js';
import { addBenchStreet } from './bench-street.js';
import { STREET_COMMUNITIES_QUERY } from './queries.js';

/**
 * Round trips are O(1) in the data: the street → communities → four domains query on a street
 * with 10 and one with 200 communities, counting the MongoDB commands each domain's driver sends
 * (command monitoring) during one request. The page maximum is 100, so the 200-community street
 * is read in two pages of 100; every page must cost the same commands as the 10-community street.
 */
export interface RoundTripRow {
  label: string;
  communities: number;
  commands: Record<Domain, number>;
  total: number;
  /** Command names per domain, e.g. `civil-affairs: find×2 aggregate`. */
  detail: string;
}

const SMALL_STREET = '410102091';
const LARGE_STREET = '410102092';

export async function measureRoundTrips(uri: string, secrets: { jwtSecret: string; subgraphSecret: string }): Promise<RoundTripRow[]> {
  const connections = {} as Record<Domain, Connection>;
  const servers: Listening[] = [];
  const subgraphUrls = {} as Record<Domain, string>;
  const commands = {} as Record<Domain, number>;
  const names = {} as Record<Domain, string[]>;
  for (const info of SUBGRAPHS) {
    const connection = await connectDatabase(uri, info.database, { monitorCommands: true });
    commands[info.name] = 0;
    names[info.name] = [];
    connection.getClient().on('commandStarted', (event) => {
      commands[info.name]++;
      names[info.name].push(event.commandName);
    });
    connections[info.name] = connection;
    const server = await IMPLEMENTATIONS[info.name].create({ connection, subgraphSecret: secrets.subgraphSecret }).listen(0);
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
  try {
    await addBenchStreet(connections, SMALL_STREET, 10);
    await addBenchStreet(connections, LARGE_STREET, 200);
    const token = await mintToken(secrets.jwtSecret, { sub: 'bench', role: 'admin' });

    async function count(label: string, street: string, after?: string): Promise<RoundTripRow & { endCursor: string }> {
      const send = () =>
        fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: STREET_COMMUNITIES_QUERY, variables: { street, first: 100, after } }),
        });
      await (await send()).text(); // warm: plans and connection pools are not what is counted
      for (const info of SUBGRAPHS) {
        commands[info.name] = 0;
        names[info.name] = [];
      }
      const body = (await (await send()).json()) as { data?: { street: { communities: { edges: unknown[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } }; errors?: Array<{ message: string }> };
      if (body.errors) throw new Error(`round trips ${label}: ${body.errors[0].message}`);
      const communities = body.data!.street.communities.edges.length;
      const total = Object.values(commands).reduce((sum, n) => sum + n, 0);
      const { pageInfo } = body.data!.street.communities;
      const detail = SUBGRAPHS.map((info) => `${info.name}: ${names[info.name].join(' ')}`).join('; ');
      return { label, communities, commands: { ...commands }, total, detail, endCursor: pageInfo.hasNextPage ? pageInfo.endCursor : '' };
    }

    const small = await count('street with 10 communities', SMALL_STREET);
    const firstPage = await count('street with 200 communities, page 1', LARGE_STREET);
    const rows = [small, firstPage];
    if (firstPage.endCursor) rows.push(await count('street with 200 communities, page 2', LARGE_STREET, firstPage.endCursor));
    return rows.map(({ endCursor: _, ...row }) => row);
  } finally {
    await gateway.close(1000);
    await Promise.all(servers.map((server) => server.close(1000)));
    await Promise.all(Object.values(connections).map((connection) => connection.close()));
  }
}
