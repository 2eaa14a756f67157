import type { Document } from 'bson';
import { CollectionStore, type CollectionChange } from './collection-store.js';
import type { StoreView } from './store-view.js';
import { invalidNamespace } from './errors.js';

/** One durable change, as written to the journal and replayed from it. */
export type StoreChange =
  | ({ db: string; c: string } & CollectionChange)
  | { t: 'create'; db: string; c: string; o: Document }
  | { t: 'drop'; db: string; c: string }
  | { t: 'dropDb'; db: string };

/**
 * All databases and collections. Mutations are recorded as `StoreChange`s; the server takes them
 * after each command and journals them with one fsync before replying.
 */
export class DatabaseStore implements StoreView {
  private readonly dbs = new Map<string, Map<string, CollectionStore>>();
  private pending: StoreChange[] = [];
  /** While replaying the journal, changes are applied but not recorded again. */
  private recording = true;

  takeChanges(): StoreChange[] {
    const changes = this.pending;
    this.pending = [];
    return changes;
  }

  databaseNames(): string[] {
    return [...this.dbs.keys()].filter((db) => (this.dbs.get(db)?.size ?? 0) > 0);
  }

  collections(db: string): Map<string, CollectionStore> {
    return this.dbs.get(db) ?? new Map();
  }

  get(db: string, name: string): CollectionStore | undefined {
    return this.dbs.get(db)?.get(name);
  }

  /** The collection, created implicitly (as MongoDB does on first write) when absent. */
  ensure(db: string, name: string, options: Document = {}): CollectionStore {
    const existing = this.get(db, name);
    if (existing) return existing;
    validateNames(db, name);
    let collections = this.dbs.get(db);
    if (!collections) this.dbs.set(db, (collections = new Map()));
    const collection = new CollectionStore(`${db}.${name}`, (change) => this.push({ db, c: name, ...change }), options);
    collections.set(name, collection);
    this.push({ t: 'create', db, c: name, o: options });
    return collection;
  }

  drop(db: string, name: string): boolean {
    const dropped = this.dbs.get(db)?.delete(name) ?? false;
    if (dropped) this.push({ t: 'drop', db, c: name });
    return dropped;
  }

  dropDatabase(db: string): void {
    if (this.dbs.delete(db)) this.push({ t: 'dropDb', db });
  }

  /** Re-applies a journalled change (replay on startup); never re-records it. */
  apply(change: StoreChange): void {
    this.recording = false;
    try {
      switch (change.t) {
        case 'create':
          this.ensure(change.db, change.c, change.o);
          break;
        case 'drop':
          this.drop(change.db, change.c);
          break;
        case 'dropDb':
          this.dropDatabase(change.db);
          break;
        case 'put': {
          const collection = this.ensure(change.db, change.c);
          const current = collection.getById(change.d._id);
          if (current) collection.replace(current, change.d);
          else collection.insert(change.d);
          break;
        }
        case 'del': {
          const collection = this.get(change.db, change.c);
          const current = collection?.getById(change.id);
          if (current) collection!.remove(current);
          break;
        }
        case 'idx':
          this.ensure(change.db, change.c).createIndex(change.spec);
          break;
        case 'dropIdx':
          this.get(change.db, change.c)?.dropIndex(change.name);
          break;
      }
    } finally {
      this.recording = true;
    }
  }

  /** Every change needed to rebuild the current state: the content of a snapshot. */
  *dump(): Iterable<StoreChange> {
    for (const [db, collections] of this.dbs) {
      for (const [c, collection] of collections) {
        yield { t: 'create', db, c, o: collection.options };
        for (const spec of collection.indexSpecs().slice(1)) yield { t: 'idx', db, c, spec };
        for (const d of collection.all()) yield { t: 'put', db, c, d };
      }
    }
  }

  private push(change: StoreChange): void {
    if (this.recording) this.pending.push(change);
  }
}

export function validateNames(db: string, name: string): void {
  if (!db || /[/\\. "$\0]/.test(db)) throw invalidNamespace(`Invalid database name: '${db}'`);
  if (!name || name.includes('\0') || name.startsWith('$') || name.startsWith('.')) {
    throw invalidNamespace(`Invalid collection name: '${name}'`);
  }
}
