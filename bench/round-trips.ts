import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import type { Domain } from '../platform/contract/identity.js';
import { addBenchStreet } from './bench-street.js';
import { startMonitoredStack } from './monitored-stack.js';
import { STREET_COMMUNITIES_QUERY } from './queries.js';

/**
 * Round trips are O(1) in the data: the street → communities → four domains query on a street
 * with 10 and one with 200 communities, counting the MongoDB commands each domain's driver sends
 * (command monitoring) during one request. The page maximum is 100, so the 200-community street
 * is read in two pages of 100; every page must cost the same commands as the 10-community street.
 */
interface RoundTripRow {
  label: string;
  communities: number;
  commands: Record<Domain, number>;
  total: number;
  /** Command names per domain, e.g. `civil-affairs: find×2 aggregate`. */
  detail: string;
}

const SMALL_STREET = '410102091';
const LARGE_STREET = '410102092';

export async function measureRoundTrips(
  uri: string,
  secrets: { jwtSecret: string; subgraphSecret: string },
): Promise<RoundTripRow[]> {
  const commands = Object.fromEntries(SUBGRAPHS.map((info) => [info.name, 0])) as Record<Domain, number>;
  const names = Object.fromEntries(SUBGRAPHS.map((info) => [info.name, []])) as unknown as Record<Domain, string[]>;
  const stack = await startMonitoredStack(uri, secrets, (domain, event) => {
    commands[domain]++;
    names[domain].push(event.commandName);
  });
  try {
    await addBenchStreet(stack.connections, SMALL_STREET, 10);
    await addBenchStreet(stack.connections, LARGE_STREET, 200);

    async function count(label: string, street: string, after?: string): Promise<RoundTripRow & { endCursor: string }> {
      type Page = {
        street: { communities: { edges: unknown[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
      };
      const send = () =>
        stack
          .graphql<Page>(STREET_COMMUNITIES_QUERY, { street, first: 100, after })
          .catch((error: Error) => Promise.reject(new Error(`round trips ${label}: ${error.message}`)));
      await send(); // warm: plans and connection pools are not what is counted
      for (const info of SUBGRAPHS) {
        commands[info.name] = 0;
        names[info.name] = [];
      }
      const data = await send();
      const communities = data.street.communities.edges.length;
      const total = Object.values(commands).reduce((sum, n) => sum + n, 0);
      const { pageInfo } = data.street.communities;
      const detail = SUBGRAPHS.map((info) => `${info.name}: ${names[info.name].join(' ')}`).join('; ');
      return {
        label,
        communities,
        commands: { ...commands },
        total,
        detail,
        endCursor: pageInfo.hasNextPage ? pageInfo.endCursor : '',
      };
    }

    const small = await count('street with 10 communities', SMALL_STREET);
    const firstPage = await count('street with 200 communities, page 1', LARGE_STREET);
    const rows = [small, firstPage];
    if (firstPage.endCursor)
      rows.push(await count('street with 200 communities, page 2', LARGE_STREET, firstPage.endCursor));
    return rows.map(({ endCursor: _, ...row }) => row);
  } finally {
    await stack.close();
  }
}
