import { readFileSync } from 'node:fs';
import {
  astFromValue,
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Lexer,
  parse,
  print,
  Source,
  TokenKind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Walks the composed supergraph (schema/supergraph.graphql) to generate the queries an access test
 * sends: a path from a root field to every object type (through nested fields and the entity
 * references the gateway follows between subgraphs), a selection of every field of that type, one
 * case per value of every `orderBy` field enum, and `_entities` selections per subgraph. What is
 * personal, which subgraph resolves a field and which types are entities are read from the
 * supergraph's directives (`@personal`, `@join__field`, `@join__type`), never from the code under
 * test. Argument values come from the caller (`ArgumentFiller`), who knows the seeded data.
 */

type PersonalKind = 'NAME' | 'ID_NUMBER' | 'PHONE' | 'BIRTH_DATE' | 'AGE';

interface PersonalField {
  kind: PersonalKind;
  /** The subgraph that resolves the field: its officials may read it in full, its audit trail records the read. */
  domain: string;
}

/** An input path that sorts or filters by a personal value: `filter.minAge`, or `orderBy.field` = `BIRTH_DATE`. */
interface PersonalArgument {
  path: string;
  kind: PersonalKind;
  /** For an enum: the personal values. */
  enumValues?: string[];
  /** The input type and field (`ResidentFilter.minAge`) or enum (`ResidentOrderField`). */
  coordinate: string;
}

export interface Step {
  parent: string;
  field: string;
  /** The concrete type when the field returns an interface or union. */
  on?: string;
}

export interface TypePath {
  target: string;
  steps: Step[];
}

interface OrderByTarget {
  /** The type whose field takes `orderBy`. */
  parent: string;
  field: string;
  /** The field enum of the order input (`ResidentOrderField`) and its input field name (`field`). */
  enumType: string;
  enumField: string;
  values: string[];
  /** The order input's other enum field (`direction`) and its values. */
  directionField?: string;
  directions: string[];
}

interface EntityType {
  type: string;
  domain: string;
  key: string;
}

/** What a caller gives for one argument: a value, or `undefined` to leave an optional argument out. */
export interface ArgumentSite {
  parent: string;
  field: string;
  arg: GraphQLArgument;
  /** `path`: on the way to the target; `target`/`stub`: inside the selection of the target. */
  place: 'path' | 'target' | 'stub';
}
type ArgumentFiller = (site: ArgumentSite) => unknown;
/** What a filler returns when the field cannot be asked here at all (e.g. one of two alternative keys is needed and neither is known). */
export const SKIP_FIELD = Symbol('skip field');

export class Unfillable extends Error {
  constructor(parent: string, field: string) {
    super(`no value for a required argument of ${parent}.${field}`);
  }
}

/** Fields of a node's identity: what lets a test attribute a record to its division. */
const IDENTITY_FIELDS = [
  'id',
  'code',
  'divisionCode',
  'communityCode',
  'parentCode',
  'status',
  'targetCodes',
  'street',
  'community',
  'grid',
];

const directivesNamed = (node: { directives?: readonly ConstDirectiveNode[] } | null | undefined, name: string) =>
  (node?.directives ?? []).filter((d) => d.name.value === name);
const argumentsOf = (directive: ConstDirectiveNode): Record<string, unknown> =>
  Object.fromEntries(
    (directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]),
  );

