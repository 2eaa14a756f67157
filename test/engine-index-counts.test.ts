import { describe, expect, it } from 'vitest';
import type { Document } from 'bson';
import { CollectionStore } from '../engine/collection-store.js';
import { countFromIndex } from '../engine/index-counts.js';
import { aggregate, matching, newTrace } from '../engine/query.js';
import type { CollectionView, StoreView } from '../engine/store-view.js';
import { TransactionCollection } from '../engine/transactions/transaction-view.js';

/** The same collection without index counts: every read takes the document path. */
function documentPath(collection: CollectionView): CollectionView {
  return new Proxy(collection, {
    get(target, property) {
      if (property === 'indexBuckets') return () => null;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function store(docs: Document[], indexes: Document[] = [{ org: 1 }]): CollectionStore {
  const collection = new CollectionStore('t.c', () => {});
  for (const [i, key] of indexes.entries()) collection.createIndex({ key, name: `i${i}` });
  for (const doc of docs) collection.insert(doc);
  return collection;
}

const data = (collection: CollectionView): StoreView => ({ get: () => collection, ensure: () => collection });

const SCALARS: Document[] = [
  { _id: 1, org: 'A', k: 1 },
  { _id: 2, org: 'B' },
  { _id: 3, org: 'A' },
  { _id: 4 },
  { _id: 5, org: null },
  { _id: 6, org: 'C' },
  { _id: 7, org: 3 },
  { _id: 8, org: 'B' },
  { _id: 9, org: 'A' },
  { _id: 10, org: 3 },
];
const WITH_ARRAYS: Document[] = [
  ...SCALARS,
  { _id: 11, org: ['A', 'B'] },
  { _id: 12, org: ['Z'] },
  { _id: 13, org: [] },
];

const FILTERS: Document[] = [
  { org: 'A' },
  { org: { $eq: 'B' } },
  { org: { $in: ['B', 'A', 'Z', 'A'] } },
  { org: { $in: ['C', 'absent'] } },
  { org: { $in: [] } },
  { org: 'absent' },
  { org: null },
  { org: { $in: [null, 'A'] } },
  { org: { $in: ['A', 3] } },
  { org: 3 },
  { org: { $in: ['Z', 'A', 'B'] } },
  { $and: [{}, { org: { $in: ['B', 'C'] } }] },
  { $and: [{ org: 'A' }, { k: 1 }] },
  { org: 'A', k: 1 },
  { org: { $in: ['A', /B/] } },
];

const GROUPS: Document[] = [
  { _id: '$org', n: { $sum: 1 } },
  { _id: '$org', n: { $sum: 1 }, m: { $sum: 1 } },
  { _id: 1, n: { $sum: 1 } },
  { _id: null, count: { $sum: 1 } },
  { _id: 'all', n: { $sum: 1 } },
  { _id: true, n: { $sum: 1 } },
  { _id: '$k', n: { $sum: 1 } },
  { _id: '$org', n: { $sum: 2 } },
];

describe('engine: counts read off a hash index', () => {
  for (const [label, docs, indexes] of [
    ['scalars, single-field index', SCALARS, [{ org: 1 }]],
    ['arrays (multikey)', WITH_ARRAYS, [{ org: 1 }]],
    ['compound index (shadow lookup)', SCALARS, [{ org: 1, k: 1 }]],
    ['arrays under a compound index', WITH_ARRAYS, [{ org: 1, k: -1 }]],
  ] as Array<[string, Document[], Document[]]>) {
    it(`answers exactly as the document path: ${label}`, () => {
      const collection = store(docs, indexes);
      const slow = documentPath(collection);
      let indexed = 0;
      for (const filter of FILTERS) {
        for (const group of GROUPS) {
          const pipeline = [{ $match: filter }, { $group: group }];
          const trace = newTrace();
          const fast = aggregate(data(collection), 't', collection, pipeline, trace);
          if (trace.counted !== undefined) indexed++;
          const expected = aggregate(data(slow), 't', slow, pipeline);
          expect(JSON.stringify(fast), JSON.stringify(pipeline)).toBe(JSON.stringify(expected));
        }
        const counted = countFromIndex(collection, filter);
        if (counted !== null) expect(counted, JSON.stringify(filter)).toBe(matching(slow, filter).length);
      }
      // The comparison is not vacuous: many of these shapes are counted off the index.
      expect(indexed).toBeGreaterThan(30);
    });
  }

  it('reads no document where the index decides, and says how many ids it counted', () => {
    const collection = store(SCALARS);
    const trace = newTrace();
    const rows = aggregate(
      data(collection),
      't',
      collection,
      [{ $match: { org: { $in: ['B', 'A', 'absent'] } } }, { $group: { _id: '$org', n: { $sum: 1 } } }],
      trace,
    );
    expect(rows).toEqual([
      { _id: 'B', n: 2 },
      { _id: 'A', n: 3 },
    ]);
    expect(trace.counted).toBe(5);
    expect(trace.source).toEqual([]);
    expect(trace.lookup?.field).toBe('org');
    // Non-string group keys (null, numbers) and arrays go the document path.
    expect(countFromIndex(collection, { org: { $in: ['A', 'B'] }, k: 1 })).toBeNull();
    const other = newTrace();
    aggregate(
      data(collection),
      't',
      collection,
      [{ $match: { org: { $in: ['A', 3] } } }, { $group: { _id: '$org', n: { $sum: 1 } } }],
      other,
    );
    expect(other.counted).toBeUndefined();
    expect(store(WITH_ARRAYS).indexBuckets('org', ['A'])?.multikey).toBe(true);
  });

  it('keeps the multikey count in step with writes', () => {
    const collection = store(SCALARS);
    expect(collection.indexBuckets('org', ['A'])?.multikey).toBe(false);
    collection.insert({ _id: 20, org: ['A'] });
    expect(collection.indexBuckets('org', ['A'])?.multikey).toBe(true);
    collection.replace(collection.getById(20)!, { _id: 20, org: 'A' });
    expect(collection.indexBuckets('org', ['A'])?.multikey).toBe(false);
    collection.insert({ _id: 21, org: { deep: ['x'] } });
    collection.remove(collection.getById(21)!);
    expect(collection.indexBuckets('org', ['A'])?.multikey).toBe(false);
    expect(collection.indexBuckets('org', ['A'])?.buckets[0].ids.size).toBe(4);
  });

  it("counts inside a transaction see the transaction's own writes", () => {
    const base = store(SCALARS);
    const txn = new TransactionCollection('t', 'c', base, () => {});
    const pipeline = [{ $match: { org: { $in: ['A', 'B'] } } }, { $group: { _id: '$org', n: { $sum: 1 } } }];
    expect(aggregate(data(txn), 't', txn, pipeline)).toEqual([
      { _id: 'A', n: 3 },
      { _id: 'B', n: 2 },
    ]);
    txn.insert({ _id: 30, org: 'B' });
    txn.remove(base.getById(1)!);
    expect(aggregate(data(txn), 't', txn, pipeline)).toEqual(
      aggregate(data(documentPath(txn)), 't', documentPath(txn), pipeline),
    );
    expect(aggregate(data(txn), 't', txn, pipeline)).toEqual([
      { _id: 'A', n: 2 },
      { _id: 'B', n: 3 },
    ]);
    expect(aggregate(data(txn), 't', txn, [{ $match: { org: 'B' } }, { $group: { _id: 1, n: { $sum: 1 } } }])).toEqual([
      { _id: 1, n: 3 },
    ]);
    expect(countFromIndex(txn, { org: 'B' })).toBeNull();
    // The committed store is untouched until commit.
    expect(countFromIndex(base, { org: 'B' })).toBe(2);
  });
});
