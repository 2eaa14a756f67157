import type { RequestAccess } from '../access/request-access.js';
import { DIVISION_FIELD_BY_LEVEL, divisionFilter, parseDivisionCode } from '../world/division-code.js';
import { badUserInput } from '../contract/errors.js';
import { dateArgument } from '../contract/scalars.js';
import { SHANGHAI_OFFSET_MS } from './calendar.js';

/**
 * What every subgraph's `<domain>Statistics` root field shares: the request (a division of any
 * level, a half-open period), month buckets in Asia/Shanghai, and the `$group` key built from the
 * dimensions the caller groups by. The figures themselves are MongoDB aggregation pipelines in
 * each subgraph's `statistics.ts`; only grouped rows ever reach JavaScript.
 */
/**
 * Asia/Shanghai, written as its offset: China has kept UTC+8 without daylight saving since
 * September 1991, so the buckets are the same, and the offline engine (mingo) resolves a zone
 * name with two `toLocaleString` calls per document (13 s for 18,000 payments) but parses an
 * offset once. Real MongoDB accepts both forms.
 */
export const STATISTICS_TIME_ZONE = '+08:00';

/** Month buckets a MONTH grouping may produce: ten years, so one request stays one page. */
const MAX_MONTH_BUCKETS = 120;

export interface StatisticsRequest {
  /** The requested division, inside the viewer's jurisdiction. */
  division: string;
  from: Date | null;
  to: Date | null;
}

/**
 * Validates the common arguments. Returns null when the division lies outside the viewer's
 * jurisdiction, like the indicators: an aggregate of a wider division narrowed to the viewer's
 * part would be a wrong figure under the wider name.
 */
export function statisticsRequest(
  access: RequestAccess,
  args: { division: string; from?: Date | null; to?: Date | null },
): StatisticsRequest | null {
  const division = parseDivisionCode(args.division, 'division');
  const from = dateArgument(args.from, 'from');
  const to = dateArgument(args.to, 'to');
  if (from && to && from.getTime() >= to.getTime()) throw badUserInput('to', 'must be later than "from"');
  return access.canSeeRecordIn(division) ? { division, from, to } : null;
}

/** `$match` conditions: records inside the division, `field` (if given) in [from, to). */
export function statisticsMatch(request: StatisticsRequest, dateField?: string): Record<string, unknown> {
  const bounds = { ...(request.from ? { $gte: request.from } : {}), ...(request.to ? { $lt: request.to } : {}) };
  return {
    ...divisionFilter(request.division),
    ...(dateField && Object.keys(bounds).length > 0 ? { [dateField]: bounds } : {}),
  };
}

/** The `YYYY-MM` month (Asia/Shanghai) of a date field, as a pipeline expression. */
export function monthOf(path: string): Record<string, unknown> {
  return { $dateToString: { format: '%Y-%m', date: path, timezone: STATISTICS_TIME_ZONE } };
}

/** The `YYYY` year (Asia/Shanghai) of a date field, as a pipeline expression. */
export function yearOf(path: string): Record<string, unknown> {
  return { $toInt: { $dateToString: { format: '%Y', date: path, timezone: STATISTICS_TIME_ZONE } } };
}

/** The `_id` of a grouped row: each grouped dimension's value under the dimension's name. */
export type GroupedId = Record<string, unknown>;

/** Pipeline expressions of the division dimensions every subgraph offers (stored ancestry fields). */
export const DIVISION_DIMENSIONS = {
  STREET: `$${DIVISION_FIELD_BY_LEVEL.STREET}`,
  COMMUNITY: `$${DIVISION_FIELD_BY_LEVEL.COMMUNITY}`,
  GRID: `$${DIVISION_FIELD_BY_LEVEL.GRID}`,
} as const;

/**
 * The `$group` `_id` for the requested dimensions: `{ STREET: '$streetCode', MONTH: … }`.
 * Grouping by nothing gives one total row. Dimension names stay the keys, so rows from several
 * pipelines of one request can be merged by the same key.
 */
export function groupId<D extends string>(groupBy: readonly D[], expressions: Record<D, unknown>): GroupedId {
  return Object.fromEntries([...new Set(groupBy)].map((dimension) => [dimension, expressions[dimension]]));
}

/**
 * The field of a row's `keys` that holds a dimension: the schema names each after its enum value
 * in camelCase (`TIER` → `tier`, `URBAN_RURAL` → `urbanRural`), in every subgraph.
 */
export function dimensionField(dimension: string): string {
  return dimension.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The GraphQL `keys` of a grouped row: each grouped dimension under its field name. */
export function rowKeys<K>(id: GroupedId, groupBy: readonly string[]): K {
  return Object.fromEntries(
    [...new Set(groupBy)].map((dimension) => [dimensionField(dimension), id[dimension] ?? null]),
  ) as K;
}

/** Rows in key order, so a result (and its CSV) reads the same every time. */
export const SORT_BY_GROUP = { $sort: { _id: 1 } } as const;

/** A stable string for a grouped `_id`, to merge rows of several pipelines. */
export function rowKey(id: Record<string, unknown>, groupBy: readonly string[]): string {
  return JSON.stringify([...new Set(groupBy)].map((dimension) => id[dimension] ?? null));
}

interface MonthWindow {
  /** `YYYY-MM` in Asia/Shanghai. */
  month: string;
  /** The part of the month inside the requested period: [start, end). */
  start: Date;
  end: Date;
}

/**
 * The Asia/Shanghai months that overlap [from, to), clipped to it, for stock figures (cases
 * active in a month) that cannot take their month from one date field. Needs both ends.
 */
export function monthWindows(from: Date | null, to: Date | null): MonthWindow[] {
  if (!from || !to) throw badUserInput(from ? 'to' : 'from', 'grouping by MONTH needs both "from" and "to"');
  const local = new Date(from.getTime() + SHANGHAI_OFFSET_MS);
  const windows: MonthWindow[] = [];
  for (let index = 0; ; index++) {
    const monthStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + index, 1) - SHANGHAI_OFFSET_MS;
    if (monthStart >= to.getTime()) return windows;
    if (windows.length === MAX_MONTH_BUCKETS)
      throw badUserInput('to', `grouping by MONTH allows at most ${MAX_MONTH_BUCKETS} months`);
    const nextStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + index + 1, 1) - SHANGHAI_OFFSET_MS;
    const labelDate = new Date(monthStart + SHANGHAI_OFFSET_MS);
    windows.push({
      month: `${labelDate.getUTCFullYear()}-${String(labelDate.getUTCMonth() + 1).padStart(2, '0')}`,
      start: new Date(Math.max(monthStart, from.getTime())),
      end: new Date(Math.min(nextStart, to.getTime())),
    });
  }
}
