import type { Document } from 'bson';
import { Query } from 'mingo';
import { canonicalKey, valuesAtPath } from './bson-values.js';

/**
 * An in-memory hash index over one or more document paths: canonical key → ids of the documents
 * holding it. Serves unique-constraint checks and equality / `$in` candidate lookups in O(1).
 */
export class HashIndex {
  readonly entries = new Map<string, Set<string>>();
  /**
   * How many held documents reach an indexed path through an array (MongoDB's multikey): while it is
   * 0, every held document sits under exactly one key and holds a scalar there.
   */
  multikeyDocs = 0;
  private readonly partial: Query | null;

  constructor(
    readonly fields: string[],
    readonly sparse = false,
    partialFilter?: Document,
  ) {
    this.partial = partialFilter ? new Query(partialFilter, { scriptEnabled: false }) : null;
  }

  /** The hash structure for an index spec `{ key, sparse?, partialFilterExpression? }`. */
  static forSpec(spec: Document): HashIndex {
    return new HashIndex(
      Object.keys(spec.key as Document),
      Boolean(spec.sparse),
      spec.partialFilterExpression as Document | undefined,
    );
  }

  /** Whether lookups through this index see every document (so a miss really means "no match"). */
  get complete(): boolean {
    return !this.sparse && !this.partial;
  }

  /** The index keys a document contributes; empty when a sparse or partial index skips it. */
  keysFor(doc: Document): string[] {
    if (this.partial && !this.partial.test(doc)) return [];
    let keys = [''];
    for (const [i, field] of this.fields.entries()) {
      const values = valuesAtPath(doc, field);
      if (this.sparse && values.every((v) => v === undefined)) return [];
      const parts = [...new Set(values.map(canonicalKey))];
      keys = keys.flatMap((prefix) => parts.map((part) => (i === 0 ? part : `${prefix}|${part}`)));
    }
    return keys;
  }

  add(id: string, doc: Document): void {
    let added = false;
    for (const key of this.keysFor(doc)) {
      let ids = this.entries.get(key);
      if (!ids) this.entries.set(key, (ids = new Set()));
      if (!ids.has(id)) added = true;
      ids.add(id);
    }
    if (added && this.fields.some((field) => reachesArray(doc, field))) this.multikeyDocs++;
  }

  remove(id: string, doc: Document): void {
    let removed = false;
    for (const key of this.keysFor(doc)) {
      const ids = this.entries.get(key);
      if (!ids) continue;
      if (ids.delete(id)) removed = true;
      if (ids.size === 0) this.entries.delete(key);
    }
    if (removed && this.fields.some((field) => reachesArray(doc, field))) this.multikeyDocs--;
  }

  /** The first key of `doc` already held by a document other than `id`, if any. */
  conflict(id: string, doc: Document): string | undefined {
    for (const key of this.keysFor(doc)) {
      const ids = this.entries.get(key);
      if (!ids) continue;
      for (const other of ids) if (other !== id) return key;
    }
    return undefined;
  }
}

/** Whether a dotted path meets an array anywhere in `doc` (on the way or as the value). */
function reachesArray(value: unknown, path: string): boolean {
  for (const part of path.split('.')) {
    if (Array.isArray(value)) return true;
    if (value === null || typeof value !== 'object' || value instanceof Date) return false;
    value = (value as Document)[part];
  }
  return Array.isArray(value);
}
