import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * ISO 8601 date-times with an offset (`2020-12-09T14:00:00+08:00`), or a bare date, read as
 * midnight in Asia/Shanghai (`2020-12-09`), which is how the documents give dates.
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `new Date` rolls 2020-02-30 over to March; a date that does not exist is an input error. */
function calendarDayExists(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function parse(value: unknown): Date {
  if (typeof value === 'string') {
    const text = DATE_ONLY.test(value) ? `${value}T00:00:00+08:00` : value;
    const date = new Date(text);
    if (DATE_TIME.test(text) && !Number.isNaN(date.getTime()) && calendarDayExists(text)) return date;
  }
  throw new GraphQLError('DateTime must be an ISO 8601 date-time with offset (2020-12-09T14:00:00+08:00) or a date (2020-12-09)');
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: '时间（ISO 8601，带时区）/ Date and time, ISO 8601 with offset',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return parse(value).toISOString();
    throw new GraphQLError('DateTime cannot represent a non-date value');
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return parse(ast.value);
  },
});
