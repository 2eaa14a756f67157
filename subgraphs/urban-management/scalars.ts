import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../shared/errors.js';

/**
 * DateTime: ISO 8601 with an offset, or a plain date (midnight in Asia/Shanghai, where every
 * street office of this product works). An unparsable string becomes an Invalid Date rather than
 * a validation error, so the resolver can reject it as BAD_USER_INPUT naming its argument
 * (`dateArgument`); a value that is not a string at all is refused by the scalar itself.
 */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function parseIso(value: string): Date {
  if (!ISO_DATE_TIME.test(value)) return new Date(Number.NaN);
  return new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: '时间（ISO 8601，带时区）/ Date and time, ISO 8601 with offset',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return value;
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

/** The argument's date, or BAD_USER_INPUT naming it when it did not parse. */
export function dateArgument(value: Date | null | undefined, argumentName: string): Date | null {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime())) {
    throw badUserInput(argumentName, 'not an ISO 8601 date-time with offset (e.g. 2020-01-01T00:00:00+08:00) or a date (2020-01-01)');
  }
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
