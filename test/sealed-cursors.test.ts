import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * Cursors through the gateway, on the real engine: opaque (no sort value, no id inside), bound to
 * the list, its sort, its filter and the viewer, tamper-evident, and sealed under keys that rotate.
 */
const OLD_SECRET = randomBytes(32).toString('base64url');
const NEW_SECRET = randomBytes(32).toString('base64url');
const INVALID = 'not a cursor returned by this list';

let stack: TestStack;
let adminToken: string;
let otherAdminToken: string;

beforeAll(async () => {
  stack = await startTestStack({ cursorSecrets: { current: OLD_SECRET } });
  adminToken = await stack.token(ADMIN);
  otherAdminToken = await stack.token({ sub: 'another-admin', role: 'admin' });
}, 240_000);
afterAll(async () => {
  await stack?.stop();
});

const supergraph = buildASTSchema(
  parse(readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8')),
  { assumeValidSDL: true },
);

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
const isConnection = (field: GraphQLField<unknown, unknown>) =>
  getNamedType(field.type).name.endsWith('Connection') &&
  !requiredArgs(field) &&
  field.args.some((arg) => arg.name === 'after');

/** Every leaf field of a node type that takes no required argument. */
function leaves(type: GraphQLObjectType | GraphQLInterfaceType): string {
  return Object.values(type.getFields())
    .filter(
      (field) =>
        !requiredArgs(field) && (isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type))),
    )
    .map((field) => field.name)
    .join(' ');
}

function nodeTypeOf(connection: GraphQLField<unknown, unknown>): GraphQLObjectType | GraphQLInterfaceType {
  const edges = getNamedType(
    (getNamedType(connection.type) as GraphQLObjectType).getFields().edges.type,
  ) as GraphQLObjectType;
  const node = getNamedType(edges.getFields().node.type);
  if (!isObjectType(node) && !isInterfaceType(node)) throw new Error(`${connection.name}: node is not an object type`);
  return node;
}

const page = (type: GraphQLObjectType | GraphQLInterfaceType) =>
  `totalCount edges { cursor node { ${leaves(type)} } } pageInfo { endCursor hasNextPage }`;

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: Record<string, unknown> }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const rootLists = Object.values(supergraph.getQueryType()!.getFields()).filter(isConnection);
const nestedLists = rootLists.flatMap((root) => {
  const node = nodeTypeOf(root);
  return Object.values(node.getFields())
    .filter(isConnection)
    .map((nested) => ({ root, nested }));
});

async function run(
  query: string,
  variables: Record<string, unknown> = {},
  token = adminToken,
): Promise<GraphQLResponse> {
  return stack.graphql(query, { variables, token });
}

/** The leaf values of a page's nodes, as text a cursor could carry (dates also as epoch milliseconds). */
function rawValues(nodes: Array<Record<string, unknown>>): string[] {
  const values = new Set<string>();
  for (const node of nodes) {
    for (const value of Object.values(node)) {
      if (value === null || value === undefined || typeof value === 'boolean') continue;
      const text = String(value);
      // Five characters at least: a shorter string turns up in random ciphertext (or its base64) by chance.
      if (text.length >= 5) values.add(text);
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)))
        values.add(String(Date.parse(value)));
    }
  }
  return [...values];
}

function expectOpaque(cursors: string[], nodes: Array<Record<string, unknown>>): void {
  const values = rawValues(nodes);
  expect(cursors.length, 'cursors to check').toBeGreaterThan(0);
  expect(values.length, 'values of the page a cursor could carry').toBeGreaterThan(0);
  for (const cursor of cursors) {
    const bytes = Buffer.from(cursor, 'base64url');
    const readable = [cursor, bytes.toString('latin1'), bytes.toString('utf8')];
    for (const value of values)
      for (const text of readable) expect(text.includes(value), `cursor carries "${value}"`).toBe(false);
    // Sealed: version byte, 12-byte IV, then ciphertext and a 16-byte tag; none of the readable
    // format's keys in sight (a two-byte pattern such as `{"` would turn up in random bytes by chance).
    expect(bytes[0]).toBe(1);
    expect(bytes.toString('latin1')).not.toMatch(/"(field|direction|value|id|_id|sort)"/);
  }
}