export function isConnectionType(type: GraphQLCompositeType): type is GraphQLObjectType {
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

class Supergraph {
  readonly schema: GraphQLSchema;
  /** join__Graph enum value → subgraph name. */
  readonly graphs = new Map<string, string>();
  readonly personalFields = new Map<string, PersonalField>();
  readonly personalInputs = new Map<string, PersonalKind>();

  constructor(sdl: string) {
    this.schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
    const graphEnum = this.schema.getType('join__Graph');
    if (!isEnumType(graphEnum)) throw new Error('not a supergraph: no join__Graph');
    for (const value of graphEnum.getValues()) {
      const [directive] = directivesNamed(value.astNode, 'join__graph');
      this.graphs.set(value.name, String(argumentsOf(directive).name));
    }
    for (const type of this.objectTypes()) {
      for (const field of Object.values(type.getFields())) {
        const kind = this.personalKindOf(field.astNode);
        if (!kind) continue;
        const domains = this.fieldDomains(type.name, field.name);
        if (domains.length !== 1)
          throw new Error(`${type.name}.${field.name} is personal but resolved by ${domains.join(', ')}`);
        this.personalFields.set(`${type.name}.${field.name}`, { kind, domain: domains[0] });
      }
    }
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          const kind = this.personalKindOf(field.astNode);
          if (kind) this.personalInputs.set(`${type.name}.${field.name}`, kind);
        }
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) {
          const kind = this.personalKindOf(value.astNode);
          if (kind) this.personalInputs.set(`${type.name}.${value.name}`, kind);
        }
      }
    }
  }

  private personalKindOf(node: { directives?: readonly ConstDirectiveNode[] } | null | undefined): PersonalKind | null {
    const [directive] = directivesNamed(node, 'personal');
    return directive ? (String(argumentsOf(directive).kind) as PersonalKind) : null;
  }

  /** The API's object types (no federation or introspection types). */
  objectTypes(): GraphQLObjectType[] {
    return Object.values(this.schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType =>
        isObjectType(type) &&
        !type.name.startsWith('__') &&
        !type.name.startsWith('join__') &&
        !type.name.startsWith('link__'),
    );
  }

  type(name: string): GraphQLObjectType | GraphQLInterfaceType {
    const type = this.schema.getType(name);
    if (!type || !isCompositeType(type) || (isAbstractType(type) && !('getFields' in type)))
      throw new Error(`no composite type ${name}`);
    return type as GraphQLObjectType | GraphQLInterfaceType;
  }

  /** Subgraphs whose `@join__type` declares the type. */
  typeDomains(typeName: string): string[] {
    const type = this.schema.getType(typeName);
    return [
      ...new Set(
        directivesNamed(type?.astNode, 'join__type').map((d) => this.graphs.get(String(argumentsOf(d).graph))!),
      ),
    ];
  }

  /** Subgraphs that resolve `type.field`: its `@join__field` graphs (not external), else every graph of the type. */
  fieldDomains(typeName: string, fieldName: string): string[] {
    const type = this.type(typeName);
    const field = type.getFields()[fieldName];
    const joins = directivesNamed(field.astNode, 'join__field').map(argumentsOf);
    if (joins.length === 0 || joins.every((join) => join.graph === undefined)) return this.typeDomains(typeName);
    return [
      ...new Set(
        joins
          .filter((join) => join.graph !== undefined && join.external !== true)
          .map((join) => this.graphs.get(String(join.graph))!),
      ),
    ];
  }

  /** Entity types each subgraph resolves by a key (`@join__type(key:)`, resolvable). */
  entityTypes(): EntityType[] {
    const entities: EntityType[] = [];
    for (const type of this.objectTypes()) {
      for (const directive of directivesNamed(type.astNode, 'join__type')) {
        const args = argumentsOf(directive);
        if (args.key === undefined || args.resolvable === false) continue;
        entities.push({ type: type.name, domain: this.graphs.get(String(args.graph))!, key: String(args.key) });
      }
    }
    return entities;
  }

  /** Every field that takes an `orderBy` input with an enum field, and that enum's values. */
  orderByTargets(): OrderByTarget[] {
    const targets: OrderByTarget[] = [];
    for (const type of this.objectTypes()) {
      if (type === this.schema.getMutationType()) continue;
      for (const field of Object.values(type.getFields())) {
        const arg = field.args.find((candidate) => candidate.name === 'orderBy');
        if (!arg) continue;
        const input = getNamedType(arg.type);
        if (!isInputObjectType(input)) continue;
        const enums = Object.values(input.getFields()).filter((inner) => isEnumType(getNamedType(inner.type)));
        const fieldEnum = enums.find((inner) => getNamedType(inner.type).name !== 'SortDirection') ?? enums[0];
        const direction = enums.find((inner) => getNamedType(inner.type).name === 'SortDirection');
        const enumType = getNamedType(fieldEnum.type);
        if (!isEnumType(enumType)) continue;
        const directionType = direction && getNamedType(direction.type);
        targets.push({
          parent: type.name,
          field: field.name,
          enumType: enumType.name,
          enumField: fieldEnum.name,
          values: enumType.getValues().map((value) => value.name),
          directionField: direction?.name,
          directions:
            directionType && isEnumType(directionType) ? directionType.getValues().map((value) => value.name) : [],
        });
      }
    }
    return targets;
  }

  /** Input paths under a field's arguments that sort or filter by personal values. */
  personalArguments(typeName: string, fieldName: string): PersonalArgument[] {
    const field = this.type(typeName).getFields()[fieldName];
    const found: PersonalArgument[] = [];
    const walk = (type: GraphQLInputType, path: string, seen: Set<string>) => {
      const named = getNamedType(type);
      if (isEnumType(named)) {
        const values = named.getValues().filter((value) => this.personalInputs.has(`${named.name}.${value.name}`));
        if (values.length > 0)
          found.push({
            path,
            kind: this.personalInputs.get(`${named.name}.${values[0].name}`)!,
            enumValues: values.map((v) => v.name),
            coordinate: named.name,
          });
        return;
      }
      if (!isInputObjectType(named) || seen.has(named.name)) return;
      for (const inner of Object.values(named.getFields())) {
        const kind = this.personalInputs.get(`${named.name}.${inner.name}`);
        if (kind) found.push({ path: `${path}.${inner.name}`, kind, coordinate: `${named.name}.${inner.name}` });
        else walk(inner.type, `${path}.${inner.name}`, new Set(seen).add(named.name));
      }
    };
    for (const arg of field.args) walk(arg.type, arg.name, new Set());
    return found;
  }

  /** The concrete object types a field's (named) type stands for. */
  concreteTypes(typeName: string): GraphQLObjectType[] {
    const type = this.schema.getType(typeName);
    if (!type) return [];
    if (isAbstractType(type)) return [...this.schema.getPossibleTypes(type)];
    return isObjectType(type) ? [type] : [];
  }

  /**
   * Up to `perType` shortest paths from a root Query field to every object type the API can
   * reach, at most `maxSteps` fields long, without passing a type twice.
   */
  pathsToTypes(options: { maxSteps: number; perType: number }): Map<string, TypePath[]> {
    const query = this.schema.getQueryType()!;
    const paths = new Map<string, TypePath[]>();
    let frontier: TypePath[] = [{ target: query.name, steps: [] }];
    for (let depth = 0; depth < options.maxSteps && frontier.length > 0; depth++) {
      const next: TypePath[] = [];
      for (const path of frontier) {
        const type = this.type(path.target);
        const visited = new Set([query.name, ...path.steps.map((step) => step.on ?? step.parent), path.target]);
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          const named = getNamedType(field.type);
          if (!isCompositeType(named)) continue;
          const abstract = isAbstractType(named);
          for (const concrete of this.concreteTypes(named.name)) {
            if (visited.has(concrete.name)) continue;
            const known = paths.get(concrete.name) ?? [];
            if (known.length >= options.perType) continue;
            const extended: TypePath = {
              target: concrete.name,
              steps: [
                ...path.steps,
                { parent: path.target, field: field.name, ...(abstract ? { on: concrete.name } : {}) },
              ],
            };
            known.push(extended);
            paths.set(concrete.name, known);
            next.push(extended);
          }
        }
      }
      frontier = next;
    }
    return paths;
  }
}

