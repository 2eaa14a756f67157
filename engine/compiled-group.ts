import type { Document } from 'bson';
import { isPlainObject } from './bson-values.js';
import { matchesEverything } from './collection-store.js';
import { tick } from './deadline.js';
import { groupConstant } from './index-counts.js';

/** A compiled per-document check; `BAIL` when the document holds something this path leaves to mingo. */
export const BAIL = Symbol('bail');
type Compiled<T> = (doc: Document) => T | typeof BAIL;

/** A top-level field path (`"$field"`, no dots, no variables), or null. */
function topField(expr: unknown): string | null {
  return typeof expr === 'string' && /^\$[^$.][^.]*$/.test(expr) ? expr.slice(1) : null;
}

/** Constants this path compares against: strings, finite numbers, valid dates (mingo compares only within one type). */
function comparable(value: unknown): 'string' | 'number' | 'date' | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : null;
  return value instanceof Date && !Number.isNaN(value.getTime()) ? 'date' : null;
}

const ORDER: Record<string, (c: number) => boolean> = {
  $gte: (c) => c >= 0,
  $gt: (c) => c > 0,
  $lte: (c) => c <= 0,
  $lt: (c) => c < 0,
};

/**
 * `value <op> constant` as mingo's comparison operators (query and expression alike) decide it for a
 * scalar: false unless both are of one type, else the order of numbers, strings or dates. BAIL for
 * arrays, documents and BSON classes (mingo looks into arrays), NaN and invalid dates.
 */
function compareTo(op: string, constant: unknown): ((value: unknown) => boolean | typeof BAIL) | null {
  if ((op === '$eq' || op === '$ne') && typeof constant === 'string') {
    // mingo's equality: a string equals only the same string (arrays looked into: left to mingo).
    const equal = op === '$eq';
    return (value) => (scalarOrBail(value) ? (value === constant) === equal : BAIL);
  }
  const test = ORDER[op];
  const kind = comparable(constant);
  if (!test || !kind) return null;
  const c = (kind === 'date' ? (constant as Date).getTime() : constant) as number;
  return (value) => {
    if (value === undefined || value === null || typeof value === 'boolean') return false;
    if (typeof value === 'string')
      return kind === 'string'
        ? test(value < (c as unknown as string) ? -1 : value > (c as unknown as string) ? 1 : 0)
        : false;
    if (typeof value === 'number') {
      if (Number.isNaN(value)) return BAIL;
      return kind === 'number' ? test(value < c ? -1 : value > c ? 1 : 0) : false;
    }
    if (value instanceof Date) {
      const t = value.getTime();
      if (Number.isNaN(t)) return BAIL;
      return kind === 'date' ? test(t < c ? -1 : t > c ? 1 : 0) : false;
    }
    return BAIL;
  };
}

/** Scalars mingo's equality treats plainly: a string or finite number equals only itself; null matches null and missing. */
function scalarOrBail(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && !Number.isNaN(value)) ||
    (value instanceof Date && !Number.isNaN(value.getTime()))
  );
}

/**
 * A query filter compiled to a closure, for the shapes the statistics send: top-level fields with a
 * string / finite number / null equality, `$in` of strings, `$gt(e)`/`$lt(e)` against a constant;
 * `$and` / `$or` of such. Null: anything else (mingo's Query runs it).
 */
export function compileFilter(filter: Document): Compiled<boolean> | null {
  const parts: Array<Compiled<boolean>> = [];
  for (const key of Object.keys(filter)) {
    const spec = filter[key];
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(spec) || spec.length === 0 || !spec.every(isPlainObject)) return null;
      const inner = (spec as Document[]).map(compileFilter);
      if (inner.some((part) => !part)) return null;
      const all = inner as Array<Compiled<boolean>>;
      const isAnd = key === '$and';
      parts.push((doc) => {
        let bail = false;
        for (const part of all) {
          const r = part(doc);
          if (r === BAIL) bail = true;
          else if (r !== isAnd) return bail ? BAIL : r;
        }
        return bail ? BAIL : isAnd;
      });
      continue;
    }
    if (key.startsWith('$') || key.includes('.') || key === '') return null;
    if (spec === null || typeof spec === 'string' || (typeof spec === 'number' && Number.isFinite(spec))) {
      parts.push((doc) => {
        const value = doc[key];
        if (!scalarOrBail(value)) return BAIL;
        return spec === null ? value === null || value === undefined : value === spec;
      });
      continue;
    }
    if (!isPlainObject(spec)) return null;
    const ops = Object.keys(spec);
    if (ops.length === 0) return null;
    for (const op of ops) {
      const operand = spec[op];
      if (op === '$in') {
        if (!Array.isArray(operand) || !operand.every((v) => typeof v === 'string')) return null;
        const set = new Set(operand as string[]);
        parts.push((doc) => {
          const value = doc[key];
          if (!scalarOrBail(value)) return BAIL;
          return typeof value === 'string' && set.has(value);
        });
        continue;
      }
      const test = compareTo(op, operand);
      if (!test) return null;
      parts.push((doc) => test(doc[key]));
    }
  }
  return (doc) => {
    for (const part of parts) {
      const r = part(doc);
      if (r !== true) return r;
    }
    return true;
  };
}

