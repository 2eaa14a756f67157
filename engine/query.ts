import type { Document } from 'bson';
import { Aggregator, Query } from 'mingo';
import type { Options } from 'mingo/types';
import { cloneDocument, isPlainObject } from './bson-values.js';
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
  return new Query(filter, BASE_OPTIONS).find(source).all() as Document[];
}

export function find(collection: CollectionView | undefined, options: FindOptions): Document[] {
  if (!collection) return [];
  const filter = options.filter ?? {};
  const found = collection.lookup(filter);
  const source = found?.docs ?? collection.all();
  const projection = options.projection && Object.keys(options.projection).length ? options.projection : undefined;
  let cursor = new Query(found?.exact ? {} : filter, BASE_OPTIONS).find<Document>(source.slice(), projection);
  const sort = withoutNatural(options.sort);
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
  const candidates = collection && isPlainObject(first?.$match) ? collection.candidates(first.$match) : null;
  const source = candidates ?? collection?.all() ?? [];
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
