import type { Document } from 'bson';

/**
 * What reads and writes need from one collection. The committed `CollectionStore` is one; a
 * transaction's overlay (committed documents plus the transaction's own pending writes) is another,
 * so the CRUD commands run unchanged inside and outside transactions.
 */
export interface CollectionView {
  readonly ns: string;
  readonly size: number;
  /** All documents in natural order; must not be mutated. */
  all(): Document[];
  getById(id: unknown): Document | undefined;
  /** Index-narrowed candidates for a filter (see `CollectionStore.lookup`); null means "scan all". */
  lookup(filter: Document | undefined): Lookup | null;
  candidates(filter: Document | undefined): Document[] | null;
  /**
   * The index's id sets for equality values on `field` (see `CollectionStore.indexBuckets`), for
   * counts read off the index; null when they would not be exactly what a read sees.
   */
  indexBuckets(field: string, values: unknown[]): IndexBuckets | null;
  insert(doc: Document): Document;
  replace(current: Document, next: Document): void;
  remove(doc: Document): void;
}

/** The databases as reads and writes see them: the committed store, or a transaction's view of it. */
export interface StoreView {
  get(db: string, name: string): CollectionView | undefined;
  /** The collection, created implicitly (as MongoDB does on first write) when absent. */
  ensure(db: string, name: string): CollectionView;
}

/** What `CollectionStore.indexBuckets` read off an index. */
export interface IndexBuckets {
  field: string;
  buckets: Array<{ value: unknown; ids: ReadonlySet<string> }>;
  multikey: boolean;
}

/** What an index lookup found; see `CollectionStore.lookup`. */
export interface Lookup {
  docs: Document[];
  exact: boolean;
  residual?: Document;
  /** The field whose equality / `$in` clause the lookup served (`_id` or an index's leading field). */
  field: string;
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
