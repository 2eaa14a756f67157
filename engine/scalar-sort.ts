import type { Document } from 'bson';
import { tick } from './deadline.js';

/** mingo's order of types (`SORT_ORDER` in mingo/util): missing before null before numbers, strings, booleans, dates. */
const TYPE_RANK = { undefined: 1, null: 2, number: 3, string: 4, boolean: 9, date: 10 } as const;

/** The sort rank of a scalar, or null for a value this fast path leaves to mingo (arrays, documents, BSON classes, NaN, -0). */
function rankOf(value: unknown): number | null {
  if (value === undefined) return TYPE_RANK.undefined;
  if (value === null) return TYPE_RANK.null;
  switch (typeof value) {
    case 'string':
      return TYPE_RANK.string;
    case 'number':
      return Number.isNaN(value) || Object.is(value, -0) ? null : TYPE_RANK.number;
    case 'boolean':
      return TYPE_RANK.boolean;
    default:
      return value instanceof Date && !Number.isNaN(value.getTime()) ? TYPE_RANK.date : null;
  }
}

/**
 * `docs` in the order mingo's `$sort` gives them (a stable sort, key by key, -1 descending), without
 * its per-key hash grouping, when every sort key is a top-level field holding only strings, numbers,
 * booleans, dates, null or nothing. Null when the spec or a value is anything else: mingo sorts then.
 */
export function sortedByScalars(docs: Document[], sort: Document): Document[] | null {
  const keys = Object.keys(sort);
  if (keys.length === 0) return null;
  const columns: Array<{ ranks: Uint8Array; values: unknown[]; direction: number }> = [];
  for (const key of keys) {
    const direction = sort[key];
    if ((direction !== 1 && direction !== -1) || key.startsWith('$') || key.includes('.')) return null;
    const ranks = new Uint8Array(docs.length);
    const values = new Array<unknown>(docs.length);
    for (let i = 0; i < docs.length; i++) {
      tick();
      const value = docs[i][key];
      const rank = rankOf(value);
      if (rank === null) return null;
      ranks[i] = rank;
      values[i] = value instanceof Date ? value.getTime() : value;
    }
    columns.push({ ranks, values, direction });
  }
  const order = Array.from(docs.keys());
  order.sort((a, b) => {
    tick();
    for (const { ranks, values, direction } of columns) {
      if (ranks[a] !== ranks[b]) return (ranks[a] - ranks[b]) * direction;
      const x = values[a] as string | number | boolean;
      const y = values[b] as string | number | boolean;
      if (x < y) return -direction;
      if (x > y) return direction;
    }
    return a - b;
  });
  return order.map((i) => docs[i]);
}
