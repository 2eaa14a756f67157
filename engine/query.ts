import type { Document } from 'bson';
import { Aggregator, Query } from 'mingo';
import type { Options } from 'mingo/types';
import { cloneDocument, isPlainObject } from './bson-values.js';
import { equalityValues, matchesEverything, type IndexBuckets, type Lookup } from './collection-store.js';
import type { CollectionView, StoreView } from './store-view.js';

/** `$where`, `$function` and `$accumulator` would run client-supplied JavaScript: keep them off. */
const BASE_OPTIONS: Partial<Options> = { scriptEnabled: false };

export interface FindOptions {
  filter?: Document;
  sort?: Document;
  projection?: Document;
  skip?: number;
  limit?: number;
}

/**
 * What a read did, filled in when the caller passes one (the `explain` command): which index lookup
 * chose the candidates, the documents it started from, the predicate it ran over them. Reads without
 * a trace do exactly the same work.
 */
export interface QueryTrace {
  /** The hash-index lookup that chose the candidates; null: every document of the collection. */
  lookup: Lookup | null;
  /** The documents the read started from (the candidates, or the whole collection); not to be mutated. */
  source: Document[];
  /** The filter run over `source`; null when none ran (the index alone decided, or nothing to filter). */
  predicate: Document | null;
  /** Documents left after the predicate (find and matching; an aggregate leaves it to the pipeline). */
  matched?: number;
  /** Documents of other collections handed to the pipeline (`$lookup` and friends read them whole). */
  foreign: number;
  /** Set when the count was read off the index (`lookup` names it): the index entries (ids) counted, no document read. */
  counted?: number;
}

/** A trace to fill in, for `explain`. */
export function newTrace(): QueryTrace {
  return { lookup: null, source: [], predicate: null, foreign: 0 };
}

/** The documents of a collection matching a filter, narrowed through a hash index when possible. */
export function matching(collection: CollectionView | undefined, filter: Document = {}, trace?: QueryTrace): Document[] {
  if (!collection) return [];
  const found = collection.lookup(filter);
  const source = found?.docs ?? collection.all();
  const predicate = found?.exact || Object.keys(filter).length === 0 ? null : (found?.residual ?? filter);
  const matched = found?.exact ? found.docs : predicate ? (new Query(predicate, BASE_OPTIONS).find(source).all() as Document[]) : source.slice();
  if (trace) Object.assign(trace, { lookup: found, source, predicate, matched: matched.length });
  return matched;
}

export function find(collection: CollectionView | undefined, options: FindOptions, trace?: QueryTrace): Document[] {
  if (!collection) return [];
  const filter = options.filter ?? {};
  const found = collection.lookup(filter);
  const source = found?.docs ?? collection.all();
  const projection = options.projection && Object.keys(options.projection).length ? options.projection : undefined;
  const sort = withoutNatural(options.sort);
  const predicate = found?.exact ? null : (found?.residual ?? filter);
  const filters = predicate && !matchesEverything(predicate);
  const matched = filters ? new Query(predicate, BASE_OPTIONS).find<Document>(source).all() : source.slice();
  if (trace) Object.assign(trace, { lookup: found, source, predicate: filters ? predicate : null, matched: matched.length });
  const sorted = sort ? sortedByScalars(matched, sort) : matched;
  if (sorted) {
    // mingo's cursor order: sort, skip, limit, then the projection.
    const start = options.skip ?? 0;
    const page = options.limit ? sorted.slice(start, start + Math.abs(options.limit)) : start ? sorted.slice(start) : sorted;
    return projection ? new Query({}, BASE_OPTIONS).find<Document>(page, projection).all() : page;
  }
  let cursor = new Query({}, BASE_OPTIONS).find<Document>(matched, projection);
  if (sort) cursor = cursor.sort(sort);
  if (options.skip) cursor = cursor.skip(options.skip);
  if (options.limit) cursor = cursor.limit(Math.abs(options.limit));
  return cursor.all();
}

/** Applies a projection to one document (findAndModify's `fields`). */
export function project(doc: Document, projection: Document | undefined): Document {
  if (!projection || Object.keys(projection).length === 0) return doc;
  return new Query({}, BASE_OPTIONS).find<Document>([doc], projection).all()[0];
}

/**
 * mingo's `$addFields`/`$set`/`$unset` (and a few others) copy documents shallowly and may then write
 * into shared sub-documents; pipelines using them get deep copies so stored documents stay untouched.
 */
const MUTATING_STAGE = /"\$(addFields|set|unset|merge|out|fill|densify|setWindowFields)"/;

