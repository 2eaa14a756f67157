import {
  getNamedType,
  isEnumType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLField,
} from 'graphql';

/**
 * What a statistics field costs in the gateway's cost model: one aggregation over the division's
 * records, plus its rows, estimated as the product of the groups each dimension can produce,
 * times the cost of one row's selection. The product is what makes a question heavy: all
 * programmes × every grid × every month of three years is millions of cells, and is refused
 * before any subgraph runs it.
 */
export const STATISTICS_FIELD_COST = 1_000;

/** Groups a geographic dimension can produce under a division of each level (upper bounds for a district). */
const GEOGRAPHY_ROWS: Record<string, Record<number, number>> = {
  STREET: { 6: 30, 9: 1, 12: 1, 15: 1 },
  COMMUNITY: { 6: 400, 9: 25, 12: 1, 15: 1 },
  GRID: { 6: 4_000, 9: 250, 12: 15, 15: 1 },
};

/**
 * Groups of a dimension whose key is not an enum (a join year can be any of some eighty). Every
 * other dimension counts the values of its key's enum in the row's `keys` type, read from the
 * schema, so a new programme or category is counted without touching this file; a dimension
 * neither has fails the cost test (test/gateway-limits.test.ts walks every `groupBy` enum).
 */
const OPEN_DIMENSION_ROWS: Record<string, number> = {
  JOIN_YEAR: 80,
  // Training courses are named by the service records (free text); a street runs a couple of dozen a year.
  COURSE: 20,
};

/** `URBAN_RURAL` → `urbanRural`: the key field a dimension groups by. */
function keyFieldOf(dimension: string): string {
  return dimension.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Groups a non-geographic dimension can produce for a statistics field, or null when unknown. */
export function dimensionRows(field: GraphQLField<unknown, unknown>, dimension: string): number | null {
  const row = getNamedType(field.type);
  const keys = isObjectType(row) ? row.getFields().keys : undefined;
  const keysType = keys ? getNamedType(keys.type) : undefined;
  const key = keysType && isObjectType(keysType) ? keysType.getFields()[keyFieldOf(dimension)] : undefined;
  const keyType = key ? getNamedType(key.type) : undefined;
  if (keyType && isEnumType(keyType)) return keyType.getValues().length;
  return OPEN_DIMENSION_ROWS[dimension] ?? null;
}

/** A dimension the schema does not size (the cost test refuses any): counted generously. */
const UNKNOWN_DIMENSION_ROWS = 100;

/** A month dimension without a readable period counts a year. */
const MONTHS_WITHOUT_PERIOD = 12;

/** The division and period a statistics field is asked for (its own arguments or its parent's). */
export interface StatisticsFrame {
  division?: unknown;
  from?: unknown;
  to?: unknown;
}

type Variables = Readonly<Record<string, unknown>>;

function argumentValue(node: FieldNode, name: string, variables: Variables): unknown {
  const argument = node.arguments?.find((candidate) => candidate.name.value === name);
  if (!argument) return undefined;
  if (argument.value.kind === Kind.VARIABLE) return variables[argument.value.name.value];
  return valueFromASTUntyped(argument.value, variables);
}

/** The frame below `node`: its own division/from/to where given, else the parent's. */
export function frameOf(node: FieldNode, parent: StatisticsFrame, variables: Variables): StatisticsFrame {
  const frame = { ...parent };
  for (const name of ['division', 'from', 'to'] as const) {
    const value = argumentValue(node, name, variables);
    if (value !== undefined) frame[name] = value;
  }
  return frame;
}

/** Calendar months (Asia/Shanghai) the half-open period touches. */
function monthsIn(frame: StatisticsFrame): number {
  const from = typeof frame.from === 'string' ? Date.parse(frame.from) : NaN;
  const to = typeof frame.to === 'string' ? Date.parse(frame.to) : NaN;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return MONTHS_WITHOUT_PERIOD;
  const shanghai = (time: number) => new Date(time + 8 * 3600 * 1000);
  const [start, end] = [shanghai(from), shanghai(to - 1)];
  return (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
}

/** Listed values of an argument such as `programs` or `kinds` narrow their dimension. */
const NARROWED_BY: Record<string, string> = { PROGRAM: 'programs', KIND: 'kinds' };

/** Rows a `groupBy` field may return, or null when the field has no `groupBy`. */
export function statisticsRows(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  frame: StatisticsFrame,
  variables: Variables,
): number | null {
  if (!field.args.some((argument) => argument.name === 'groupBy')) return null;
  const groupBy = argumentValue(node, 'groupBy', variables);
  const dimensions = Array.isArray(groupBy) ? [...new Set(groupBy.map(String))] : [];
  const level = typeof frame.division === 'string' ? frame.division.length : 6;
  let rows = 1;
  for (const dimension of dimensions) {
    if (dimension === 'MONTH') rows *= monthsIn(frame);
    else if (GEOGRAPHY_ROWS[dimension]) rows *= GEOGRAPHY_ROWS[dimension][level] ?? GEOGRAPHY_ROWS[dimension][6];
    else {
      const narrowing = NARROWED_BY[dimension];
      const listed = narrowing
        ? (argumentValue(node, narrowing, variables) ??
          field.args.find((argument) => argument.name === narrowing)?.defaultValue)
        : undefined;
      rows *=
        Array.isArray(listed) && listed.length > 0
          ? new Set(listed).size
          : (dimensionRows(field, dimension) ?? UNKNOWN_DIMENSION_ROWS);
    }
  }
  return rows;
}