function invalidCursor(response: GraphQLResponse, argumentName = 'after'): void {
  const errors = response.body.errors ?? [];
  expect(errors.length, JSON.stringify(response.body).slice(0, 500)).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.argumentName).toBe(argumentName);
    expect(error.message).toBe(
      `Invalid argument "${argumentName}": ${INVALID} with the same sort order, filter and viewer`,
    );
  }
}

describe('sealed cursors: every connection of the supergraph', () => {
  it('finds the root and nested lists to test', () => {
    expect(rootLists.length).toBeGreaterThan(15);
    expect(nestedLists.length).toBeGreaterThan(10);
    expect(rootLists.map((field) => field.name)).toContain('residents');
  });

  it('root lists: cursors carry neither sort value nor id; the next page continues after them', async () => {
    const checked: string[] = [];
    for (const root of rootLists) {
      const node = nodeTypeOf(root);
      const first = await run(`{ list: ${root.name}(first: 3) { ${page(node)} } }`);
      expect(first.body.errors, `${root.name}: ${JSON.stringify(first.body.errors)}`).toBeUndefined();
      const list = first.body.data!.list as Page;
      if (list.edges.length === 0) continue;
      expectOpaque(
        list.edges.map((edge) => edge.cursor),
        list.edges.map((edge) => edge.node),
      );
      const second = await run(
        `query($after: String) { list: ${root.name}(first: 3, after: $after) { ${page(node)} } }`,
        { after: list.pageInfo.endCursor },
      );
      expect(second.body.errors, `${root.name} page 2: ${JSON.stringify(second.body.errors)}`).toBeUndefined();
      const next = second.body.data!.list as Page;
      expect(next.totalCount).toBe(list.totalCount);
      expect(next.edges.length).toBe(Math.max(0, Math.min(3, list.totalCount - 3)));
      if ('id' in (list.edges[0]?.node ?? {})) {
        const both = await run(`{ list: ${root.name}(first: 6) { edges { node { id } } } }`);
        expect(
          [...list.edges, ...next.edges].map((edge) => edge.node.id),
          root.name,
        ).toEqual((both.body.data!.list as Page).edges.map((edge) => edge.node.id));
      }
      checked.push(root.name);
    }
    console.log(`root lists checked: ${checked.join(', ')}`);
    expect(checked.length).toBeGreaterThan(10);
  }, 240_000);

  it('nested lists: opaque cursors, next page works, a cursor of another parent is refused', async () => {
    const checked: string[] = [];
    for (const { root, nested } of nestedLists) {
      const node = nodeTypeOf(nested);
      // One parent at a time (`root(first: 1, after: <root cursor>)`): a refused nested cursor nulls its parent.
      const query = `query($rootAfter: String, $first: Int, $after: String) { list: ${root.name}(first: $first, after: $rootAfter) { edges { cursor node { field: ${nested.name}(first: 2, after: $after) { ${page(node)} } } } } }`;
      const first = await run(query, { first: 2 });
      expect(first.body.errors, `${root.name}.${nested.name}: ${JSON.stringify(first.body.errors)}`).toBeUndefined();
      const parents = (first.body.data!.list as { edges: Array<{ cursor: string; node: { field: Page } }> }).edges;
      const withCursor = parents.findIndex((parent) => parent.node.field.edges.length > 0);
      if (withCursor < 0) continue;
      const sub = parents[withCursor].node.field;
      expectOpaque(
        sub.edges.map((edge) => edge.cursor),
        sub.edges.map((edge) => edge.node),
      );
      const parentAt = (index: number) => ({ first: 1, rootAfter: index === 0 ? null : parents[index - 1].cursor });
      const again = await run(query, { ...parentAt(withCursor), after: sub.pageInfo.endCursor });
      expect(
        again.body.errors,
        `${root.name}.${nested.name} page 2: ${JSON.stringify(again.body.errors)}`,
      ).toBeUndefined();
      const next = (again.body.data!.list as { edges: Array<{ node: { field: Page } }> }).edges[0].node.field;
      expect(next.totalCount, `${root.name}.${nested.name}`).toBe(sub.totalCount);
      expect(next.edges.length).toBe(Math.max(0, Math.min(2, sub.totalCount - 2)));
      if (parents.length === 2) {
        // The sibling parent's list is another list: it refuses the cursor.
        invalidCursor(await run(query, { ...parentAt(1 - withCursor), after: sub.pageInfo.endCursor }));
      }
      checked.push(`${root.name}.${nested.name}`);
    }
    console.log(`nested lists checked: ${checked.join(', ')}`);
    expect(checked.length).toBeGreaterThanOrEqual(7);
  }, 240_000);
});

