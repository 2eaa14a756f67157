import { ObjectId, type Document } from 'bson';
import { canonicalKey, isPlainObject, shellString, valueAtPath } from './bson-values.js';
import { CommandError, badValue } from './errors.js';
import type { CollectionView, IndexBuckets, Lookup } from './store-view.js';
import { HashIndex } from './hash-index.js';

/** A change to persist; the database store adds `db`/`c` and hands it to the journal. */
export type CollectionChange =
  { t: 'put'; d: Document } | { t: 'del'; id: unknown } | { t: 'idx'; spec: Document } | { t: 'dropIdx'; name: string };

interface IndexEntry {
  spec: Document;
  /** Null for index types we keep only as metadata (text, 2dsphere, ...). */
  hash: HashIndex | null;
}

const ID_INDEX_SPEC: Document = { v: 2, key: { _id: 1 }, name: '_id_' };
const NOTHING_SHADOWED: ReadonlySet<string> = new Set();

/**
 * One collection's documents in insertion order, keyed by canonical `_id`, plus hash indexes.
 * Every mutation goes through here so indexes, unique constraints and the journal stay in step.
 */
export class CollectionStore implements CollectionView {
  private readonly docs = new Map<string, Document>();
  private readonly indexes = new Map<string, IndexEntry>();
  /** Equality lookup structures by field: the index itself when it is single-field, else a shadow. */
  private lookups = new Map<string, HashIndex>();
  private snapshot: Document[] | null = null;

  constructor(
    readonly ns: string,
    private readonly record: (change: CollectionChange) => void,
    readonly options: Document = {},
  ) {}

  get size(): number {
    return this.docs.size;
  }

  /** All documents in natural order; the array is cached between writes and must not be mutated. */
  all(): Document[] {
    return (this.snapshot ??= Array.from(this.docs.values()));
  }

  getById(id: unknown): Document | undefined {
    return this.docs.get(canonicalKey(id));
  }

  insert(doc: Document): Document {
    doc = withIdFirst(doc);
    const id = canonicalKey(doc._id);
    if (this.docs.has(id)) throw this.duplicateKey('_id_', { _id: 1 }, doc);
    this.checkUnique(id, doc);
    this.docs.set(id, doc);
    for (const hash of this.hashes()) hash.add(id, doc);
    this.snapshot = null;
    this.record({ t: 'put', d: doc });
    return doc;
  }

  /** Replaces a stored document by a new version with the same `_id`. */
  replace(current: Document, next: Document): void {
    const id = canonicalKey(current._id);
    next = sameIdFirst(current, next);
    for (const hash of this.hashes()) hash.remove(id, current);
    try {
      this.checkUnique(id, next);
    } catch (error) {
      for (const hash of this.hashes()) hash.add(id, current);
      throw error;
    }
    for (const hash of this.hashes()) hash.add(id, next);
    this.docs.set(id, next);
    this.snapshot = null;
    this.record({ t: 'put', d: next });
  }

  remove(doc: Document): void {
    const id = canonicalKey(doc._id);
    if (!this.docs.delete(id)) return;
    for (const hash of this.hashes()) hash.remove(id, doc);
    this.snapshot = null;
    this.record({ t: 'del', id: doc._id });
  }

  /**
   * Candidate documents for a filter taken from a hash index when the filter has a top-level
   * equality or `$in` on an indexed field (or `_id`), also inside a top-level `$and`; null means
   * "scan everything". `residual`, when present, is the filter without the clause the index
   * decided (every candidate satisfies that clause): running it over the candidates gives the
   * full filter's answer. `exact`: the residual matches everything, the index alone decided.
   */
  lookup(filter: Document | undefined): Lookup | null {
    if (!filter) return null;
    for (const field of Object.keys(filter)) {
      if (field.startsWith('$')) continue;
      const found = this.served(field, filter[field]);
      if (!found) continue;
      if (!found.decided) return { docs: found.docs, exact: false, field };
      const residual = { ...filter };
      delete residual[field];
      return { docs: found.docs, exact: matchesEverything(residual), residual, field };
    }
    if (Array.isArray(filter.$and)) {
      for (const [i, part] of filter.$and.entries()) {
        if (!isPlainObject(part)) continue;
        for (const field of Object.keys(part)) {
          if (field.startsWith('$')) continue;
          const found = this.served(field, part[field]);
          if (!found) continue;
          if (!found.decided) return { docs: found.docs, exact: false, field };
          const rest = { ...part };
          delete rest[field];
          const parts = filter.$and.slice();
          parts[i] = rest;
          const residual = { ...filter, $and: parts };
          return { docs: found.docs, exact: matchesEverything(residual), residual, field };
        }
      }
    }
    return null;
  }

