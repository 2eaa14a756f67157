import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, divisionByName } from '../platform/world/divisions.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * Cross-domain queries through the gateway over HTTP: four subgraphs on ephemeral ports over the
 * embedded engine. Expected values come from the raw collections (or the source documents),
 * never from the resolvers under test.
 */
let stack: TestStack;
let token: string;

beforeAll(async () => {
  stack = await startTestStack({ seed: true, monitorCommands: true });
  token = await stack.token(ADMIN);
});
afterAll(async () => {
  await stack?.stop();
});

const OPEN = ['REPORTED', 'ACCEPTED', 'ASSIGNED', 'REOPENED'];

const STREET_FOUR_DOMAINS = /* GraphQL */ `
  query StreetFourDomains($street: ID!) {
    street(code: $street) {
      name
      communities(first: 50) {
        totalCount
        edges {
          node {
            code
            name
            enterprises(first: 30) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
            assistanceCases(first: 0, filter: { program: DIBAO }) {
              totalCount
            }
            partyOrganizations(first: 10) {
              totalCount
              edges {
                node {
                  id
                  name
                  memberCount
                }
              }
            }
            incidents(first: 0, filter: { open: true }) {
              totalCount
            }
          }
        }
      }
    }
  }
`;

interface CommunityRow {
  code: string;
  name: string;
  enterprises: { totalCount: number; edges: Array<{ node: { id: string } }> } | null;
  assistanceCases: { totalCount: number };
  partyOrganizations: {
    totalCount: number;
    edges: Array<{ node: { id: string; name: string; memberCount: number } }>;
  } | null;
  incidents: { totalCount: number } | null;
}
interface StreetFourDomains {
  street: { name: string; communities: { totalCount: number; edges: Array<{ node: CommunityRow }> } } | null;
}

function raw(domain: keyof TestStack['connections'], collection: string): ReturnType<Connection['collection']> {
  return stack.connections[domain].collection(collection);
}

describe('federation: a street with its communities across four domains, in one query', () => {
  it('matches every domain’s own records for 桐柏路街道 (19 communities, document 001)', async () => {
    const street = divisionByName('桐柏路街道');
    const response = await stack.graphql<StreetFourDomains>(STREET_FOUR_DOMAINS, {
      token,
      variables: { street: street.code },
    });
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data?.street;
    expect(result?.name).toBe('桐柏路街道');
    expect(result?.communities.totalCount).toBe(19);
    expect(result?.communities.edges).toHaveLength(19);
    expect(result?.communities.edges.map((edge) => edge.node.code)).toEqual(childrenOf(street.code).map((c) => c.code));

    for (const { node } of result?.communities.edges ?? []) {
      const enterprises = await raw('economy', 'enterprises')
        .find({ communityCode: node.code })
        .project({ _id: 1 })
        .toArray();
      expect(node.enterprises?.totalCount, `${node.name} enterprises`).toBe(enterprises.length);
      expect(node.enterprises?.edges.map((e) => e.node.id).sort()).toEqual(
        enterprises.map((e) => String(e._id)).sort(),
      );

      const dibao = await raw('civil-affairs', 'assistance_cases').countDocuments({
        communityCode: node.code,
        program: 'DIBAO',
      });
      expect(node.assistanceCases.totalCount, `${node.name} 低保 cases`).toBe(dibao);

      const organizations = await raw('party-building', 'party_organizations')
        .find({ communityCode: node.code })
        .toArray();
      expect(node.partyOrganizations?.totalCount, `${node.name} party organizations`).toBe(organizations.length);
      // Each of the 19 communities has its community party organization (document 001).
      expect(organizations.length, `${node.name} has a party organization`).toBeGreaterThan(0);
      expect(node.partyOrganizations?.edges, `${node.name} party organizations listed`).toHaveLength(
        Math.min(10, organizations.length),
      );
      for (const organization of node.partyOrganizations?.edges ?? []) {
        const members = await raw('party-building', 'party_members').countDocuments({
          organizationId: organization.node.id,
        });
        expect(organization.node.memberCount, organization.node.name).toBe(members);
      }

      const open = await raw('urban-management', 'incidents').countDocuments({
        communityCode: node.code,
        status: { $in: OPEN },
      });
      expect(node.incidents?.totalCount, `${node.name} open incidents`).toBe(open);
    }
  });

  it('costs the same number of database commands for 19 communities as for 5 (batching)', async () => {
    const commandsPerDomain = async (streetCode: string) => {
      const counts: Record<string, number> = {};
      const listeners = Object.entries(stack.connections).map(([domain, connection]) => {
        const listener = () => (counts[domain] = (counts[domain] ?? 0) + 1);
        connection.getClient().on('commandStarted', listener);
        return () => connection.getClient().off('commandStarted', listener);
      });
      const response = await stack.graphql(STREET_FOUR_DOMAINS, { token, variables: { street: streetCode } });
      listeners.forEach((off) => off());
      expect(response.body.errors).toBeUndefined();
      return counts;
    };
    const small = divisionByName('红旗路街道');
    expect(childrenOf(small.code)).toHaveLength(5);
    const smallCounts = await commandsPerDomain(small.code);
    const largeCounts = await commandsPerDomain(divisionByName('桐柏路街道').code);
    expect(largeCounts).toEqual(smallCounts);
    // Enough to show the batches happened at all: every domain was queried.
    expect(Object.keys(largeCounts).sort()).toEqual(['civil-affairs', 'economy', 'party-building', 'urban-management']);
  });
});

