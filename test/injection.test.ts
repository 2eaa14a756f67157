import { createHash } from 'node:crypto';
import { serialize } from 'bson';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Domain } from '../platform/contract/identity.js';
import { ADMIN, startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * No NoSQL injection: operator payloads in every String/ID argument and String/ID input field of
 * every root query field (listed from the gateway's own API schema, so new fields are covered
 * without touching this file), as text and as JSON objects in variables (objects in every
 * mutation's arguments too: refused before anything is written). Text must behave like
 * any other text that matches nothing; objects must be refused by GraphQL coercion; nothing may
 * fail with a server error, and the four databases must be byte-for-byte unchanged afterwards.
 */
let stack: TestStack;
let token: string;
let schema: GraphQLSchema;

const OPERATOR_OBJECTS: Record<string, unknown> = {
  $gt: { $gt: '' },
  $ne: { $ne: null },
  $where: { $where: 'sleep(100) || true' },
  $regex: { $regex: '.*' },
  $function: { $function: { body: 'function () { return true; }', args: [], lang: 'js' } },
};
/** Text that looks like nothing stored: what every payload must behave like. */
const INERT_TEXT = 'zz-no-such-value';
/** Codes a refused payload may produce: bad input or GraphQL validation, never a server error. */
const CLIENT_ERROR_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

interface Target {
  /** `residents.filter.divisionCode` */
  label: string;
  /** Builds the operation with the payload in `$payload`. */
  operation: string;
  /** The variable's GraphQL type, e.g. `String!` or `[ID!]`. */
  variableType: string;
  list: boolean;
}

/** A value for a required argument or input field that is not under test. */
function filler(type: GraphQLInputType): string {
  if (isNonNullType(type)) return filler(type.ofType);
  if (isListType(type)) return `[${filler(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return `{ ${required.map((field) => `${field.name}: ${filler(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(type) && ['Int', 'Float'].includes(type.name)) return '1';
  if (isScalarType(type) && type.name === 'Boolean') return 'false';
  if (isScalarType(type) && type.name === 'DateTime') return '"2020-01-01T00:00:00+08:00"';
  return `"${INERT_TEXT}"`;
}

function isText(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
}

function hasListWrapper(type: GraphQLInputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/** The smallest selection that still makes the owning subgraph run the field. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  if (fields.totalCount && fields.edges) return '{ totalCount edges { cursor } }';
  for (const key of ['id', 'code']) if (fields[key]) return `{ ${key} }`;
  return '{ __typename }';
}

/** Every String/ID argument and (nested) input field of every root field of one operation type. */
function targets(api: GraphQLSchema, operation: 'query' | 'mutation' = 'query'): Target[] {
  const found: Target[] = [];
  const root = operation === 'query' ? api.getQueryType() : api.getMutationType();
  for (const field of Object.values(root?.getFields() ?? {})) {
    if (field.name.startsWith('_')) continue;
    const visit = (arg: GraphQLArgument, path: GraphQLInputField[], seen: Set<string>) => {
      const leaf = path.at(-1) ?? arg;
      const named = getNamedType(leaf.type);
      if (isText(leaf.type)) {
        const argument = path.reduceRight<string>((inner, input, index) => {
          const parent = index === 0 ? getNamedType(arg.type) : getNamedType(path[index - 1].type);
          if (!isInputObjectType(parent)) throw new Error('input path without an input object');
          const siblings = Object.values(parent.getFields()).filter(
            (other) => other.name !== input.name && isNonNullType(other.type) && other.defaultValue === undefined,
          );
          return `{ ${[`${input.name}: ${inner}`, ...siblings.map((other) => `${other.name}: ${filler(other.type)}`)].join(', ')} }`;
        }, '$payload');
        const others = field.args.filter(
          (other) => other.name !== arg.name && isNonNullType(other.type) && other.defaultValue === undefined,
        );
        const args = [
          `${arg.name}: ${argument}`,
          ...others.map((other) => `${other.name}: ${filler(other.type)}`),
        ].join(', ');
        found.push({
          label: [field.name, arg.name, ...path.map((input) => input.name)].join('.'),
          operation: `${operation} ($payload: ${String(leaf.type)}) { ${field.name}(${args}) ${selection(field)} }`,
          variableType: String(leaf.type),
          list: hasListWrapper(leaf.type),
        });
      } else if (isInputObjectType(named) && !seen.has(named.name)) {
        for (const input of Object.values(named.getFields()))
          visit(arg, [...path, input], new Set([...seen, named.name]));
      }
    };
    for (const arg of field.args) visit(arg, [], new Set());
  }
  return found;
}

/** What a response says, without the echoed value: data, and each error's code and argument. */
function outcome(response: GraphQLResponse) {
  return {
    data: response.body.data ?? null,
    errors: (response.body.errors ?? []).map((error) => [
      error.extensions?.code,
      error.extensions?.argumentName ?? null,
      error.path?.join('.') ?? null,
    ]),
  };
}

/**
 * Per-collection document counts and one SHA-256 over every document of the four databases, in
 * stored order (nothing writes between the two readings, so the order is the same).
 */
async function fingerprint(): Promise<{ counts: Record<string, number>; checksum: string }> {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const domain of Object.keys(stack.connections).sort() as Domain[]) {
    const db = stack.connections[domain].db!;
    const names = (await db.listCollections({}, { nameOnly: true }).toArray())
      .map((collection) => collection.name)
      .sort();
    for (const name of names) {
      const docs = await db.collection(name).find({}, { batchSize: 100_000 }).toArray();
      // Mongoose creates a model's empty collection (with its indexes) on first use: no data.
      if (docs.length === 0) continue;
      counts[`${domain}.${name}`] = docs.length;
      hash.update(`${domain}.${name}\n`);
      for (const doc of docs) hash.update(serialize(doc));
    }
  }
  return { counts, checksum: hash.digest('hex') };
}

let before: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  // A tenth of the generated background keeps the two full readings of the databases quick.
  stack = await startTestStack({ seed: true, scale: 0.1 });
  token = await stack.token(ADMIN);
  const introspection = await stack.graphql<IntrospectionQuery>(getIntrospectionQuery(), { token });
  schema = buildClientSchema(introspection.body.data!);
  before = await fingerprint();
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

describe('injection: operator payloads never reach a filter', () => {
  it('injection: the targets come from the API schema and cover every domain', () => {
    const labels = targets(schema).map((target) => target.label);
    for (const expected of [
      'resident.id',
      'residents.filter.divisionCode',
      'enterprises.filter.nameContains',
      'enterprise.creditCode',
      'partyMember.id',
      'incidents.filter.divisionCode',
      'divisions.filter.nameContains',
      'civilAffairsAuditRecords.filter.recordId',
    ]) {
      expect(labels).toContain(expected);
    }
  });

  it('injection: operator text in every String/ID argument behaves like text that matches nothing', async () => {
    const queryTargets = targets(schema);
    expect(queryTargets.length, 'String/ID arguments of the query root').toBeGreaterThan(0);
    for (const target of queryTargets) {
      const send = (value: string) =>
        stack.graphql(target.operation, { token, variables: { payload: target.list ? [value] : value } });
      const [baseline, ...responses] = await Promise.all([
        send(INERT_TEXT),
        ...Object.values(OPERATOR_OBJECTS).map((payload) => send(JSON.stringify(payload))),
      ]);
      expect(baseline.status, `${target.label} baseline`).toBeLessThan(500);
      for (const [index, name] of Object.keys(OPERATOR_OBJECTS).entries()) {
        const response = responses[index];
        expect(response.status, `${target.label} ${name}`).toBeLessThan(500);
        for (const error of response.body.errors ?? [])
          expect(CLIENT_ERROR_CODES, `${target.label} ${name}: ${error.message}`).toContain(error.extensions?.code);
        expect(outcome(response), `${target.label} ${name}`).toEqual(outcome(baseline));
      }
    }
  }, 300_000);

  // Mutations too: coercion refuses the variables before anything runs, so nothing is written.
  it('injection: operator objects in variables where a String or ID is expected are refused by coercion, queries and mutations', async () => {
    const all = [...targets(schema), ...targets(schema, 'mutation')];
    expect(all.length, 'String/ID arguments of the query and mutation roots').toBeGreaterThan(0);
    for (const target of all) {
      const send = (payload: unknown) =>
        stack.graphql(target.operation, { token, variables: { payload: target.list ? [payload] : payload } });
      const responses = await Promise.all(Object.values(OPERATOR_OBJECTS).map(send));
      for (const [index, name] of Object.keys(OPERATOR_OBJECTS).entries()) {
        const response = responses[index];
        expect(response.status, `${target.label} ${name}`).toBe(400);
        expect(response.body.data ?? null).toBeNull();
        expect(
          response.body.errors?.map((error) => error.extensions?.code),
          `${target.label} ${name}`,
        ).toEqual(['BAD_USER_INPUT']);
      }
    }
  }, 300_000);

  it('injection: the four databases are unchanged (counts and checksum)', async () => {
    const after = await fingerprint();
    expect(after.counts).toEqual(before.counts);
    expect(after.checksum).toBe(before.checksum);
  });
});