export function loadSupergraph(path = new URL('../../schema/supergraph.graphql', import.meta.url)): Supergraph {
  return new Supergraph(readFileSync(path, 'utf8'));
}

/** A GraphQL literal for `value` of `type`. */
export function literal(value: unknown, type: GraphQLInputType): string {
  const ast = astFromValue(value, type);
  if (!ast) throw new Error(`cannot write ${JSON.stringify(value)} as ${String(type)}`);
  return print(ast);
}

interface SelectionOptions {
  fill: ArgumentFiller;
  /** Only fields this subgraph resolves (an `_entities` selection sent to it). */
  domain?: string;
  /** Extra arguments for one field of the selection: `Type.field` → { arg: literal }. */
  extraArguments?: Map<string, Record<string, string>>;
}

/** A generated operation: its text and the variables it declares. */
export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Renders selections of the supergraph's types for generated queries. Argument values are
 * variables (`$v0`, …; page sizes stay literals), so the same walk for another viewer is the
 * same document and the gateway plans it once.
 */
export class SelectionWriter {
  private variableDefinitions: string[] = [];
  private variableValues: Record<string, unknown> = {};

  constructor(
    private readonly supergraph: Supergraph,
    private readonly options: SelectionOptions,
  ) {}

  private fields(type: GraphQLObjectType | GraphQLInterfaceType): GraphQLField<unknown, unknown>[] {
    const all = Object.values(type.getFields()).filter((field) => !field.name.startsWith('_'));
    const domain = this.options.domain;
    return domain ? all.filter((field) => this.supergraph.fieldDomains(type.name, field.name).includes(domain)) : all;
  }

