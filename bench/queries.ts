import { readFileSync } from 'node:fs';

/**
 * The benchmark queries, one per shape the issue names. Each is sent as an admin (no masking
 * shortcuts: the subgraphs still audit and check jurisdiction on every record).
 */
export interface BenchQuery {
  name: string;
  /** What it exercises, for the report. */
  shape: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Paginated with a fixed page size: its latency should not grow with --scale. */
  paginated: boolean;
}

const operation = (file: string) => readFileSync(new URL(`../schema/operations/${file}`, import.meta.url), 'utf8');

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'list',
    shape: 'single-subgraph list (economy: 北关区 projects, 50 per page)',
    query: `query ProjectList($code: ID!) {
  investmentProjects(first: 50, filter: { divisionCode: $code }, orderBy: { field: AMOUNT, direction: DESC }) {
    totalCount
    edges { node { id name industry amountYuan stage signedAt } }
  }
}`,
    variables: { code: '410503' },
    paginated: true,
  },
  {
    name: 'join',
    shape: 'two-subgraph entity join (economy enterprises → party-building organization)',
    query: `query EnterprisesWithPartyOrganization($code: ID!) {
  enterprises(first: 20, filter: { divisionCode: $code, nonPublic: true }) {
    totalCount
    edges { node { id name industry partyOrganization { name level memberCount } } }
  }
}`,
    variables: { code: '120116011' },
    paginated: true,
  },
  {
    name: 'profile',
    shape: 'four-subgraph community profile (schema/operations/07)',
    query: operation('07-community-profile.graphql'),
    paginated: true,
  },
  {
    name: 'deep',
    shape:
      'deep nested, large response: a district → streets → communities → four domains → enterprise → party organization',
    query: `query DistrictDeep($code: ID!) {
  district(code: $code) {
    name
    streets(first: 10) {
      edges { node {
        code name
        communities(first: 20) {
          edges { node {
            code name
            assistanceCases(first: 0) { totalCount }
            incidents(first: 3) { edges { node { title category status overdue } } }
            partyOrganizations(first: 2) { edges { node { name memberCount } } }
            enterprises(first: 3) { edges { node { name industry taxCooperating partyOrganization { name memberCount } } } }
          } }
        }
      } }
    }
  }
}`,
    variables: { code: '120104' },
    paginated: true,
  },
];

/** schema/operations/18 (street → communities → four domains), paged with `after`, for counting database round trips. */
export const STREET_COMMUNITIES_QUERY = `query StreetCommunitiesFourDomains($street: ID!, $first: Int!, $after: String) {
  street(code: $street) {
    name
    communities(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          code
          name
          enterprises(first: 3) { totalCount edges { node { name } } }
          assistanceCases(first: 0, filter: { program: DIBAO }) { totalCount }
          partyOrganizations(first: 3) { edges { node { name memberCount } } }
          incidents(first: 0, filter: { open: true }) { totalCount }
        }
      }
    }
  }
}`;
