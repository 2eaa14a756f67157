import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenClaims } from '../gateway/auth.js';
import { DOMAINS, type Domain, type Viewer } from '../platform/contract/identity.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * One rule for page sizes in every domain: `first` above the maximum (100) or below 0 is
 * BAD_USER_INPUT naming `first`, checked before anything else, so the answer does not depend on
 * whether the list would have been empty (outside the jurisdiction, an unknown parent, a filter
 * that matches nothing). Every paged field of the supergraph is tried, found by walking it.
 */
const schema = buildASTSchema(parse(readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8')), {
  assumeValidSDL: true,
});
const DISTRICT = '410503';
const OUTSIDE = '120104';

let stack: TestStack;
let COMMUNITY = '';
beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  const grid = await stack.connections['civil-affairs']
    .db!.collection('divisions')
    .findOne({ level: 'GRID', code: { $regex: `^${DISTRICT}` } });
  COMMUNITY = String(grid!.code).slice(0, 12);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

/** The subgraph that resolves a field (its `@join__field(graph:)`, else its type's only `@join__type`). */
function ownerOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): Domain {
  const graphs = (
    nodes:
      | readonly {
          name: { value: string };
          arguments?: readonly { name: { value: string }; value: { kind: string; value?: unknown } }[];
        }[]
      | undefined,
    name: string,
  ) =>
    (nodes ?? [])
      .filter((node) => node.name.value === name)
      .map((node) => String(node.arguments?.find((arg) => arg.name.value === 'graph')?.value.value));
  const own = graphs(field.astNode?.directives, 'join__field');
  const candidates = own.length > 0 ? own : graphs(type.astNode?.directives, 'join__type');
  const domain = DOMAINS.find(
    (name) => candidates.length === 1 && name === candidates[0].toLowerCase().replace(/_/g, '-'),
  );
  if (!domain) throw new Error(`${type.name}.${field.name} has no single owner: ${candidates.join(', ')}`);
  return domain;
}

function pagedFields(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => field.args.some((arg) => arg.name === 'first'));
}

/** Root lists, plus the paged fields of the division types reached through `district(code:)` etc. */
interface Case {
  label: string;
  /** Through the gateway. */
  query: string;
  /** The same fetch the gateway makes, sent to the owning subgraph itself. */
  subgraph: Domain;
  subgraphQuery: string;
}

function cases(): Case[] {
  const found: Case[] = [];
  const query = schema.getQueryType()!;
  for (const field of pagedFields(query)) {
    const required = field.args.filter((arg) => arg.type.toString().endsWith('!') && arg.defaultValue === undefined);
    if (required.length > 0) continue;
    const owner = ownerOf(query, field);
    const rootQuery = `{ ${field.name}(first: 101) { __typename } }`;
    found.push({ label: `Query.${field.name}`, query: rootQuery, subgraph: owner, subgraphQuery: rootQuery });
    const filter = field.args.find((arg) => arg.name === 'filter');
    const filterType = filter && getNamedType(filter.type);
    if (filterType && isInputObjectType(filterType) && filterType.getFields().divisionCode) {
      const codeType = getNamedType(filterType.getFields().divisionCode.type).name;
      const literal = codeType === 'Int' ? OUTSIDE : `"${OUTSIDE}"`;
      const outside = `{ ${field.name}(first: 101, filter: { divisionCode: ${literal} }) { __typename } }`;
      found.push({
        label: `Query.${field.name}(filter.divisionCode outside)`,
        query: outside,
        subgraph: owner,
        subgraphQuery: outside,
      });
    }
  }
  // A division outside the jurisdiction is not there for the viewer (null), so its lists are never asked.
  for (const [typeName, root, code] of [
    ['District', 'district', () => DISTRICT],
    ['Community', 'community', () => COMMUNITY],
  ] as const) {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) throw new Error(typeName);
    for (const field of pagedFields(type)) {
      const entity = `{ _entities(representations: [{ __typename: "${typeName}", code: "${code()}" }]) { ... on ${typeName} { ${field.name}(first: 101) { __typename } } } }`;
      found.push({
        label: `${typeName}(${code()}).${field.name}`,
        query: `{ ${root}(code: "${code()}") { ${field.name}(first: 101) { __typename } } }`,
        subgraph: ownerOf(type, field),
        subgraphQuery: entity,
      });
    }
  }
  return found;
}

describe('page size', () => {
  it('first over the maximum is BAD_USER_INPUT naming first for every paged field, inside and outside the jurisdiction', async () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(30);
    const worker: TokenClaims = {
      sub: 'page-size',
      role: 'community_worker',
      jurisdiction: COMMUNITY,
      domains: ['economy', 'civil-affairs', 'party-building', 'urban-management'],
    };
    const token = await stack.token(worker);
    const viewer: Viewer = { ...worker, jurisdiction: [COMMUNITY], domains: [...DOMAINS] };
    const wrong: string[] = [];
    const check = (label: string, body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }) => {
      const error = body.errors?.[0];
      if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.argumentName !== 'first')
        wrong.push(`${label}: ${JSON.stringify(error ?? body.data)}`);
    };
    const adminToken = await stack.token(ADMIN);
    const admin: Viewer = { sub: ADMIN.sub, role: 'admin', jurisdiction: [], domains: [...DOMAINS] };
    for (const item of all) {
      // The audit trail is admins' only: everyone else is refused before any argument is read.
      const asAdmin = /AuditRecords/.test(item.label);
      check(
        `gateway ${item.label}`,
        (await stack.graphql<Record<string, unknown>>(item.query, { token: asAdmin ? adminToken : token })).body,
      );
      check(
        `${item.subgraph} ${item.label}`,
        (
          await stack.graphql<Record<string, unknown>>(item.subgraphQuery, {
            url: stack.subgraphUrls[item.subgraph],
            signAs: asAdmin ? admin : viewer,
          })
        ).body,
      );
    }
    console.log(`page size: ${all.length} paged fields tried through the gateway and at their subgraphs`);
    expect(wrong.join('\n')).toBe('');
  });
});
