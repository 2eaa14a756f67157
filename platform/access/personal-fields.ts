import {
  defaultFieldResolver,
  getDirectiveValues,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { forbidden } from '../contract/errors.js';
import type { RequestContext } from './request-access.js';
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from './personal-data.js';

/**
 * Masking declared in the schema, applied in one place. Every field the SDL marks
 * `@personal(kind:)` has its resolver wrapped here: its value goes through
 * `RequestAccess.personal`, so it is full (and audited) or masked by the same rule in every
 * subgraph, and a resolver only says where the value is. Every argument that could sort or
 * filter by personal data (an input field or enum value marked `@personal`) is refused for a
 * viewer who sees the domain's personal data masked: an order or a range over a hidden value
 * gives the value away. Mutation inputs carry personal data but select nothing, so they are
 * only declared.
 */

const DIRECTIVE = 'personal';

interface PersonalArgumentPath {
  /** `filter.minAge`, `orderBy.field`. */
  path: string;
  kind: PersonalDataKind;
  /** For an enum-valued input: only these values are personal (e.g. `BIRTH_DATE` of an order field). */
  enumValues?: ReadonlySet<string>;
}

interface RecordLike {
  _id?: unknown;
  id?: unknown;
  divisionCode?: unknown;
  birthDate?: unknown;
}

function kindOf(
  schema: GraphQLSchema,
  node: Parameters<typeof getDirectiveValues>[1] | null | undefined,
): PersonalDataKind | null {
  const directive = schema.getDirective(DIRECTIVE);
  if (!directive || !node) return null;
  const values = getDirectiveValues(directive, node);
  if (!values) return null;
  const kind = values.kind as PersonalDataKind;
  if (!PERSONAL_DATA_KINDS.includes(kind)) throw new Error(`@personal(kind: ${String(kind)}) is not a known kind`);
  return kind;
}

/** The personal input paths under one argument, through nested input objects. */
function personalPaths(
  schema: GraphQLSchema,
  type: GraphQLInputType,
  prefix: string,
  seen: Set<string>,
): PersonalArgumentPath[] {
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const byKind = new Map<PersonalDataKind, Set<string>>();
    for (const value of named.getValues()) {
      const kind = kindOf(schema, value.astNode);
      if (kind) byKind.set(kind, (byKind.get(kind) ?? new Set()).add(value.name));
    }
    return [...byKind].map(([kind, enumValues]) => ({ path: prefix, kind, enumValues }));
  }
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((field) => {
    const path = `${prefix}.${field.name}`;
    const kind = kindOf(schema, field.astNode);
    return kind ? [{ path, kind }] : personalPaths(schema, field.type, path, inner);
  });
}

function argumentPaths(schema: GraphQLSchema, args: readonly GraphQLArgument[]): PersonalArgumentPath[] {
  return args.flatMap((arg) => {
    const kind = kindOf(schema, arg.astNode);
    return kind ? [{ path: arg.name, kind }] : personalPaths(schema, arg.type, arg.name, new Set());
  });
}

/** The values at `path` in the arguments (lists are walked through). */
function valuesAt(args: Record<string, unknown>, path: string): unknown[] {
  let values: unknown[] = [args];
  for (const key of path.split('.')) {
    values = values
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .flatMap((value) => (value && typeof value === 'object' ? [(value as Record<string, unknown>)[key]] : []));
  }
  return values
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value) => value !== null && value !== undefined);
}

function usesPersonal(args: Record<string, unknown>, personal: PersonalArgumentPath): boolean {
  const values = valuesAt(args, personal.path);
  return personal.enumValues ? values.some((value) => personal.enumValues!.has(String(value))) : values.length > 0;
}

function guardArguments(
  typeName: string,
  field: GraphQLField<unknown, RequestContext>,
  paths: PersonalArgumentPath[],
): void {
  const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx, info) => {
    const used = paths.find((personal) => usesPersonal(args, personal));
    if (used && !ctx.access.readsPersonalData()) {
      throw forbidden(
        `${typeName}.${field.name}: argument "${used.path}" sorts or filters by personal data (${used.kind}) that you see masked`,
        { argumentName: used.path },
      );
    }
    return resolve(source, args, ctx, info);
  };
}

function recordIdOf(record: RecordLike): string {
  const id = record._id ?? record.id;
  if (id === undefined || id === null) throw new Error('a record with @personal fields has no _id');
  return String(id);
}

function revealField(typeName: string, field: GraphQLField<unknown, RequestContext>, kind: PersonalDataKind): void {
  const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
  // A non-null field of a record without the value (bad imported data) answers '' rather than erroring the whole row.
  const absent = isNonNullType(field.type) ? '' : null;
  const reveal = (record: RecordLike, value: unknown, ctx: RequestContext) => {
    if (value === null || value === undefined || value === '') return value === '' ? '' : absent;
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new Error(`${typeName}.${field.name} (@personal) resolved to a ${typeof value}`);
    return ctx.access.personal(
      {
        recordType: typeName,
        recordId: recordIdOf(record),
        // A record without a division is outside every jurisdiction: masked for all but admins.
        divisionCode: typeof record.divisionCode === 'string' ? record.divisionCode : '',
        field: field.name,
        kind,
        value,
        record,
      },
      new Date(),
    );
  };
  field.resolve = (source, args, ctx, info) => {
    const value = resolve(source, args, ctx, info);
    const record = (source ?? {}) as RecordLike;
    return value instanceof Promise
      ? value.then((resolved) => reveal(record, resolved, ctx))
      : reveal(record, value, ctx);
  };
}

/**
 * Wraps the resolvers of a built subgraph schema in place (graphql-js reads `field.resolve` at
 * execution): personal fields are revealed or masked, personal sort and filter arguments guarded.
 */
export function enforcePersonalData(schema: GraphQLSchema): GraphQLSchema {
  if (!schema.getDirective(DIRECTIVE))
    throw new Error('the subgraph schema does not define @personal: masking would not be applied');
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const kind = kindOf(schema, field.astNode);
      if (kind) revealField(type.name, field, kind);
      if (type === mutationType) continue;
      const paths = argumentPaths(schema, field.args);
      if (paths.length > 0) guardArguments(type.name, field, paths);
    }
  }
  return schema;
}
