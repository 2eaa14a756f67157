import type { Document } from 'bson';
import type { IndexBuckets, Lookup } from './collection-store.js';

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