/**
 * A part of a document `_id`: a top-level field, or `{ $dateToString: { format, date: "$field",
 * timezone? } }` with only `%Y`, `%m`, `%d` in the format and a fixed `+HH:MM` / `-HH:MM` offset, as
 * mingo formats it (the date shifted by the offset, UTC parts zero-padded; missing or null: null).
 * The getter gives BAIL (via a number, which the key hashing refuses) for anything but a date
 * of years 1000-9999, null or nothing.
 */
function compileKeyPart(expr: unknown): ((doc: Document) => unknown) | null {
  const field = topField(expr);
  if (field !== null) return (doc) => doc[field];
  if (!isPlainObject(expr) || Object.keys(expr).length !== 1 || !isPlainObject(expr.$dateToString)) return null;
  const spec = expr.$dateToString as Document;
  const keys = Object.keys(spec);
  if (!keys.every((key) => key === 'format' || key === 'date' || key === 'timezone')) return null;
  const dateField = topField(spec.date);
  const format = spec.format;
  if (dateField === null || typeof format !== 'string' || !/^(?:[^%]|%[Ymd])+$/.test(format)) return null;
  let offset = 0;
  if (spec.timezone !== undefined) {
    const zone = typeof spec.timezone === 'string' ? /^([+-])(\d\d):(\d\d)$/.exec(spec.timezone) : null;
    if (!zone || Number(zone[2]) > 14 || Number(zone[3]) > 59) return null;
    offset = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
  }
  const pad = (n: number) => (n < 10 ? '0' + n : String(n));
  return (doc) => {
    const value = doc[dateField];
    if (value === undefined || value === null) return null;
    if (!(value instanceof Date)) return NaN;
    const t = value.getTime() + offset * 60_000;
    if (Number.isNaN(t)) return NaN;
    const shifted = new Date(t);
    const year = shifted.getUTCFullYear();
    if (year < 1000 || year > 9999) return NaN;
    return format.replace(/%[Ymd]/g, (sym) =>
      sym === '%Y' ? String(year) : sym === '%m' ? pad(shifted.getUTCMonth() + 1) : pad(shifted.getUTCDate()),
    );
  };
}

/** A value a `$sum`/`$cond` branch adds: a number constant or a top-level field. */
function compileOperand(expr: unknown): Compiled<unknown> | null {
  if (typeof expr === 'number') return Number.isFinite(expr) ? () => expr : null;
  const field = topField(expr);
  return field === null ? null : (doc) => doc[field];
}

/** `{ $cond: [{ $gte|$gt|$lte|$lt: ["$field", constant] }, a, b] }` (or if/then/else), a and b operands. */
function compileCond(spec: unknown): Compiled<unknown> | null {
  let parts: unknown[];
  if (Array.isArray(spec)) parts = spec;
  else if (isPlainObject(spec) && Object.keys(spec).length === 3 && 'if' in spec && 'then' in spec && 'else' in spec)
    parts = [spec.if, spec.then, spec.else];
  else return null;
  if (parts.length !== 3 || !isPlainObject(parts[0])) return null;
  const test = parts[0] as Document;
  const ops = Object.keys(test);
  if (ops.length !== 1 || !Array.isArray(test[ops[0]]) || test[ops[0]].length !== 2) return null;
  const [lhs, rhs] = test[ops[0]] as unknown[];
  const field = topField(lhs);
  const compare = field === null ? null : compareTo(ops[0], rhs);
  const then = compileOperand(parts[1]);
  const otherwise = compileOperand(parts[2]);
  if (!compare || !then || !otherwise) return null;
  return (doc) => {
    const r = compare(doc[field as string]);
    if (r === BAIL) return BAIL;
    return r ? then(doc) : otherwise(doc);
  };
}

