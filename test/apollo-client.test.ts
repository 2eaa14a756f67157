import { ApolloClient, DocumentTransform, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addKeyFields, possibleTypes, typePolicies } from '../gateway/client/apollo.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * Apollo Client 4 against the live gateway with only the generated helpers: a cross-domain tree
 * normalised by each entity's key though the query leaves the keys out, interfaces matched by
 * possibleTypes, and two pages of a connection merged into one list, in the order one longer
 * page has them.
 */
let stack: TestStack;
let token = '';

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  token = await stack.token(ADMIN);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

function client(transform: boolean) {
  return new ApolloClient({
    link: new HttpLink({ uri: stack.gatewayUrl, headers: { authorization: `Bearer ${token}` } }),
    cache: new InMemoryCache({ typePolicies, possibleTypes }),
    ...(transform ? { documentTransform: new DocumentTransform(addKeyFields) } : {}),
  });
}

// No `code` and no `id` anywhere: the transform adds them.
const TREE = gql`
  query Tree {
    district(code: "410503") {
      name
      streets(first: 2) {
        edges {
          node {
            name
            communities(first: 2) {
              edges {
                node {
                  name
                  enterprises(first: 2) {
                    totalCount
                    edges {
                      node {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

describe('Apollo Client with the generated helpers', () => {
  it('normalises a cross-domain tree by each entity key, with the keys added to the selection', async () => {
    const apollo = client(true);
    const { data } = await apollo.query({ query: TREE });
    const cache = apollo.cache.extract() as Record<string, Record<string, unknown>>;
    expect(cache['District:{"code":"410503"}']).toMatchObject({
      __typename: 'District',
      code: '410503',
      name: '北关区',
    });
    const streets = Object.keys(cache).filter((key) => key.startsWith('Street:{"code":"410503'));
    const communities = Object.keys(cache).filter((key) => key.startsWith('Community:{"code":"410503'));
    const enterprises = Object.keys(cache).filter((key) => key.startsWith('Enterprise:{"id":'));
    expect(streets.length).toBe(2);
    expect(communities.length).toBeGreaterThanOrEqual(2);
    expect(enterprises.length).toBeGreaterThan(0);
    // The answer keeps the shape asked for (the added keys are there too).
    expect((data as { district: { name: string } }).district.name).toBe('北关区');
    const code = (JSON.parse(streets[0].slice('Street:'.length)) as { code: string }).code;
    expect(apollo.cache.identify({ __typename: 'Street', code })).toBe(streets[0]);
  });

  it('without the transform the same query cannot be normalised (what the helpers are for)', async () => {
    const apollo = client(false);
    await expect(apollo.query({ query: TREE })).rejects.toThrow(/code|keyFields|Missing field/i);
  });

  it('matches fragments on the Division interface through possibleTypes', async () => {
    const apollo = client(true);
    const { data } = await apollo.query({
      query: gql`
        {
          divisions(first: 3, filter: { parentCode: "410503" }) {
            edges {
              node {
                ... on Division {
                  name
                }
                ... on Street {
                  level
                }
              }
            }
          }
        }
      `,
    });
    const nodes = (
      data as { divisions: { edges: { node: { __typename: string; name: string; code: string } }[] } }
    ).divisions.edges.map((edge) => edge.node);
    expect(nodes.length).toBe(3);
    for (const node of nodes)
      expect(node).toMatchObject({
        __typename: 'Street',
        code: expect.stringMatching(/^410503\d{3}$/),
        name: expect.any(String),
      });
  });

  it('merges two pages of a connection into the list one longer page gives', async () => {
    const apollo = client(true);
    const PAGE = gql`
      query Page($after: String) {
        district(code: "410503") {
          enterprises(first: 5, after: $after, orderBy: { field: NAME, direction: ASC }) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
                name
              }
            }
          }
        }
      }
    `;
    const first = await apollo.query({ query: PAGE });
    const endCursor = (first.data as { district: { enterprises: { pageInfo: { endCursor: string } } } }).district
      .enterprises.pageInfo.endCursor;
    // The next page of the same list (what fetchMore sends): stored under the same field, appended.
    await apollo.query({ query: PAGE, variables: { after: endCursor }, fetchPolicy: 'network-only' });
    const cached = apollo.cache.readQuery<{ district: { enterprises: { edges: { node: { id: string } }[] } } }>({
      query: PAGE,
    });
    const merged = cached!.district.enterprises.edges.map((edge) => edge.node.id);
    const longer = await stack.graphql<{ district: { enterprises: { edges: { node: { id: string } }[] } } }>(
      '{ district(code: "410503") { enterprises(first: 10, orderBy: { field: NAME, direction: ASC }) { edges { node { id } } } } }',
      { token },
    );
    expect(merged).toHaveLength(10);
    expect(merged).toEqual(longer.body.data!.district.enterprises.edges.map((edge) => edge.node.id));
  });
});