  /** `name(args)` of a field, or null when a required argument has no value here. */
  fieldCall(
    parent: string,
    field: GraphQLField<unknown, unknown>,
    place: ArgumentSite['place'],
    extraArguments?: Record<string, string>,
  ): string | null {
    const parts: string[] = [];
    const extra = extraArguments ?? this.options.extraArguments?.get(`${parent}.${field.name}`) ?? {};
    for (const arg of field.args) {
      if (arg.name in extra) {
        parts.push(`${arg.name}: ${extra[arg.name]}`);
        continue;
      }
      const value = this.options.fill({ parent, field: field.name, arg, place });
      if (value === SKIP_FIELD) return null;
      if (value === undefined) {
        if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
        continue;
      }
      if (arg.name === 'first') {
        parts.push(`${arg.name}: ${literal(value, arg.type)}`);
        continue;
      }
      const name = `v${this.variableDefinitions.length}`;
      this.variableDefinitions.push(`$${name}: ${String(arg.type)}`);
      this.variableValues[name] = value;
      parts.push(`${arg.name}: $${name}`);
    }
    return parts.length > 0 ? `${field.name}(${parts.join(', ')})` : field.name;
  }

  /** The operation around a root selection, with the variables its fields took since the last one. */
  operation(
    name: string,
    selection: string,
    definitions: string[] = [],
    values: Record<string, unknown> = {},
  ): Operation {
    const all = [...definitions, ...this.variableDefinitions];
    const query = `query ${name}${all.length ? `(${all.join(', ')})` : ''} { ${selection} }`;
    const variables = { ...values, ...this.variableValues };
    this.variableDefinitions = [];
    this.variableValues = {};
    return { query, variables };
  }

  /**
   * A small selection of a type, enough to attribute what comes back: `__typename`, its identity
   * fields (id, code, division codes, status), its personal fields, and for connections the
   * counts, cursors and nodes. Value types without identity get a few of their leaves.
   */
  stub(typeName: string, depth = 0): string {
    const type = this.supergraph.schema.getType(typeName);
    if (!type || !isCompositeType(type)) return '';
    if (isAbstractType(type)) {
      const fragments = this.supergraph
        .concreteTypes(typeName)
        .map((concrete) => `... on ${concrete.name} { ${this.stub(concrete.name, depth)} }`);
      return `__typename ${fragments.join(' ')}`;
    }
    if (isConnectionType(type)) {
      const edge = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
      const node = getNamedType(edge.getFields().node.type);
      const total = 'totalCount' in type.getFields() ? 'totalCount ' : '';
      return `__typename ${total}pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } edges { __typename cursor node { ${this.stub(node.name, depth + 1)} } }`;
    }
    const fields = this.fields(type as GraphQLObjectType);
    const chosen: string[] = ['__typename'];
    const leafNames = new Set<string>();
    for (const field of fields) {
      const named = getNamedType(field.type);
      const personal = this.supergraph.personalFields.has(`${typeName}.${field.name}`);
      if (isLeafType(named) && (IDENTITY_FIELDS.includes(field.name) || personal)) {
        const call = this.fieldCall(typeName, field, 'stub');
        if (call) {
          chosen.push(call);
          leafNames.add(field.name);
        }
      }
    }
    if (leafNames.size === 0) {
      for (const field of fields) {
        if (chosen.length > 4) break;
        if (!isLeafType(getNamedType(field.type))) continue;
        const call = this.fieldCall(typeName, field, 'stub');
        if (call) chosen.push(call);
      }
      // Rows of statistics: their keys say which division a row is about.
      for (const field of fields) {
        const named = getNamedType(field.type);
        if (depth > 1 || !isCompositeType(named)) continue;
        if (field.name !== 'keys' && chosen.length > 1) continue;
        const call = this.fieldCall(typeName, field, 'stub');
        if (call) chosen.push(`${call} { ${this.stub(named.name, depth + 1)} }`);
        if (field.name !== 'keys') break;
      }
    }
    return chosen.join(' ');
  }

