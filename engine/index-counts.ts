import type { Document } from 'bson';
import { isPlainObject } from './bson-values.js';
import { equalityValues, matchesEverything } from './collection-store.js';
import type { CollectionView, IndexBuckets, QueryTrace } from './store-view.js';

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
  if (trace)
    Object.assign(trace, {
      lookup: { docs: [], exact: true, field: found.field },
      source: [],
      predicate: null,
      counted,
    });
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
export function groupConstant(id: unknown): boolean {
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
export function groupCountFromIndex(
  collection: CollectionView,
  pipeline: Document[],
  trace?: QueryTrace,
): Document[] | null {
  if (pipeline.length !== 2) return null;
  const [matchStage, groupStage] = pipeline;
  if (Object.keys(matchStage).length !== 1 || !isPlainObject(matchStage.$match)) return null;
  if (Object.keys(groupStage).length !== 1 || !isPlainObject(groupStage.$group)) return null;
  const group = groupStage.$group as Document;
  const keys = Object.keys(group);
  if (keys[0] !== '_id' || keys.length < 2) return null;
  for (const name of keys.slice(1)) {
    const spec = group[name];
    if (
      name.startsWith('$') ||
      name.includes('.') ||
      !isPlainObject(spec) ||
      Object.keys(spec).length !== 1 ||
      spec.$sum !== 1
    )
      return null;
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