  /**
   * The documents an equality-ish `condition` on `field` selects through `_id` or an index; `decided`:
   * they are exactly the matches of that clause (scalar equality through a canonical-key index is
   * MongoDB's match, missing and null included), so the clause needs no second pass.
   */
  private served(field: string, condition: unknown): { docs: Document[]; decided: boolean } | null {
    const values = equalityValues(condition);
    if (!values) return null;
    if (field === '_id') {
      return { docs: [...new Set(values.map(canonicalKey))].flatMap((id) => this.docs.get(id) ?? []), decided: true };
    }
    const index = this.lookups.get(field);
    if (!index) return null;
    const ids = new Set<string>();
    for (const v of values) for (const id of index.entries.get(canonicalKey(v)) ?? []) ids.add(id);
    return { docs: [...ids].map((id) => this.docs.get(id)!), decided: values.every((v) => !isPlainObject(v)) };
  }

  candidates(filter: Document | undefined): Document[] | null {
    return this.lookup(filter)?.docs ?? null;
  }

  /**
   * The id sets the equality lookup on `field` holds for `values` (one per distinct canonical key, in
   * the order the values first give it; empty when no document holds it), without reading a document;
   * null when no lookup serves the field. `multikey`: some document reaches the field through an
   * array, so a document may sit under several keys and its value there is not the key.
   */
  indexBuckets(field: string, values: unknown[]): IndexBuckets | null {
    const index = field === '_id' ? undefined : this.lookups.get(field);
    if (!index) return null;
    const buckets: IndexBuckets['buckets'] = [];
    const seen = new Set<string>();
    for (const value of values) {
      const key = canonicalKey(value);
      if (seen.has(key)) continue;
      seen.add(key);
      buckets.push({ value, ids: index.entries.get(key) ?? EMPTY_IDS });
    }
    return { field, buckets, multikey: index.multikeyDocs > 0 };
  }

  /** Specs of the unique indexes this store enforces (a transaction mirrors them for its own writes). */
  uniqueIndexSpecs(): Document[] {
    return [...this.indexes.values()].filter((entry) => entry.spec.unique && entry.hash).map((entry) => entry.spec);
  }

  /**
   * The unique-index violation storing `doc` as `id` would cause against the stored documents, not
   * counting those in `shadowed` (a transaction replaces or deletes them).
   */
  violation(id: string, doc: Document, shadowed: { has(id: string): boolean }): CommandError | undefined {
    for (const { spec, hash } of this.uniqueEntries()) {
      for (const key of hash.keysFor(doc)) {
        for (const holder of hash.entries.get(key) ?? []) {
          if (holder !== id && !shadowed.has(holder))
            return this.duplicateKey(spec.name as string, spec.key as Document, doc);
        }
      }
    }
    return undefined;
  }

  /**
   * The first unique-index violation a transaction's writes (canonical id → new version, or null for
   * a delete) would cause if applied together; nothing changes. Documents the batch replaces or
   * deletes no longer hold their keys, so swaps inside one transaction are fine.
   */
  batchViolation(writes: ReadonlyMap<string, Document | null>): CommandError | undefined {
    for (const [id, doc] of writes) {
      const found = doc && this.violation(id, doc, writes);
      if (found) return found;
    }
    for (const { spec, hash } of this.uniqueEntries()) {
      const claimed = new Map<string, string>();
      for (const [id, doc] of writes) {
        for (const key of doc ? hash.keysFor(doc) : []) {
          const holder = claimed.get(key);
          if (holder !== undefined && holder !== id)
            return this.duplicateKey(spec.name as string, spec.key as Document, doc!);
          claimed.set(key, id);
        }
      }
    }
    return undefined;
  }