describe('sealed cursors: the lists under every division entity (all four subgraphs contribute)', () => {
  it.each(['District', 'Street', 'Community'] as const)(
    '%s: opaque cursors, next page, the same field of another division refuses them',
    async (typeName) => {
      const type = supergraph.getType(typeName) as GraphQLObjectType;
      const level = typeName.toUpperCase();
      const divisions = await run(`{ divisions(first: 6, filter: { level: ${level} }) { edges { node { code } } } }`);
      const codes = (
        divisions.body.data as { divisions: { edges: Array<{ node: { code: string } }> } }
      ).divisions.edges.map((edge) => edge.node.code);
      expect(codes.length).toBeGreaterThanOrEqual(2);
      const field = typeName.charAt(0).toLowerCase() + typeName.slice(1);
      const checked: string[] = [];
      for (const list of Object.values(type.getFields()).filter(isConnection)) {
        const node = nodeTypeOf(list);
        const query = `query($code: ID!, $after: String) { parent: ${field}(code: $code) { list: ${list.name}(first: 2, after: $after) { ${page(node)} } } }`;
        let issued: { code: string; page: Page } | undefined;
        for (const code of codes) {
          const response = await run(query, { code });
          expect(
            response.body.errors,
            `${typeName}.${list.name}: ${JSON.stringify(response.body.errors)}`,
          ).toBeUndefined();
          const current = (response.body.data as { parent: { list: Page } }).parent.list;
          if (current.edges.length > 0) {
            issued = { code, page: current };
            break;
          }
        }
        if (!issued) continue;
        expectOpaque(
          issued.page.edges.map((edge) => edge.cursor),
          issued.page.edges.map((edge) => edge.node),
        );
        const again = await run(query, { code: issued.code, after: issued.page.pageInfo.endCursor });
        expect(
          again.body.errors,
          `${typeName}.${list.name} page 2: ${JSON.stringify(again.body.errors)}`,
        ).toBeUndefined();
        const next = (again.body.data as { parent: { list: Page } }).parent.list;
        expect(next.totalCount).toBe(issued.page.totalCount);
        expect(next.edges.length).toBe(Math.max(0, Math.min(2, issued.page.totalCount - 2)));
        expect(next.edges.map((edge) => JSON.stringify(edge.node))).not.toContain(
          JSON.stringify(issued.page.edges[0].node),
        );
        const other = codes.find((code) => code !== issued.code)!;
        invalidCursor(await run(query, { code: other, after: issued.page.pageInfo.endCursor }));
        checked.push(list.name);
      }
      console.log(`${typeName} lists checked: ${checked.join(', ')}`);
      expect(checked.length).toBeGreaterThanOrEqual(5);
    },
    120_000,
  );
});

const RESIDENTS = `query($first: Int, $after: String, $orderBy: ResidentOrder, $filter: ResidentFilter) {
  residents(first: $first, after: $after, orderBy: $orderBy, filter: $filter) { totalCount edges { cursor node { id idNumber birthYear name } } pageInfo { endCursor hasNextPage } }
}`;

async function residents(variables: Record<string, unknown>, token = adminToken): Promise<Page> {
  const response = await run(RESIDENTS, variables, token);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return (response.body.data as { residents: Page }).residents;
}