export function aggregate(data: StoreView, db: string, collection: CollectionView | undefined, pipeline: Document[], trace?: QueryTrace): Document[] {
  const counted = collection ? groupCountFromIndex(collection, pipeline, trace) : null;
  if (counted) return counted;
  const first = pipeline[0];
  const found = collection && isPlainObject(first?.$match) ? collection.lookup(first.$match) : null;
  const source = found?.docs ?? collection?.all() ?? [];
  // The index decided (part of) the leading $match: run only what is left of it, if anything.
  if (found?.exact) pipeline = pipeline.slice(1);
  else if (found?.residual) pipeline = [{ $match: found.residual }, ...pipeline.slice(1)];
  if (trace) {
    const leading = isPlainObject(pipeline[0]?.$match) ? (pipeline[0].$match as Document) : null;
    Object.assign(trace, { lookup: found, source, predicate: leading && !matchesEverything(leading) ? leading : null });
  }
  const grouped = groupedByField(source, pipeline) ?? groupedByExpressions(source, pipeline);
  if (grouped) return grouped;
  const copy = MUTATING_STAGE.test(JSON.stringify(pipeline)) ? (docs: Document[]) => docs.map(cloneDocument) : (docs: Document[]) => docs.slice();
  let input = source;
  if (pipeline.length > 1 && Object.keys(pipeline[0]).length === 1 && isPlainObject(pipeline[0].$match)) {
    // The leading $match only picks documents: run it first (compiled when it can be), so the later
    // stages copy only the documents it keeps.
    input = filtered(source, pipeline[0].$match as Document);
    pipeline = pipeline.slice(1);
  }
  const options: Partial<Options> = {
    ...BASE_OPTIONS,
    collectionResolver: (name: string) => {
      const docs = data.get(db, name)?.all() ?? [];
      if (trace) trace.foreign += docs.length;
      return copy(docs);
    },
  };
  return new Aggregator(pipeline, options).run(copy(input)) as Document[];
}

/** The documents of `docs` matching `filter`, in order: through `compileFilter` when it takes the filter and every document, else mingo's Query. */
function filtered(docs: Document[], filter: Document): Document[] {
  if (matchesEverything(filter)) return docs;
  const test = compileFilter(filter);
  if (test) {
    const kept: Document[] = [];
    let bail = false;
    for (const doc of docs) {
      const r = test(doc);
      if (r === BAIL) {
        bail = true;
        break;
      }
      if (r) kept.push(doc);
    }
    if (!bail) return kept;
  }
  return new Query(filter, BASE_OPTIONS).find<Document>(docs).all();
}

function withoutNatural(sort: Document | undefined): Document | undefined {
  if (!sort) return undefined;
  const entries = Object.entries(sort).filter(([key]) => key !== '$natural');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

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

/**
 * Grouping by one field as the subgraphs' loaders send it (subgraphs/shared/pagination.ts and the
 * count loaders): `[$match?, $sort?, $group { _id: "$field", <name>: { $sum: 1 } | { $push: "$$ROOT" }, ... },
 * $project?]`, the `$project` only as the nested-list page's `{ n: 1, nodes: { $slice: ["$nodes", k] } }`.
 * Answered in one pass when the group values are strings and the sort is `sortedByScalars`'s: same
 * rows, same field order and same row order as mingo (groups in the order of their first document).
 * Null: not this shape, mingo runs it.
 */
function groupedByField(source: Document[], pipeline: Document[]): Document[] | null {
  const stages = pipeline.slice();
  const single = (stage: Document | undefined, name: string): unknown => (stage && Object.keys(stage).length === 1 && isPlainObject(stage[name]) ? stage[name] : undefined);
  const residual = single(stages[0], '$match') as Document | undefined;
  if (residual) stages.shift();
  const sort = single(stages[0], '$sort') as Document | undefined;
  if (sort) stages.shift();
  const group = single(stages[0], '$group') as Document | undefined;
  if (!group) return null;
  stages.shift();
  const project = single(stages[0], '$project') as Document | undefined;
  if (project) stages.shift();
  if (stages.length !== 0) return null;

  const groupKeys = Object.keys(group);
  // `_id: "$field"`, or a constant number (countDocuments' `{ _id: 1, n: { $sum: 1 } }`): one group.
  const constant = typeof group._id === 'number' && Number.isFinite(group._id) && !Object.is(group._id, -0);
  if (groupKeys[0] !== '_id' || !(constant || (typeof group._id === 'string' && /^\$[^$.][^.]*$/.test(group._id)))) return null;
  const field = constant ? null : (group._id as string).slice(1);
  const accumulators: Array<{ name: string; push: boolean }> = [];
  for (const name of groupKeys.slice(1)) {
    const spec = group[name];
    if (name.startsWith('$') || name.includes('.') || !isPlainObject(spec) || Object.keys(spec).length !== 1) return null;
    if (spec.$sum === 1) accumulators.push({ name, push: false });
    else if (spec.$push === '$$ROOT') accumulators.push({ name, push: true });
    else return null;
  }
  let slice = Number.POSITIVE_INFINITY;
  if (project) {
    // Only the page shape: [count, nodes] accumulators, `{ count: 1, nodes: { $slice: ["$nodes", k] } }`.
    const [count, nodes] = accumulators;
    const projectKeys = Object.keys(project);
    if (accumulators.length !== 2 || count.push || !nodes.push) return null;
    if (projectKeys.length !== 2 || projectKeys[0] !== count.name || projectKeys[1] !== nodes.name || project[count.name] !== 1) return null;
    const spec = project[nodes.name];
    if (!isPlainObject(spec) || Object.keys(spec).length !== 1 || !Array.isArray(spec.$slice) || spec.$slice.length !== 2) return null;
    const [sliced, size] = spec.$slice as unknown[];
    if (sliced !== `$${nodes.name}` || typeof size !== 'number' || !Number.isInteger(size) || size < 1) return null;
    slice = size;
  }

  const matched = residual && !matchesEverything(residual) ? new Query(residual, BASE_OPTIONS).find<Document>(source).all() : source;
  const sorted = sort ? sortedByScalars(matched, sort) : matched;
  if (!sorted) return null;
  const rows = new Map<string | number, { count: number; nodes: Document[] }>();
  for (const doc of sorted) {
    const key = field === null ? (group._id as number) : doc[field];
    if (typeof key !== 'string' && field !== null) return null;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { count: 0, nodes: [] }));
    row.count++;
    if (row.nodes.length < slice) row.nodes.push(doc);
  }
  if (project) {
    // Fields in the order mingo's $project writes them: the computed slice, the kept count, then _id.
    const [count, nodes] = accumulators;
    return [...rows].map(([key, row]) => ({ [nodes.name]: row.nodes, [count.name]: row.count, _id: key }));
  }
  return [...rows].map(([key, row]) => {
    const out: Document = { _id: key };
    for (const { name, push } of accumulators) out[name] = push ? row.nodes.slice() : row.count;
    return out;
  });
}