  /** Applies writes `batchViolation` accepted, recording each change; indexes are consistent only at the end. */
  applyBatch(writes: ReadonlyMap<string, Document | null>): void {
    for (const [id, doc] of writes) {
      const current = this.docs.get(id);
      if (current) for (const hash of this.hashes()) hash.remove(id, current);
      if (doc) {
        for (const hash of this.hashes()) hash.add(id, doc);
        this.docs.set(id, doc);
        this.record({ t: 'put', d: doc });
      } else if (current) {
        this.docs.delete(id);
        this.record({ t: 'del', id: current._id });
      }
    }
    this.snapshot = null;
  }

  indexSpecs(): Document[] {
    return [ID_INDEX_SPEC, ...[...this.indexes.values()].map((entry) => entry.spec)];
  }

  /** Creates an index; returns false when an identical one already exists. */
  createIndex(spec: Document): boolean {
    const { key, name } = spec;
    if (!isPlainObject(key) || Object.keys(key).length === 0)
      throw badValue('Index key pattern must be a non-empty object');
    if (typeof name !== 'string' || name === '') throw badValue('Index name must be a non-empty string');
    if (name === '_id_' || isIdPattern(key)) return false;
    const existing = this.indexes.get(name);
    if (existing) {
      if (canonicalKey(existing.spec.key) !== canonicalKey(key)) {
        throw new CommandError(
          86,
          'IndexKeySpecsConflict',
          `An existing index has the same name as the requested index. Requested index: ${shellString(spec)}, existing index: ${shellString(existing.spec)}`,
        );
      }
      if (Boolean(existing.spec.unique) !== Boolean(spec.unique)) {
        throw new CommandError(
          85,
          'IndexOptionsConflict',
          `An existing index has the same name as the requested index but different options: ${name}`,
        );
      }
      return false;
    }
    for (const other of this.indexes.values()) {
      if (
        canonicalKey(other.spec.key) === canonicalKey(key) &&
        Boolean(other.spec.unique) === Boolean(spec.unique) &&
        !spec.partialFilterExpression
      ) {
        if (other.spec.name === name) return false;
        throw new CommandError(
          85,
          'IndexOptionsConflict',
          `Index already exists with a different name: ${other.spec.name}`,
        );
      }
    }
    const hash = isHashable(key) ? HashIndex.forSpec(spec) : null;
    if (hash) {
      for (const [id, doc] of this.docs) {
        if (spec.unique && hash.conflict(id, doc) !== undefined) throw this.duplicateKey(name, key, doc);
        hash.add(id, doc);
      }
    }
    const stored: Document = { v: 2, ...spec };
    this.indexes.set(name, { spec: stored, hash });
    this.rebuildLookups();
    this.record({ t: 'idx', spec: stored });
    return true;
  }

  dropIndex(name: string): void {
    if (!this.indexes.delete(name)) {
      throw new CommandError(27, 'IndexNotFound', `index not found with name [${name}]`);
    }
    this.rebuildLookups();
    this.record({ t: 'dropIdx', name });
  }

  findIndexNameByKey(key: Document): string | undefined {
    for (const entry of this.indexes.values()) {
      if (canonicalKey(entry.spec.key) === canonicalKey(key)) return entry.spec.name as string;
    }
    return undefined;
  }

  private *uniqueEntries(): Iterable<{ spec: Document; hash: HashIndex }> {
    for (const { spec, hash } of this.indexes.values()) if (spec.unique && hash) yield { spec, hash };
  }

  private *hashes(): Iterable<HashIndex> {
    for (const entry of this.indexes.values()) if (entry.hash) yield entry.hash;
    for (const hash of this.lookups.values()) if (!this.isIndexHash(hash)) yield hash;
  }

  private isIndexHash(hash: HashIndex): boolean {
    for (const entry of this.indexes.values()) if (entry.hash === hash) return true;
    return false;
  }

  /**
   * The index spec behind the equality lookup on `field` (what explain names): `_id_`, the complete
   * single-field index on it, else the first hashable index it leads (the lookup is a shadow built
   * on that index's leading field, as `rebuildLookups` does). Undefined: no lookup serves the field.
   */
  lookupIndexSpec(field: string): Document | undefined {
    if (field === '_id') return ID_INDEX_SPEC;
    const hashed = [...this.indexes.values()].filter((entry) => entry.hash && entry.hash.fields[0] === field);
    return (hashed.find((entry) => entry.hash!.complete && entry.hash!.fields.length === 1) ?? hashed[0])?.spec;
  }

