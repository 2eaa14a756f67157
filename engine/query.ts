import type { Document } from 'bson';
import { Query } from 'mingo';
import type { Options } from 'mingo/types';
import { BAIL, compileFilter, groupedByExpressions } from './compiled-group.js';
import { groupedByField } from './grouped-pages.js';
import { groupCountFromIndex } from './index-counts.js';
import { BASE_OPTIONS, select, TickingAggregator } from './mingo-options.js';
import { tick, ticking } from './deadline.js';
import { sortedByScalars } from './scalar-sort.js';
import { cloneDocument, isPlainObject } from './bson-values.js';
import { matchesEverything } from './collection-store.js';
import type { CollectionView, QueryTrace, StoreView } from './store-view.js';

interface FindOptions {
  filter?: Document;
  sort?: Document;
  projection?: Document;
  skip?: number;
  limit?: number;
}

/** A trace to fill in, for `explain`. */
export function newTrace(): QueryTrace {
  return { lookup: null, source: [], predicate: null, foreign: 0 };
}

/** The documents of a collection matching a filter, narrowed through a hash index when possible. */
export function matching(
  collection: CollectionView | undefined,
  filter: Document = {},
  trace?: QueryTrace,
): Document[] {
  if (!collection) return [];
  const found = collection.lookup(filter);
  const source = found?.docs ?? collection.all();
  const predicate = found?.exact || Object.keys(filter).length === 0 ? null : (found?.residual ?? filter);
  const matched = found?.exact ? found.docs : predicate ? select(predicate, source) : source.slice();
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
  const matched = filters ? select(predicate, source) : source.slice();
  if (trace)
    Object.assign(trace, { lookup: found, source, predicate: filters ? predicate : null, matched: matched.length });
  const sorted = sort ? sortedByScalars(matched, sort) : matched;
  if (sorted) {
    // mingo's cursor order: sort, skip, limit, then the projection.
    const start = options.skip ?? 0;
    const page = options.limit
      ? sorted.slice(start, start + Math.abs(options.limit))
      : start
        ? sorted.slice(start)
        : sorted;
    return projection ? new Query({}, BASE_OPTIONS).find<Document>(ticking(page), projection).all() : page;
  }
  let cursor = new Query({}, BASE_OPTIONS).find<Document>(ticking(matched), projection);
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

export function aggregate(
  data: StoreView,
  db: string,
  collection: CollectionView | undefined,
  pipeline: Document[],
  trace?: QueryTrace,
): Document[] {
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
  const copy = MUTATING_STAGE.test(JSON.stringify(pipeline))
    ? (docs: Document[]) => docs.map(cloneTicking)
    : (docs: Document[]) => docs.slice();
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
  return new TickingAggregator(pipeline, options).run(copy(input)) as Document[];
}

/** The documents of `docs` matching `filter`, in order: through `compileFilter` when it takes the filter and every document, else mingo's Query. */
function filtered(docs: Document[], filter: Document): Document[] {
  if (matchesEverything(filter)) return docs;
  const test = compileFilter(filter);
  if (test) {
    const kept: Document[] = [];
    let bail = false;
    for (const doc of docs) {
      tick();
      const r = test(doc);
      if (r === BAIL) {
        bail = true;
        break;
      }
      if (r) kept.push(doc);
    }
    if (!bail) return kept;
  }
  return select(filter, docs);
}

function cloneTicking(doc: Document): Document {
  tick();
  return cloneDocument(doc);
}

function withoutNatural(sort: Document | undefined): Document | undefined {
  if (!sort) return undefined;
  const entries = Object.entries(sort).filter(([key]) => key !== '$natural');
  return entries.length ? Object.fromEntries(entries) : undefined;
}