/**
 * The one equality / `$in` clause a filter consists of (`{ field: condition }`, also as the only
 * non-trivial part of `$and`s), with the values it accepts when an index lookup decides it exactly
 * (`CollectionStore.served`'s "decided"). Null: anything else.
 */
function soleEquality(filter: Document): { field: string; values: unknown[] } | null {
  const keys = Object.keys(filter);
  if (keys.length !== 1) return null;
  const [field] = keys;
  if (field === '$and') {
    const parts = filter.$and;
    if (!Array.isArray(parts) || parts.length === 0 || !parts.every(isPlainObject)) return null;
    // One level only, as `CollectionStore.lookup` looks into `$and`.
    const live = (parts as Document[]).filter((part) => !matchesEverything(part));
    return live.length === 1 && !Object.keys(live[0]).some((key) => key.startsWith('$')) ? soleEquality(live[0]) : null;
  }
  if (field.startsWith('$')) return null;
  const values = equalityValues(filter[field]);
  if (!values || values.some(isPlainObject)) return null;
  return { field, values };
}

/** The index buckets deciding `filter` alone, and how many distinct documents they hold; null when no index decides it. */
function indexCount(collection: CollectionView, filter: Document): { found: IndexBuckets; count: number } | null {
  const clause = soleEquality(filter);
  const found = clause && collection.indexBuckets(clause.field, clause.values);
  if (!found) return null;
  let count = 0;
  if (found.multikey && found.buckets.length > 1) {
    // A document may sit under several of the values: count it once.
    const ids = new Set<string>();
    for (const bucket of found.buckets) for (const id of bucket.ids) ids.add(id);
    count = ids.size;
  } else for (const bucket of found.buckets) count += bucket.ids.size;
  return { found, count };
}

function countTrace(trace: QueryTrace | undefined, found: IndexBuckets, counted: number): void {
  if (trace) Object.assign(trace, { lookup: { docs: [], exact: true, field: found.field }, source: [], predicate: null, counted });
}

/**
 * The `count` command's answer for `filter` read off a hash index (sizes of the id sets), when the
 * filter is only an equality / `$in` on an indexed field; null: count matching documents instead.
 */
export function countFromIndex(collection: CollectionView, filter: Document, trace?: QueryTrace): number | null {
  const result = indexCount(collection, filter);
  if (!result) return null;
  countTrace(trace, result.found, result.count);
  return result.count;
}