  /** Every field of a type: leaves as they are, objects with their stub. */
  full(typeName: string, only?: readonly string[]): string {
    const type = this.supergraph.type(typeName);
    const parts: string[] = ['__typename'];
    for (const field of this.fields(type)) {
      if (only && !only.includes(field.name)) continue;
      const call = this.fieldCall(typeName, field, 'target');
      if (!call) continue;
      const named = getNamedType(field.type);
      parts.push(isCompositeType(named) ? `${call} { ${this.stub(named.name)} }` : call);
    }
    return parts.join(' ');
  }

  /** The names of the fields `full` selects (for splitting a selection over several queries). */
  fullFieldNames(typeName: string): string[] {
    return this.fields(this.supergraph.type(typeName)).map((field) => field.name);
  }

  /**
   * The query from the root through `steps` to a selection of the last type. On the way each
   * object carries its stub fields too, so every record passed is attributed.
   */
  query(steps: readonly Step[], inner: string, name = 'Walk'): Operation {
    return this.operation(name, this.pathSelection(steps, inner));
  }

  /** The root selection through `steps` to `inner` (its variables are taken by the next `operation`). */
  pathSelection(steps: readonly Step[], inner: string): string {
    let selection = inner;
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i];
      const parent = this.supergraph.type(step.parent);
      const field = parent.getFields()[step.field];
      const call = this.fieldCall(step.parent, field, 'path');
      if (!call) {
        this.variableDefinitions = [];
        this.variableValues = {};
        throw new Unfillable(step.parent, step.field);
      }
      const body = step.on ? `__typename ... on ${step.on} { ${selection} }` : selection;
      selection = `${i === 0 ? '' : `${this.context(step.parent)} `}${call} { ${body} }`;
    }
    return selection;
  }

  /** What an object on the way to the target carries: a connection its count and page, an edge its cursor, a record its identity. */
  private context(typeName: string): string {
    const type = this.supergraph.type(typeName);
    if (isConnectionType(type))
      return `__typename ${'totalCount' in type.getFields() ? 'totalCount ' : ''}pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }`;
    if (isEdgeType(type)) return '__typename cursor';
    return this.identity(typeName);
  }

  /** The identity part of a type's stub (without nested objects), to carry along a path. */
  identity(typeName: string): string {
    const type = this.supergraph.type(typeName);
    const names = this.fields(type)
      .filter(
        (field) =>
          isLeafType(getNamedType(field.type)) &&
          (IDENTITY_FIELDS.includes(field.name) || this.supergraph.personalFields.has(`${typeName}.${field.name}`)),
      )
      .map((field) => this.fieldCall(typeName, field, 'stub'))
      .filter((call): call is string => call !== null);
    return ['__typename', ...names].join(' ');
  }
}

export function isEdgeType(type: GraphQLObjectType | GraphQLInterfaceType): boolean {
  return 'node' in type.getFields() && 'cursor' in type.getFields();
}

/** Lexical tokens of a document, as the gateway's MAX_TOKENS counts them. */
export function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** Nesting depth of a document's selection sets (fields only). */
export function selectionDepth(query: string): number {
  let depth = 0;
  let max = 0;
  visit(parse(query), {
    Field: {
      enter: () => {
        depth++;
        max = Math.max(max, depth);
      },
      leave: () => {
        depth--;
      },
    },
  });
  return max;
}

/** The `Type.field` coordinates a document selects, resolved against the schema. */
export function selectedCoordinates(schema: GraphQLSchema, query: string): Set<string> {
  const coordinates = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && !node.name.value.startsWith('__')) coordinates.add(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  return coordinates;
}

/** Every object in a response that says what it is (`__typename`), with its path. */
export function typedObjects(
  data: unknown,
  path: Array<string | number> = [],
): Array<{ object: Record<string, unknown>; path: Array<string | number> }> {
  const found: Array<{ object: Record<string, unknown>; path: Array<string | number> }> = [];
  const walk = (value: unknown, at: Array<string | number>) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (typeof object.__typename === 'string') found.push({ object, path: at });
      for (const [key, inner] of Object.entries(object)) walk(inner, [...at, key]);
    }
  };
  walk(data, path);
  return found;
}

/** Every cursor in a response (edges' `cursor`, pageInfo's `startCursor` and `endCursor`). */
export function cursorsIn(data: unknown): string[] {
  const cursors: string[] = [];
  for (const { object } of typedObjects(data)) {
    for (const key of ['cursor', 'startCursor', 'endCursor'])
      if (typeof object[key] === 'string') cursors.push(object[key] as string);
  }
  return cursors;
}

/** Mulberry32: a small seeded generator, so sampled cases are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
