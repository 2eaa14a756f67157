import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../../shared/errors.js';

/**
 * ISO 8601 date-times with an offset (a bare date is read as midnight in Asia/Shanghai, the
 * timezone of every division here). Unparsable input is BAD_USER_INPUT.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): Date {
  if (typeof value === 'string' && (ISO_DATE.test(value) || ISO_DATE_TIME.test(value))) {
    const date = new Date(ISO_DATE.test(value) ? `${value}T00:00:00+08:00` : value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw badUserInput('DateTime', `expected an ISO 8601 date-time with offset, e.g. 2020-01-01T00:00:00+08:00 (got ${JSON.stringify(value)})`);
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    return parse(value).toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    return parse(ast.kind === Kind.STRING ? ast.value : null);
  },
});
