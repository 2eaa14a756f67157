import {
  defaultFieldResolver,
  getNamedType,
  GraphQLScalarType,
  isInputObjectType,
  isObjectType,
  Kind,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badUserInput } from './errors.js';

/**
 * DateTime, the one scalar every subgraph shares: ISO 8601 with an offset, or a plain date read
 * as midnight in Asia/Shanghai (how the source documents give dates). A string that does not
 * parse, or names a day that does not exist (2020-02-30), becomes an Invalid Date instead of a
 * scalar error: a literal refused by the scalar would surface as a validation failure without the
 * argument's name, while `guardDateArguments` below answers BAD_USER_INPUT naming it.
 */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function calendarDayExists(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function parseIso(value: string): Date {
  if (!ISO_DATE_TIME.test(value) || !calendarDayExists(value)) return new Date(Number.NaN);
  return new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: '时间（ISO 8601，带时区）/ Date and time, ISO 8601 with offset',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new TypeError('DateTime cannot represent a non-date value');
  },
  parseValue(value) {
    if (typeof value !== 'string') throw badUserInput('DateTime', 'expected an ISO 8601 string');
    return parseIso(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput('DateTime', 'expected an ISO 8601 string');
    return parseIso(ast.value);
  },
});

const DATE_HINT = 'not an ISO 8601 date-time with offset (e.g. 2020-01-01T00:00:00+08:00) or a date (2020-01-01)';

/** The argument's date, or BAD_USER_INPUT naming it when it did not parse. */
export function dateArgument(value: Date | null | undefined, argumentName: string): Date | null {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime())) throw badUserInput(argumentName, DATE_HINT);
  return value;
}

/** Both ends of a half-open period [from, to), validated and in order. */
export function periodArguments(
  from: Date | null | undefined,
  to: Date | null | undefined,
  names: { from: string; to: string },
): { from: Date | null; to: Date | null } {
  const start = dateArgument(from, names.from);
  const end = dateArgument(to, names.to);
  if (start && end && start.getTime() > end.getTime()) throw badUserInput(names.to, `must not be before ${names.from}`);
  return { from: start, to: end };
}

/** The path of the first Invalid Date inside a field's arguments (`filter.from`), or null. */
function invalidDatePath(value: unknown, path: string): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = invalidDatePath(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = invalidDatePath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function takesDates(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'DateTime') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => takesDates(field.type, seen));
}

/**
 * Wraps the resolver of every field that takes a DateTime (directly or inside an input) so that a
 * date which did not parse is refused before the resolver runs: no resolver can query with an
 * Invalid Date, whether or not it validates its own arguments. Other fields are left untouched.
 */
export function guardDateArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((argument) => takesDates(argument.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const path = invalidDatePath(args, '');
        if (path) throw badUserInput(path, DATE_HINT);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