describe('federation: an enterprise with its party organization and incidents', () => {
  it('joins economy, party building, urban management and civil affairs for one enterprise', async () => {
    const organization = await raw('party-building', 'party_organizations').findOne({
      enterpriseId: { $type: 'string' },
    });
    expect(organization).not.toBeNull();
    const enterpriseId = String(organization?.enterpriseId);
    const enterprise = await raw('economy', 'enterprises').findOne({ _id: enterpriseId as never });
    const incidents = await raw('urban-management', 'incidents').countDocuments({ enterpriseId });
    const response = await stack.graphql<{
      enterprise: {
        name: string;
        creditCode: string;
        partyOrganization: { name: string } | null;
        incidents: { totalCount: number } | null;
      } | null;
    }>(
      `query ($id: ID!) { enterprise(id: $id) { name creditCode partyOrganization { name } incidents(first: 5) { totalCount } jobFairHires } }`,
      { token, variables: { id: enterpriseId } },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.enterprise?.name).toBe(enterprise?.name);
    expect(response.body.data?.enterprise?.creditCode).toBe(enterprise?.creditCode);
    expect(response.body.data?.enterprise?.partyOrganization?.name).toBe(organization?.name);
    expect(response.body.data?.enterprise?.incidents?.totalCount).toBe(incidents);
  });

  it('finds the same enterprise by its unified social credit code', async () => {
    const enterprise = await raw('economy', 'enterprises').findOne({});
    const response = await stack.graphql<{ enterprise: { id: string } | null }>(
      `query ($code: String) { enterprise(creditCode: $code) { id } }`,
      {
        token,
        variables: { code: enterprise?.creditCode },
      },
    );
    expect(response.body.data?.enterprise?.id).toBe(String(enterprise?._id));
  });
});

describe('federation: bad input through the gateway', () => {
  it('returns null for an unknown code and an empty connection for an unknown division filter, without errors', async () => {
    const response = await stack.graphql(
      `{ community(code: "999999999999") { name } enterprises(filter: { divisionCode: "999999" }) { totalCount edges { cursor } } }`,
      { token },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ community: null, enterprises: { totalCount: 0, edges: [] } });
  });

  it.each([
    ['a code of the wrong shape', `{ community(code: "12345") { name } }`, 'code'],
    ['first over 100', `{ enterprises(first: 101) { totalCount } }`, 'first'],
    ['a bad cursor', `{ enterprises(after: "not-a-cursor") { totalCount } }`, 'after'],
  ])('answers %s with BAD_USER_INPUT naming the argument', async (_label, query, argument) => {
    const response = await stack.graphql(query, { token });
    const error = response.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain(argument);
  });

  it('refuses a cursor taken from the same field sorted the other way', async () => {
    const ascending = await stack.graphql<{ enterprises: { pageInfo: { endCursor: string } } }>(
      `{ enterprises(first: 2, orderBy: { field: NAME, direction: ASC }) { pageInfo { endCursor } } }`,
      { token },
    );
    const cursor = ascending.body.data?.enterprises.pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    const sameOrder = await stack.graphql(
      `query ($after: String) { enterprises(first: 2, after: $after, orderBy: { field: NAME, direction: ASC }) { totalCount } }`,
      {
        token,
        variables: { after: cursor },
      },
    );
    expect(sameOrder.body.errors).toBeUndefined();
    const reversed = await stack.graphql(
      `query ($after: String) { enterprises(first: 2, after: $after, orderBy: { field: NAME, direction: DESC }) { totalCount } }`,
      {
        token,
        variables: { after: cursor },
      },
    );
    expect(reversed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reversed.body.errors?.[0]?.message).toContain('after');
  });

  it.each([
    [
      'economy',
      `{ district(code: "410503") { economyIndicators(from: "yesterday") { enterprises { value } } } }`,
      'from',
    ],
    ['party building', `{ partyActivities(filter: { from: "2020-02-30" }) { totalCount } }`, 'filter.from'],
    ['urban management', `{ incidents(filter: { reportedFrom: "soon" }) { totalCount } }`, 'filter.reportedFrom'],
    [
      'civil affairs',
      `{ assistanceCases(filter: { startedFrom: "2020-13-01" }) { totalCount } }`,
      'filter.startedFrom',
    ],
  ])(
    'answers a date written into the query that does not parse (%s) with BAD_USER_INPUT naming it',
    async (_domain, query, argument) => {
      const response = await stack.graphql(query, { token });
      const error = response.body.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain(`"${argument}"`);
    },
  );

  it('answers a date that does not parse with BAD_USER_INPUT', async () => {
    const response = await stack.graphql(
      `query ($from: DateTime) { district(code: "410503") { economyIndicators(from: $from) { enterprises { value } } } }`,
      {
        token,
        variables: { from: 'yesterday-ish' },
      },
    );
    expect(JSON.stringify(response.body.errors)).toContain('BAD_USER_INPUT');
  });
});