/**
 * The statistics' grouping, `[$match?, $group { _id: "$field" | constant | { name: "$field", ... },
 * <name>: { $sum: number | "$field" | { $cond: ... } }, ... }]`, in one pass with closures compiled
 * once: same rows, field order and group order (first document of each group) as mingo's `$group`,
 * mingo's `$sum` (a constant k: k times the count; else the numbers among the values, NaN left out,
 * added in document order from 0). Group keys only when every field of `_id` holds a string, null or
 * nothing (else mingo's key hashing decides). Null: not this shape, or a document this path leaves to mingo.
 */
export function groupedByExpressions(source: Document[], pipeline: Document[]): Document[] | null {
  let stages = pipeline;
  let filter: Compiled<boolean> | null = null;
  if (stages.length === 2) {
    const match = stages[0];
    if (Object.keys(match).length !== 1 || !isPlainObject(match.$match)) return null;
    if (!matchesEverything(match.$match as Document)) {
      filter = compileFilter(match.$match as Document);
      if (!filter) return null;
    }
    stages = stages.slice(1);
  }
  if (stages.length !== 1 || Object.keys(stages[0]).length !== 1 || !isPlainObject(stages[0].$group)) return null;
  const group = stages[0].$group as Document;
  const keys = Object.keys(group);
  if (keys[0] !== '_id') return null;
  // The key: one field, a constant, or a document of fields (names neither operators nor paths).
  const id = group._id;
  let idFields: Array<(doc: Document) => unknown> | null = null;
  let idNames: string[] | null = null;
  let constant = false;
  if (topField(id) !== null) {
    const field = topField(id) as string;
    idFields = [(doc) => doc[field]];
  } else if (isPlainObject(id)) {
    idNames = Object.keys(id);
    if (idNames.length === 0 || idNames.some((name) => name.startsWith('$') || name.includes('.'))) return null;
    const getters = idNames.map((name) => compileKeyPart(id[name]));
    if (getters.some((getter) => !getter)) return null;
    idFields = getters as Array<(doc: Document) => unknown>;
  } else if (groupConstant(id)) constant = true;
  else return null;
  const sums: Array<{ name: string; times?: number; value?: Compiled<unknown> }> = [];
  for (const name of keys.slice(1)) {
    const spec = group[name];
    if (
      name.startsWith('$') ||
      name.includes('.') ||
      !isPlainObject(spec) ||
      Object.keys(spec).length !== 1 ||
      !('$sum' in spec)
    )
      return null;
    const expr = spec.$sum;
    if (typeof expr === 'number') {
      if (!Number.isFinite(expr)) return null;
      sums.push({ name, times: expr });
      continue;
    }
    const value =
      topField(expr) !== null
        ? compileOperand(expr)
        : isPlainObject(expr) && Object.keys(expr).length === 1 && '$cond' in expr
          ? compileCond(expr.$cond)
          : null;
    if (!value) return null;
    sums.push({ name, value });
  }

  const rows = new Map<string, { id: unknown; count: number; totals: number[] }>();
  const width = sums.length;
  for (const doc of source) {
    tick();
    if (filter) {
      const r = filter(doc);
      if (r === BAIL) return null;
      if (!r) continue;
    }
    let hash: string;
    if (constant) hash = '';
    else {
      hash = '';
      // mingo's keys are equal as isEqual decides: strings by value, null only to null, missing only to
      // missing inside a document key (a single field's missing value becomes null).
      for (const get of idFields as Array<(doc: Document) => unknown>) {
        const value = get(doc);
        if (typeof value === 'string') hash += 's' + value.length + ':' + value;
        else if (value === null || (value === undefined && !idNames)) hash += 'n';
        else if (value === undefined) hash += 'u';
        else return null;
      }
    }
    let row = rows.get(hash);
    if (!row) {
      let key: unknown = id;
      if (idNames) {
        const made: Document = {};
        idNames.forEach((name, i) => (made[name] = (idFields as Array<(doc: Document) => unknown>)[i](doc)));
        key = made;
      } else if (!constant) key = (idFields as Array<(doc: Document) => unknown>)[0](doc) ?? null;
      rows.set(hash, (row = { id: key, count: 0, totals: new Array<number>(width).fill(0) }));
    }
    row.count++;
    for (let i = 0; i < width; i++) {
      const compute = sums[i].value;
      if (!compute) continue;
      const value = compute(doc);
      if (value === BAIL) return null;
      if (typeof value === 'number' && !Number.isNaN(value)) row.totals[i] += value;
    }
  }
  return [...rows.values()].map((row) => {
    const out: Document = { _id: row.id };
    sums.forEach(({ name, times, value }, i) => (out[name] = value ? row.totals[i] : row.count * (times as number)));
    return out;
  });
}