/** `$group` `_id`s that are constants (one group): null, booleans, finite numbers, strings that are no field path or variable. */
function groupConstant(id: unknown): boolean {
  if (id === null || typeof id === 'boolean') return true;
  if (typeof id === 'number') return Number.isFinite(id) && !Object.is(id, -0);
  return typeof id === 'string' && !id.startsWith('$');
}

/**
 * `[$match { field: value | { $in: [...] } }, $group { _id: "$field" | constant, <name>: { $sum: 1 }, ... }]`
 * (the member-count loaders, countDocuments' `{ _id: 1, n: { $sum: 1 } }`) answered from the index's
 * id sets without reading a document. Same rows as the other paths: for `_id: "$field"` one row per
 * value holding documents, in the order of the `$in` values (the order the lookup's candidates come
 * in, so the order of each group's first document), only when every such value is a string and no
 * document holds an array there (else the group keys would not be the values); for a constant, one
 * row with the number of distinct documents, none when there are none. Null: not this shape.
 */
function groupCountFromIndex(collection: CollectionView, pipeline: Document[], trace?: QueryTrace): Document[] | null {
  if (pipeline.length !== 2) return null;
  const [matchStage, groupStage] = pipeline;
  if (Object.keys(matchStage).length !== 1 || !isPlainObject(matchStage.$match)) return null;
  if (Object.keys(groupStage).length !== 1 || !isPlainObject(groupStage.$group)) return null;
  const group = groupStage.$group as Document;
  const keys = Object.keys(group);
  if (keys[0] !== '_id' || keys.length < 2) return null;
  for (const name of keys.slice(1)) {
    const spec = group[name];
    if (name.startsWith('$') || name.includes('.') || !isPlainObject(spec) || Object.keys(spec).length !== 1 || spec.$sum !== 1) return null;
  }
  const constant = groupConstant(group._id);
  if (!constant && !(typeof group._id === 'string' && /^\$[^$.][^.]*$/.test(group._id))) return null;
  const clause = soleEquality(matchStage.$match as Document);
  if (!clause || (!constant && group._id !== `$${clause.field}`)) return null;
  const row = (id: unknown, n: number): Document => {
    const out: Document = { _id: id };
    for (const name of keys.slice(1)) out[name] = n;
    return out;
  };
  if (constant) {
    const result = indexCount(collection, matchStage.$match as Document);
    if (!result) return null;
    countTrace(trace, result.found, result.count);
    return result.count ? [row(group._id, result.count)] : [];
  }
  const found = collection.indexBuckets(clause.field, clause.values);
  if (!found || found.multikey) return null;
  const rows: Document[] = [];
  let counted = 0;
  for (const { value, ids } of found.buckets) {
    if (ids.size === 0) continue;
    if (typeof value !== 'string') return null;
    rows.push(row(value, ids.size));
    counted += ids.size;
  }
  countTrace(trace, found, counted);
  return rows;
}

/** A compiled per-document check; `BAIL` when the document holds something this path leaves to mingo. */
const BAIL = Symbol('bail');
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
    if (typeof value === 'string') return kind === 'string' ? test(value < (c as unknown as string) ? -1 : value > (c as unknown as string) ? 1 : 0) : false;
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
  return value === undefined || value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !Number.isNaN(value)) || (value instanceof Date && !Number.isNaN(value.getTime()));
}

/**
 * A query filter compiled to a closure, for the shapes the statistics send: top-level fields with a
 * string / finite number / null equality, `$in` of strings, `$gt(e)`/`$lt(e)` against a constant;
 * `$and` / `$or` of such. Null: anything else (mingo's Query runs it).
 */
function compileFilter(filter: Document): Compiled<boolean> | null {
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
    return format.replace(/%[Ymd]/g, (sym) => (sym === '%Y' ? String(year) : sym === '%m' ? pad(shifted.getUTCMonth() + 1) : pad(shifted.getUTCDate())));
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
  else if (isPlainObject(spec) && Object.keys(spec).length === 3 && 'if' in spec && 'then' in spec && 'else' in spec) parts = [spec.if, spec.then, spec.else];
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
  }
  else if (isPlainObject(id)) {
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
    if (name.startsWith('$') || name.includes('.') || !isPlainObject(spec) || Object.keys(spec).length !== 1 || !('$sum' in spec)) return null;
    const expr = spec.$sum;
    if (typeof expr === 'number') {
      if (!Number.isFinite(expr)) return null;
      sums.push({ name, times: expr });
      continue;
    }
    const value = topField(expr) !== null ? compileOperand(expr) : isPlainObject(expr) && Object.keys(expr).length === 1 && '$cond' in expr ? compileCond(expr.$cond) : null;
    if (!value) return null;
    sums.push({ name, value });
  }

  const rows = new Map<string, { id: unknown; count: number; totals: number[] }>();
  const width = sums.length;
  for (const doc of source) {
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
