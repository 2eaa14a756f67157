import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../../shared/errors.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * ISO 8601 with an offset; a bare date means midnight in Asia/Shanghai. A string that does not
 * parse becomes an Invalid Date instead of a scalar error, so that the resolver can answer
 * BAD_USER_INPUT naming the argument (see `dateArgument`): a literal rejected by the scalar
 * would surface as a validation failure without the argument's name.
 */
function parse(value: string): Date {
  if (!ISO_DATE_TIME.test(value)) return new Date(Number.NaN);
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
    return parse(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput('DateTime', 'expected an ISO 8601 string');
    return parse(ast.value);
  },
});

/** A parsed DateTime argument, or BAD_USER_INPUT naming it when it did not parse. */
export function dateArgument(value: Date | null | undefined, argumentName: string): Date | null {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime())) throw badUserInput(argumentName, 'expected an ISO 8601 date-time with offset, e.g. 2020-01-01T00:00:00+08:00');
  return value;
}
