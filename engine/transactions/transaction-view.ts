import type { Document } from 'bson';
import { canonicalKey } from '../bson-values.js';
import { duplicateKeyError, sameIdFirst, withIdFirst, type CollectionStore } from '../collection-store.js';
import type { CollectionView, IndexBuckets, Lookup, StoreView } from '../store-view.js';
import { validateNames, type DatabaseStore } from '../database-store.js';
import type { CommandError } from '../errors.js';
import { HashIndex } from '../hash-index.js';

/** Called before a transaction writes a document; throws WriteConflict when another writer holds it. */
type ClaimDocument = (ns: string, id: string) => void;

/**
 * One collection as a transaction sees it: the committed documents (read-committed: later commits
 * show through) overlaid with the transaction's own pending writes, which nobody else sees.
 */
export class TransactionCollection implements CollectionView {
  readonly ns: string;
  /** Canonical id → the transaction's version of the document, or null where it deleted it. */
  readonly writes = new Map<string, Document | null>();
  /** The committed unique indexes mirrored over the pending documents, for write-time E11000. */
  private readonly pendingUnique: Array<{ spec: Document; hash: HashIndex }>;
  private merged: { from: Document[]; docs: Document[] } | null = null;

  constructor(
    readonly db: string,
    readonly name: string,
    /** The committed collection when the transaction first touched it (undefined: created by the transaction). */
    readonly base: CollectionStore | undefined,
    private readonly claim: ClaimDocument,
  ) {
    this.ns = `${db}.${name}`;
    this.pendingUnique = (base?.uniqueIndexSpecs() ?? []).map((spec) => ({ spec, hash: HashIndex.forSpec(spec) }));
  }

  get size(): number {
    return this.all().length;
  }

  all(): Document[] {
    const committed = this.base?.all() ?? [];
    if (this.writes.size === 0) return committed;
    if (this.merged?.from !== committed) this.merged = { from: committed, docs: this.overlay(committed) };
    return this.merged.docs;
  }

  getById(id: unknown): Document | undefined {
    const key = canonicalKey(id);
    return this.writes.has(key) ? (this.writes.get(key) ?? undefined) : this.base?.getById(id);
  }

  lookup(filter: Document | undefined): Lookup | null {
    const found = this.base?.lookup(filter) ?? null;
    if (this.writes.size === 0 || !found) return found;
    // Pending documents are candidates too; the full filter decides.
    return { docs: this.overlay(found.docs), exact: false, field: found.field };
  }

  candidates(filter: Document | undefined): Document[] | null {
    return this.lookup(filter)?.docs ?? null;
  }

  /** The committed index only while this transaction has no pending writes here (they are in no index). */
  indexBuckets(field: string, values: unknown[]): IndexBuckets | null {
    return this.writes.size === 0 ? (this.base?.indexBuckets(field, values) ?? null) : null;
  }

  insert(doc: Document): Document {
    doc = withIdFirst(doc);
    if (this.getById(doc._id)) throw duplicateKeyError(this.ns, '_id_', { _id: 1 }, doc);
    this.write(canonicalKey(doc._id), doc);
    return doc;
  }

  replace(current: Document, next: Document): void {
    this.write(canonicalKey(current._id), sameIdFirst(current, next));
  }

  remove(doc: Document): void {
    this.write(canonicalKey(doc._id), null);
  }

  private write(id: string, doc: Document | null): void {
    this.claim(this.ns, id);
    const violation = doc && this.violation(id, doc);
    if (violation) throw violation;
    const previous = this.writes.get(id);
    for (const { hash } of this.pendingUnique) {
      if (previous) hash.remove(id, previous);
      if (doc) hash.add(id, doc);
    }
    this.writes.set(id, doc);
    this.merged = null;
  }

  private violation(id: string, doc: Document): CommandError | undefined {
    const committed = this.base?.violation(id, doc, this.writes);
    if (committed) return committed;
    for (const { spec, hash } of this.pendingUnique) {
      if (hash.conflict(id, doc) !== undefined)
        return duplicateKeyError(this.ns, spec.name as string, spec.key as Document, doc);
    }
    return undefined;
  }

  /** Committed documents with this transaction's versions substituted, deletions dropped, inserts appended. */
  private overlay(committed: Document[]): Document[] {
    const docs: Document[] = [];
    const substituted = new Set<string>();
    for (const doc of committed) {
      const id = canonicalKey(doc._id);
      if (!this.writes.has(id)) docs.push(doc);
      else {
        substituted.add(id);
        const mine = this.writes.get(id);
        if (mine) docs.push(mine);
      }
    }
    for (const [id, doc] of this.writes) if (doc && !substituted.has(id)) docs.push(doc);
    return docs;
  }
}

/** The databases as one transaction sees them; collections are overlaid on first use. */
export class TransactionView implements StoreView {
  private readonly collections = new Map<string, TransactionCollection>();

  constructor(
    private readonly store: DatabaseStore,
    private readonly claim: ClaimDocument,
  ) {}

  get(db: string, name: string): TransactionCollection | undefined {
    const key = `${db}.${name}`;
    let collection = this.collections.get(key);
    if (!collection) {
      const base = this.store.get(db, name);
      if (!base) return undefined;
      this.collections.set(key, (collection = new TransactionCollection(db, name, base, this.claim)));
    }
    return collection;
  }

  ensure(db: string, name: string): TransactionCollection {
    const existing = this.get(db, name);
    if (existing) return existing;
    validateNames(db, name);
    const created = new TransactionCollection(db, name, undefined, this.claim);
    this.collections.set(`${db}.${name}`, created);
    return created;
  }

  /** The collections this transaction wrote to. */
  written(): TransactionCollection[] {
    return [...this.collections.values()].filter((collection) => collection.writes.size > 0);
  }
}