describe('sealed cursors: the residents list', () => {
  it.each([
    ['ID', 'ASC'],
    ['ID', 'DESC'],
    ['BIRTH_DATE', 'ASC'],
    ['BIRTH_DATE', 'DESC'],
  ] as const)(
    'orderBy %s %s: pages follow the order of the raw collection, cursors are opaque',
    async (field, direction) => {
      const sign = direction === 'ASC' ? 1 : -1;
      const stored = stack.connections['civil-affairs'].db!.collection<{ _id: string }>('residents');
      const sort = field === 'ID' ? { _id: sign } : { birthDate: sign, _id: sign };
      const expected = (
        await stored
          .find({}, { projection: { _id: 1 } })
          .sort(sort as Record<string, 1 | -1>)
          .limit(21)
          .toArray()
      ).map((row) => String(row._id));
      const seen: string[] = [];
      let after: string | null = null;
      for (let index = 0; index < 3; index += 1) {
        const current: Page = await residents({ first: 7, after, orderBy: { field, direction } });
        expectOpaque(
          current.edges.map((edge) => edge.cursor),
          current.edges.map((edge) => edge.node),
        );
        seen.push(...current.edges.map((edge) => edge.node.id as string));
        after = current.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    },
  );

  it('the full ID number (admin) is nowhere in the cursor of a list sorted by it', async () => {
    const current = await residents({ first: 5 });
    expect(current.edges[0].node.idNumber).toMatch(/^\d{17}[\dX]$/);
    expectOpaque(
      current.edges.map((edge) => edge.cursor),
      current.edges.map((edge) => edge.node),
    );
  });

  it('refuses a cursor replayed by another viewer, with another orderBy, another filter, on another list, or tampered', async () => {
    const current = await residents({ first: 3, orderBy: { field: 'BIRTH_DATE', direction: 'ASC' } });
    const after = current.pageInfo.endCursor!;
    const same = { first: 3, after, orderBy: { field: 'BIRTH_DATE', direction: 'ASC' } };
    expect((await residents(same)).edges).toHaveLength(3);

    invalidCursor(await run(RESIDENTS, same, otherAdminToken));
    // A civil-affairs official (one who sees birth dates in full may sort by them; anyone else is refused the sort itself).
    invalidCursor(
      await run(
        RESIDENTS,
        same,
        await stack.token({
          sub: ADMIN.sub,
          role: 'district_official',
          jurisdiction: '110101',
          domains: ['civil-affairs'],
        }),
      ),
    );
    invalidCursor(await run(RESIDENTS, { ...same, orderBy: { field: 'BIRTH_DATE', direction: 'DESC' } }));
    invalidCursor(await run(RESIDENTS, { ...same, orderBy: { field: 'ID', direction: 'ASC' } }));
    invalidCursor(await run(RESIDENTS, { ...same, filter: { sex: 'MALE' } }));
    invalidCursor(await run(RESIDENTS, { ...same, filter: { minAge: 1 } }));

    // Another list: the same collection under a community, and a list of another subgraph.
    const community = await run(
      '{ communities: divisions(first: 1, filter: { level: COMMUNITY }) { edges { node { code } } } }',
    );
    const code = (community.body.data as { communities: { edges: Array<{ node: { code: string } }> } }).communities
      .edges[0].node.code;
    invalidCursor(
      await run(
        'query($after: String, $code: ID!) { community(code: $code) { residents(after: $after, orderBy: { field: BIRTH_DATE, direction: ASC }) { totalCount } } }',
        { after, code },
      ),
    );
    invalidCursor(await run('query($after: String) { enterprises(after: $after) { totalCount } }', { after }));
    invalidCursor(await run('query($after: String) { assistanceCases(after: $after) { totalCount } }', { after }));

    const bytes = Buffer.from(after, 'base64url');
    for (const index of [0, 1, 13, 20, bytes.length - 17, bytes.length - 1]) {
      const flipped = Buffer.from(bytes);
      flipped[index] ^= 0x80;
      invalidCursor(await run(RESIDENTS, { ...same, after: flipped.toString('base64url') }));
    }
    invalidCursor(await run(RESIDENTS, { ...same, after: after.slice(0, -4) }));
    invalidCursor(await run(RESIDENTS, { ...same, after: `${after}A` }));
    // The cursor format of before (readable JSON) is not ours any more.
    invalidCursor(
      await run(RESIDENTS, {
        ...same,
        after: Buffer.from(JSON.stringify(['birthDate', 'ASC', ['d', 0], ['s', 'x']])).toString('base64url'),
      }),
    );
  });

  it('keys rotate: sealed under the previous secret, a cursor opens after rotation and is refused once that secret is dropped', async () => {
    const before = await residents({ first: 4 });
    const oldCursor = before.pageInfo.endCursor!;
    await stack.restartSubgraphs({ cursorSecrets: { current: NEW_SECRET, previous: OLD_SECRET } });
    const during = await residents({ first: 4, after: oldCursor });
    expect(during.edges.map((edge) => edge.node.id)).toEqual(
      (await residents({ first: 8 })).edges.slice(4).map((edge) => edge.node.id),
    );
    const newCursor = during.pageInfo.endCursor!;
    await stack.restartSubgraphs({ cursorSecrets: { current: NEW_SECRET } });
    invalidCursor(await run(RESIDENTS, { first: 4, after: oldCursor }));
    expect((await residents({ first: 4, after: newCursor })).edges).toHaveLength(4);
  }, 60_000);
});
