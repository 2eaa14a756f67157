import type { Document } from 'bson';
import { Aggregator, Query } from 'mingo';
import type { Options } from 'mingo/types';
import { cloneDocument, isPlainObject } from './bson-values.js';
import { matchesEverything } from './collection-store.js';
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

/** The documents of a collection matching a filter, narrowed through a hash index when possible. */
export function matching(collection: CollectionView | undefined, filter: Document = {}): Document[] {
  if (!collection) return [];
  const found = collection.lookup(filter);
  if (found?.exact) return found.docs;
  const source = found?.docs ?? collection.all();
  if (Object.keys(filter).length === 0) return source.slice();
  return new Query(found?.residual ?? filter, BASE_OPTIONS).find(source).all() as Document[];
}

export function find(collection: CollectionView | undefined, options: FindOptions): Document[] {
  if (!collection) return [];
  const filter = options.filter ?? {};
  const found = collection.lookup(filter);
  const source = found?.docs ?? collection.all();
  const projection = options.projection && Object.keys(options.projection).length ? options.projection : undefined;
  const sort = withoutNatural(options.sort);
  const predicate = found?.exact ? null : (found?.residual ?? filter);
  const matched = predicate && !matchesEverything(predicate) ? new Query(predicate, BASE_OPTIONS).find<Document>(source).all() : source.slice();
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

export function aggregate(data: StoreView, db: string, collection: CollectionView | undefined, pipeline: Document[]): Document[] {
  const first = pipeline[0];
  const found = collection && isPlainObject(first?.$match) ? collection.lookup(first.$match) : null;
  const source = found?.docs ?? collection?.all() ?? [];
  // The index decided (part of) the leading $match: run only what is left of it, if anything.
  if (found?.exact) pipeline = pipeline.slice(1);
  else if (found?.residual) pipeline = [{ $match: found.residual }, ...pipeline.slice(1)];
  const page = groupedPage(source, pipeline);
  if (page) return page;
  const copy = MUTATING_STAGE.test(JSON.stringify(pipeline)) ? (docs: Document[]) => docs.map(cloneDocument) : (docs: Document[]) => docs.slice();
  const options: Partial<Options> = {
    ...BASE_OPTIONS,
    collectionResolver: (name: string) => copy(data.get(db, name)?.all() ?? []),
  };
  return new Aggregator(pipeline, options).run(copy(source)) as Document[];
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
 * The nested-list page every subgraph's grouped loader sends (subgraphs/shared/pagination.ts):
 * `[$match?, $sort, $group { _id: "$field", n: { $sum: 1 }, nodes: { $push: "$$ROOT" } },
 * $project { n: 1, nodes: { $slice: ["$nodes", k] } }]`, answered without mingo's generic stages
 * when the group values are strings and the sort is `sortedByScalars`'s. Same rows, same order
 * (groups in the order of their first document after the sort). Null: not this shape, mingo runs it.
 */
function groupedPage(source: Document[], pipeline: Document[]): Document[] | null {
  let stages = pipeline;
  let residual: Document | null = null;
  if (stages.length === 4 && isPlainObject(stages[0].$match) && Object.keys(stages[0]).length === 1) {
    residual = stages[0].$match;
    stages = stages.slice(1);
  }
  if (stages.length !== 3) return null;
  const [sortStage, groupStage, projectStage] = stages;
  const sort = sortStage.$sort;
  const group = groupStage.$group;
  const project = projectStage.$project;
  if (Object.keys(sortStage).length !== 1 || Object.keys(groupStage).length !== 1 || Object.keys(projectStage).length !== 1) return null;
  if (!isPlainObject(sort) || !isPlainObject(group) || !isPlainObject(project)) return null;
  const groupKeys = Object.keys(group);
  if (groupKeys.length !== 3 || groupKeys[0] !== '_id' || typeof group._id !== 'string' || !/^\$[^$.][^.]*$/.test(group._id)) return null;
  const field = group._id.slice(1);
  const [countName, nodesName] = groupKeys.slice(1);
  const count = group[countName];
  const nodes = group[nodesName];
  if (!isPlainObject(count) || Object.keys(count).length !== 1 || count.$sum !== 1) return null;
  if (!isPlainObject(nodes) || Object.keys(nodes).length !== 1 || nodes.$push !== '$$ROOT') return null;
  const projectKeys = Object.keys(project);
  if (projectKeys.length !== 2 || projectKeys[0] !== countName || projectKeys[1] !== nodesName || project[countName] !== 1) return null;
  const slice = project[nodesName];
  if (!isPlainObject(slice) || Object.keys(slice).length !== 1 || !Array.isArray(slice.$slice) || slice.$slice.length !== 2) return null;
  const [sliced, size] = slice.$slice as unknown[];
  if (sliced !== `$${nodesName}` || typeof size !== 'number' || !Number.isInteger(size) || size < 1) return null;
  for (const name of [countName, nodesName]) if (name.startsWith('$') || name.includes('.')) return null;

  const matched = residual && !matchesEverything(residual) ? new Query(residual, BASE_OPTIONS).find<Document>(source).all() : source;
  const sorted = sortedByScalars(matched, sort);
  if (!sorted) return null;
  const rows = new Map<string, { count: number; nodes: Document[] }>();
  for (const doc of sorted) {
    const key = doc[field];
    if (typeof key !== 'string') return null;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { count: 0, nodes: [] }));
    row.count++;
    if (row.nodes.length < size) row.nodes.push(doc);
  }
  // Fields in the order mingo's $project writes them: the computed slice, the kept count, then _id.
  return [...rows].map(([key, row]) => ({ [nodesName]: row.nodes, [countName]: row.count, _id: key }));
}