  /** Equality lookups need a complete single-field index per leading field; build shadows as needed. */
  private rebuildLookups(): void {
    const next = new Map<string, HashIndex>();
    for (const entry of this.indexes.values()) {
      if (entry.hash?.complete && entry.hash.fields.length === 1) next.set(entry.hash.fields[0], entry.hash);
    }
    for (const entry of this.indexes.values()) {
      const first = entry.hash?.fields[0];
      if (!first || next.has(first)) continue;
      const shadow = this.lookups.get(first);
      if (shadow && shadow.complete && shadow.fields.length === 1) next.set(first, shadow);
      else {
        const built = new HashIndex([first]);
        for (const [id, doc] of this.docs) built.add(id, doc);
        next.set(first, built);
      }
    }
    this.lookups = next;
  }

  private checkUnique(id: string, doc: Document): void {
    const violation = this.violation(id, doc, NOTHING_SHADOWED);
    if (violation) throw violation;
  }

  private duplicateKey(indexName: string, keyPattern: Document, doc: Document): CommandError {
    return duplicateKeyError(this.ns, indexName, keyPattern, doc);
  }
}

/** MongoDB's E11000 error for `doc` colliding on an index of collection `ns`. */
export function duplicateKeyError(ns: string, indexName: string, keyPattern: Document, doc: Document): CommandError {
  const keyValue: Document = {};
  for (const field of Object.keys(keyPattern)) keyValue[field] = valueAtPath(doc, field) ?? null;
  const shown = Object.entries(keyValue)
    .map(([k, v]) => `${k}: ${shellString(v)}`)
    .join(', ');
  return new CommandError(
    11000,
    'DuplicateKey',
    `E11000 duplicate key error collection: ${ns} index: ${indexName} dup key: { ${shown} }`,
    { keyPattern, keyValue },
  );
}

/** A new document as stored: `_id` generated when absent, validated, and always the first field. */
export function withIdFirst(doc: Document): Document {
  if (doc._id === undefined) doc = { _id: new ObjectId(), ...doc };
  else if (Object.keys(doc)[0] !== '_id') doc = { _id: doc._id, ...doc };
  validateId(doc._id);
  return doc;
}

/** The next version of a stored document, refused when an update would change its `_id`. */
export function sameIdFirst(current: Document, next: Document): Document {
  if (canonicalKey(current._id) !== canonicalKey(next._id)) {
    throw new CommandError(
      66,
      'ImmutableField',
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    );
  }
  return Object.keys(next)[0] === '_id' ? next : { _id: next._id, ...next };
}

const EMPTY_IDS: ReadonlySet<string> = new Set();

/** A filter every document matches: no conditions, or only non-empty `$and`s of such filters. */
export function matchesEverything(filter: Document): boolean {
  for (const [key, value] of Object.entries(filter)) {
    if (key !== '$and' || !Array.isArray(value) || value.length === 0) return false;
    if (!value.every((part) => isPlainObject(part) && matchesEverything(part))) return false;
  }
  return true;
}

/** The values an equality-ish condition accepts, or null when it is not one a hash index can serve. */
export function equalityValues(condition: unknown): unknown[] | null {
  if (isPlainObject(condition)) {
    const keys = Object.keys(condition);
    if (keys.length !== 1) return keys.some((k) => k.startsWith('$')) ? null : [condition];
    if (keys[0] === '$eq') return hashable(condition.$eq) ? [condition.$eq] : null;
    if (keys[0] === '$in' && Array.isArray(condition.$in)) return condition.$in.every(hashable) ? condition.$in : null;
    return keys[0].startsWith('$') ? null : [condition];
  }
  return hashable(condition) ? [condition] : null;
}

/** Arrays, regexes and sub-documents match in ways a canonical-key lookup cannot reproduce. */
function hashable(value: unknown): boolean {
  return !(Array.isArray(value) || value instanceof RegExp || isPlainObject(value));
}

function isHashable(key: Document): boolean {
  return Object.values(key).every((direction) => direction === 1 || direction === -1);
}

function isIdPattern(key: Document): boolean {
  const fields = Object.keys(key);
  return fields.length === 1 && fields[0] === '_id';
}

function validateId(id: unknown): void {
  if (Array.isArray(id)) throw badValue("The '_id' value cannot be of type array");
  if (id instanceof RegExp) throw badValue("can't use a regex for _id");
}
