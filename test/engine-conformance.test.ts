import { describe, expect, it } from 'vitest';
import { MongoServerError, ObjectId } from 'mongodb';
import mongoose from 'mongoose';
import { engineTargets, useTarget } from './utils/engine-targets.js';

interface Item {
  n?: number;
  list?: number[];
  set?: string[];
  nested?: { a?: number; b?: number };
  grades?: Array<{ g: number; ok?: boolean }>;
  top?: number;
  peak?: number;
  flag?: boolean;
  replaced?: boolean;
}

describe.each(engineTargets())('conformance: $name', (target) => {
  const server = useTarget(target, 'conformance');

  it('does CRUD with query operators', async () => {
    const people = server.db.collection('people');
    await people.insertMany([
      { name: 'Li', age: 30, tags: ['a', 'b'], address: { city: 'Beijing' } },
      { name: 'Wang', age: 40, tags: ['b'], address: { city: 'Shanghai' } },
      { name: 'Zhao', age: 50, tags: [], address: { city: 'Beijing' } },
    ]);
    const names = async (filter: object) => (await people.find(filter).sort({ name: 1 }).toArray()).map((p) => p.name);
    expect(await names({ age: { $gt: 30, $lte: 50 } })).toEqual(['Wang', 'Zhao']);
    expect(await names({ name: { $in: ['Li', 'Zhao'] } })).toEqual(['Li', 'Zhao']);
    expect(await names({ name: { $nin: ['Li'] }, age: { $ne: 50 } })).toEqual(['Wang']);
    expect(await names({ $or: [{ age: 30 }, { 'address.city': 'Shanghai' }] })).toEqual(['Li', 'Wang']);
    expect(await names({ tags: 'b' })).toEqual(['Li', 'Wang']);
    expect(await names({ tags: { $all: ['a', 'b'] } })).toEqual(['Li']);
    expect(await names({ tags: { $size: 0 } })).toEqual(['Zhao']);
    expect(await names({ name: { $regex: '^[LW]' } })).toEqual(['Li', 'Wang']);
    expect(await names({ missing: { $exists: false }, age: { $not: { $gt: 35 } } })).toEqual(['Li']);
    expect(await names({ $expr: { $gt: ['$age', 45] } })).toEqual(['Zhao']);
    const projected = await people.findOne({ name: 'Li' }, { projection: { _id: 0, name: 1, 'address.city': 1 } });
    expect(projected).toEqual({ name: 'Li', address: { city: 'Beijing' } });
    expect((await people.find({}).sort({ age: -1 }).skip(1).limit(1).toArray())[0].name).toBe('Wang');
    expect((await people.deleteMany({ age: { $gte: 40 } })).deletedCount).toBe(2);
    expect(await people.countDocuments()).toBe(1);
  });

  it('applies update operators', async () => {
    const items = server.db.collection<Item>('items');
    const { insertedId } = await items.insertOne({
      n: 1,
      list: [1, 2, 3],
      set: ['x'],
      nested: { a: 1 },
      grades: [{ g: 80 }, { g: 95 }],
    });
    await items.updateOne(
      { _id: insertedId },
      { $inc: { n: 2 }, $push: { list: 4 }, $addToSet: { set: 'x' }, $set: { 'nested.b': 2 } },
    );
    await items.updateOne(
      { _id: insertedId },
      { $pull: { list: 2 }, $unset: { 'nested.a': '' }, $min: { n: 0 }, $max: { top: 7 } },
    );
    await items.updateOne(
      { _id: insertedId },
      { $set: { 'grades.$[hi].ok': true } },
      { arrayFilters: [{ 'hi.g': { $gte: 90 } }] },
    );
    await items.updateOne({ _id: insertedId, 'list.1': 3 }, { $mul: { n: 3 }, $rename: { top: 'peak' } });
    await items.updateOne({ _id: insertedId, 'grades.g': 80 }, { $set: { 'grades.$.g': 85 } });
    const doc = await items.findOne({ _id: insertedId });
    expect(doc).toMatchObject({
      n: 0,
      list: [1, 3, 4],
      set: ['x'],
      nested: { b: 2 },
      peak: 7,
      grades: [{ g: 85 }, { g: 95, ok: true }],
    });
    expect(doc?.nested).toEqual({ b: 2 });
    const many = await items.updateMany({}, { $set: { flag: true } });
    expect(many.matchedCount).toBe(1);
    const again = await items.updateMany({}, { $set: { flag: true } });
    expect(again.modifiedCount).toBe(0);
    await items.replaceOne({ _id: insertedId }, { replaced: true });
    expect(await items.findOne({ _id: insertedId }, { projection: { _id: 0 } })).toEqual({ replaced: true });
    await expect(items.updateOne({ _id: insertedId }, { $set: { _id: new ObjectId() } })).rejects.toMatchObject({
      code: 66,
    });
  });

  it('upserts with $setOnInsert and findOneAndUpdate returns the new document', async () => {
    const counters = server.db.collection('counters');
    const first = await counters.updateOne(
      { key: 'a', 'meta.kind': 'x' },
      { $inc: { n: 1 }, $setOnInsert: { created: 1 } },
      { upsert: true },
    );
    expect(first.upsertedCount).toBe(1);
    await counters.updateOne({ key: 'a' }, { $inc: { n: 1 }, $setOnInsert: { created: 2 } }, { upsert: true });
    expect(await counters.findOne({ key: 'a' }, { projection: { _id: 0 } })).toEqual({
      key: 'a',
      meta: { kind: 'x' },
      n: 2,
      created: 1,
    });
    const after = await counters.findOneAndUpdate(
      { key: 'b' },
      { $inc: { n: 5 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(after).toMatchObject({ key: 'b', n: 5 });
    const before = await counters.findOneAndUpdate({ key: 'b' }, { $inc: { n: 1 } }, { returnDocument: 'before' });
    expect(before?.n).toBe(5);
    const removed = await counters.findOneAndDelete({ key: 'b' });
    expect(removed?.n).toBe(6);
    expect(await counters.findOneAndUpdate({ key: 'none' }, { $set: { n: 1 } })).toBeNull();
  });

  it('pages a cursor over 101 documents with getMore and killCursors', async () => {
    const many = server.db.collection('many');
    await many.insertMany(Array.from({ length: 250 }, (_, i) => ({ i })));
    const all = await many.find({}).sort({ i: 1 }).toArray();
    expect(all.map((d) => d.i)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(await many.find({}).batchSize(7).limit(20).toArray()).toHaveLength(20);
    const cursor = many.find({}).batchSize(10);
    await cursor.next();
    await cursor.close();
    const raw = await server.db.command({ find: 'many', batchSize: 5 });
    const killed = await server.db.command({ killCursors: 'many', cursors: [raw.cursor.id] });
    expect(killed.cursorsKilled).toHaveLength(1);
    await expect(server.db.command({ getMore: raw.cursor.id, collection: 'many' })).rejects.toMatchObject({ code: 43 });
  });

  it('runs aggregation stages and date operators', async () => {
    const orders = server.db.collection('orders');
    const shops = server.db.collection('shops');
    await shops.insertMany([
      { _id: 's1' as unknown as ObjectId, name: 'North' },
      { _id: 's2' as unknown as ObjectId, name: 'South' },
    ]);
    await orders.insertMany([
      { shop: 's1', amount: 10, items: ['a', 'b'], at: new Date('2024-01-01T20:00:00Z') },
      { shop: 's1', amount: 30, items: ['a'], at: new Date('2024-01-02T01:00:00Z') },
      { shop: 's2', amount: 50, items: [], at: new Date('2024-03-05T10:00:00Z') },
    ]);
    const grouped = await orders
      .aggregate([
        { $match: { amount: { $gte: 10 } } },
        { $group: { _id: '$shop', total: { $sum: '$amount' }, n: { $sum: 1 }, avg: { $avg: '$amount' } } },
        { $sort: { total: -1 } },
        { $lookup: { from: 'shops', localField: '_id', foreignField: '_id', as: 'shop' } },
        { $unwind: '$shop' },
        { $project: { _id: 0, name: '$shop.name', total: 1, n: 1, avg: 1 } },
        { $addFields: { big: { $gt: ['$total', 45] } } },
      ])
      .toArray();
    expect(grouped).toEqual([
      { total: 50, n: 1, avg: 50, name: 'South', big: true },
      { total: 40, n: 2, avg: 20, name: 'North', big: false },
    ]);
    const days = await orders
      .aggregate([
        {
          $group: {
            _id: { $dateToString: { date: '$at', format: '%Y-%m-%d', timezone: 'Asia/Shanghai' } },
            n: { $sum: 1 },
          },
        },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(days).toEqual([
      { _id: '2024-01-02', n: 2 },
      { _id: '2024-03-05', n: 1 },
    ]);
    const parts = await orders
      .aggregate([
        { $sort: { at: 1 } },
        { $limit: 1 },
        {
          $project: {
            _id: 0,
            y: { $year: '$at' },
            m: { $month: '$at' },
            h: { $hour: { date: '$at', timezone: 'Asia/Shanghai' } },
          },
        },
      ])
      .toArray();
    expect(parts).toEqual([{ y: 2024, m: 1, h: 4 }]);
    const facet = await orders
      .aggregate([
        {
          $facet: {
            count: [{ $count: 'n' }],
            items: [{ $unwind: '$items' }, { $group: { _id: '$items', n: { $sum: 1 } } }, { $sort: { _id: 1 } }],
            page: [{ $sort: { amount: 1 } }, { $skip: 1 }, { $limit: 1 }, { $project: { _id: 0, amount: 1 } }],
            buckets: [
              {
                $bucket: { groupBy: '$amount', boundaries: [0, 20, 100], default: 'other', output: { n: { $sum: 1 } } },
              },
            ],
          },
        },
      ])
      .toArray();
    expect(facet[0]).toEqual({
      count: [{ n: 3 }],
      items: [
        { _id: 'a', n: 2 },
        { _id: 'b', n: 1 },
      ],
      page: [{ amount: 30 }],
      buckets: [
        { _id: 0, n: 1 },
        { _id: 20, n: 2 },
      ],
    });
    expect(await orders.find({}).project({ items: 1 }).toArray()).toHaveLength(3);
    expect((await orders.findOne({ amount: 10 }))?.items).toEqual(['a', 'b']);
  });

  it('narrows by an index and still applies the rest of the filter, sort, skip, limit and projection', async () => {
    const cases = server.db.collection('index_narrowed');
    await cases.createIndex({ community: 1 });
    const at = (day: number) => new Date(Date.UTC(2024, 0, day));
    await cases.insertMany([
      { _id: 'c1' as unknown as ObjectId, community: 'A', status: 'open', n: 3, at: at(5), name: 'b' },
      { _id: 'c2' as unknown as ObjectId, community: 'B', status: 'closed', n: 1, at: at(2), name: 'a' },
      { _id: 'c3' as unknown as ObjectId, community: 'A', status: 'closed', n: 2, at: at(5), name: 'c' },
      { _id: 'c4' as unknown as ObjectId, community: 'C', status: 'open', n: 5, at: at(9), name: null },
      { _id: 'c5' as unknown as ObjectId, community: 'A', status: 'open', n: 4, at: at(1), name: 'a' },
      { _id: 'c6' as unknown as ObjectId, community: 'B', status: 'open', n: 6, at: at(7), name: 'd' },
      { _id: 'c7' as unknown as ObjectId, community: 'A', status: 'open', n: 7, at: at(5), name: 'e' },
    ]);
    const ids = (docs: Array<{ _id: unknown }>) => docs.map((doc) => doc._id);
    const communities = { community: { $in: ['A', 'B'] } };
    expect(
      ids(
        await cases
          .find({ $and: [{}, communities] })
          .sort({ _id: 1 })
          .toArray(),
      ),
    ).toEqual(['c1', 'c2', 'c3', 'c5', 'c6', 'c7']);
    expect(
      ids(
        await cases
          .find({ $and: [{ status: 'open' }, communities] })
          .sort({ at: -1, _id: -1 })
          .toArray(),
      ),
    ).toEqual(['c6', 'c7', 'c1', 'c5']);
    expect(
      ids(
        await cases
          .find({ community: 'A', n: { $gt: 2 } })
          .sort({ at: 1, _id: 1 })
          .skip(1)
          .limit(2)
          .toArray(),
      ),
    ).toEqual(['c1', 'c7']);
    expect(
      await cases
        .find({ $and: [communities, { n: { $lt: 3 } }] }, { projection: { _id: 0, n: 1 } })
        .sort({ n: -1 })
        .toArray(),
    ).toEqual([{ n: 2 }, { n: 1 }]);
    expect(
      ids(
        await cases
          .find({ community: { $in: ['A', 'C'] } })
          .sort({ name: 1, _id: 1 })
          .toArray(),
      ),
    ).toEqual(['c4', 'c5', 'c1', 'c3', 'c7']);
    expect(await cases.countDocuments({ $and: [{}, communities, { status: 'open' }] })).toBe(4);
    const page = async (match: object, sort: Record<string, 1 | -1>, size: number) =>
      (
        await cases
          .aggregate<{ _id: string; totalCount: number; nodes: Array<{ _id: string }> }>([
            { $match: match },
            { $sort: sort },
            { $group: { _id: '$community', totalCount: { $sum: 1 }, nodes: { $push: '$$ROOT' } } },
            { $project: { totalCount: 1, nodes: { $slice: ['$nodes', size] } } },
          ])
          .toArray()
      )
        .map((row) => ({ group: row._id, totalCount: row.totalCount, nodes: ids(row.nodes) }))
        .sort((a, b) => a.group.localeCompare(b.group));
    expect(await page({ $and: [{}, { community: { $in: ['A', 'B', 'C', 'D'] } }] }, { at: -1, _id: -1 }, 2)).toEqual([
      { group: 'A', totalCount: 4, nodes: ['c7', 'c3'] },
      { group: 'B', totalCount: 2, nodes: ['c6', 'c2'] },
      { group: 'C', totalCount: 1, nodes: ['c4'] },
    ]);
    const counts = await cases
      .aggregate<{ _id: string; n: number }>([
        { $match: { community: { $in: ['A', 'C', 'D'] } } },
        { $group: { _id: '$community', n: { $sum: 1 } } },
      ])
      .toArray();
    expect(counts.sort((a, b) => a._id.localeCompare(b._id))).toEqual([
      { _id: 'A', n: 4 },
      { _id: 'C', n: 1 },
    ]);
    expect(await cases.countDocuments({ community: 'D' })).toBe(0);
    expect(await page({ $and: [{ status: { $in: ['open'] } }, communities] }, { n: 1, _id: 1 }, 3)).toEqual([
      { group: 'A', totalCount: 3, nodes: ['c1', 'c5', 'c7'] },
      { group: 'B', totalCount: 1, nodes: ['c6'] },
    ]);
  });

  it('enforces unique indexes in single and batch writes', async () => {
    const users = server.db.collection('users');
    await users.createIndex({ email: 1 }, { unique: true });
    await users.insertOne({ email: 'a@x' });
    const single = await users.insertOne({ email: 'a@x' }).catch((e: MongoServerError) => e);
    expect(single).toBeInstanceOf(MongoServerError);
    expect((single as MongoServerError).code).toBe(11000);
    expect((single as MongoServerError).message).toMatch(
      /^E11000 duplicate key error collection: \S+\.users index: email_1 dup key: \{ email: "a@x" \}$/,
    );
    expect((single as MongoServerError).keyValue).toEqual({ email: 'a@x' });

    const ordered = await users.insertMany([{ email: 'b@x' }, { email: 'a@x' }, { email: 'c@x' }]).catch((e) => e);
    expect(ordered.writeErrors ?? ordered.errorResponse?.writeErrors).toHaveLength(1);
    expect(ordered.result?.insertedCount ?? ordered.insertedCount).toBe(1);
    expect(await users.countDocuments({ email: 'c@x' })).toBe(0);

    const unordered = await users
      .insertMany([{ email: 'a@x' }, { email: 'd@x' }, { email: 'b@x' }, { email: 'e@x' }], { ordered: false })
      .catch((e) => e);
    const errors = unordered.writeErrors;
    expect(errors.map((e: { index: number; code: number }) => [e.index, e.code])).toEqual([
      [0, 11000],
      [2, 11000],
    ]);
    expect(await users.countDocuments()).toBe(4);

    await users.insertOne({ email: 'f@x' });
    await expect(users.updateOne({ email: 'f@x' }, { $set: { email: 'a@x' } })).rejects.toMatchObject({ code: 11000 });
    expect(await users.countDocuments({ email: 'f@x' })).toBe(1);

    const bulk = await users
      .bulkWrite(
        [
          { insertOne: { document: { email: 'g@x' } } },
          { updateOne: { filter: { email: 'g@x' }, update: { $set: { email: 'd@x' } } } },
        ],
        { ordered: true },
      )
      .catch((e) => e);
    expect(bulk.writeErrors?.[0]?.code ?? bulk.code).toBe(11000);
    await expect(users.createIndex({ dup: 1 }, { unique: true })).rejects.toMatchObject({
      code: 11000,
      keyValue: { dup: null },
    });
    await expect(users.createIndex({ dup: 1 }, { unique: true, sparse: true })).resolves.toBe('dup_1');
    await expect(users.createIndex({ email: 1, other: 1 }, { unique: true })).resolves.toBe('email_1_other_1');
  });

  it('manages indexes, distinct, counts and unknown commands', async () => {
    const things = server.db.collection('things');
    await things.insertMany([
      { k: 'a', v: [1, 2] },
      { k: 'b', v: [2, 3] },
      { k: 'a', v: 4 },
    ]);
    await things.createIndexes([{ key: { k: 1 }, name: 'k_1' }, { key: { k: 1, v: -1 } }]);
    const names = (await things.listIndexes().toArray()).map((i) => i.name).sort();
    expect(names).toEqual(['_id_', 'k_1', 'k_1_v_-1']);
    await things.dropIndex('k_1_v_-1');
    expect((await things.listIndexes().toArray()).map((i) => i.name).sort()).toEqual(['_id_', 'k_1']);
    expect((await things.distinct('v')).sort()).toEqual([1, 2, 3, 4]);
    expect((await things.distinct('k', { v: 2 })).sort()).toEqual(['a', 'b']);
    expect(await things.countDocuments({ k: 'a' })).toBe(2);
    expect(await things.countDocuments({ k: { $in: ['a', 'b'] } }, { limit: 2 })).toBe(2);
    expect(await things.estimatedDocumentCount()).toBe(3);
    expect((await server.db.command({ count: 'things', query: { k: 'b' } })).n).toBe(1);
    const collections = (await server.db.listCollections().toArray()).map((c) => c.name);
    expect(collections).toContain('things');
    await expect(server.db.command({ definitelyNotACommand: 1 })).rejects.toMatchObject({
      code: 59,
      message: expect.stringContaining('definitelyNotACommand'),
    });
    await expect(server.db.collection('absent').listIndexes().toArray()).rejects.toMatchObject({ code: 26 });
    await things.drop();
    expect((await server.db.listCollections().toArray()).map((c) => c.name)).not.toContain('things');
  });

  it('serves what mongoose does', async () => {
    const connection = await mongoose
      .createConnection(server.uri, { dbName: `${server.db.databaseName}_m`, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    try {
      const Person = connection.model(
        'Person',
        new mongoose.Schema({
          name: { type: String, required: true, unique: true },
          division: { type: String, index: true },
          score: { type: Number, default: 0 },
          tags: [String],
          profile: { city: String, level: Number },
          history: [{ year: Number, note: String }],
        }),
      );
      await Person.init();
      const indexes = (await Person.listIndexes()).map((i) => i.name).sort();
      expect(indexes).toEqual(['_id_', 'division_1', 'name_1']);
      await Person.create({ name: 'a', division: 'd1', tags: ['x'], history: [{ year: 2020, note: 'n' }] });
      const duplicate = await Person.create({ name: 'a' }).catch((e) => e);
      expect(duplicate.code).toBe(11000);
      expect(duplicate.keyValue).toEqual({ name: 'a' });
      const inserted = await Person.insertMany(
        [{ name: 'b', division: 'd1' }, { name: 'a' }, { name: 'c', division: 'd2' }],
        { ordered: false },
      ).catch((e) => e);
      expect(inserted.writeErrors ?? inserted.mongoose?.validationErrors).toBeDefined();
      expect(await Person.countDocuments({ division: 'd1' })).toBe(2);
      await Person.updateOne(
        { name: 'a' },
        { $inc: { score: 5 }, $push: { tags: 'y' }, $set: { 'profile.city': 'BJ' } },
      );
      await expect(
        Person.updateOne({ name: 'a' }, { $push: { tags: 'y' }, $addToSet: { tags: 'x' } }),
      ).rejects.toMatchObject({ code: 40 });
      await Person.updateOne({ name: 'a' }, { $addToSet: { tags: 'x' } });
      await Person.updateOne({ name: 'a', 'history.year': 2020 }, { $set: { 'history.$.note': 'updated' } });
      await Person.updateOne({ name: 'a' }, { $pull: { tags: 'x' } });
      const a = await Person.findOne({ name: 'a' }).lean();
      expect(a).toMatchObject({
        score: 5,
        tags: ['y'],
        profile: { city: 'BJ' },
        history: [{ year: 2020, note: 'updated' }],
      });
      const upserted = await Person.findOneAndUpdate(
        { name: 'z' },
        { $set: { score: 9 } },
        { upsert: true, returnDocument: 'after' },
      ).lean();
      expect(upserted).toMatchObject({ name: 'z', score: 9 });
      const result = await Person.bulkWrite([
        { updateOne: { filter: { name: 'b' }, update: { $set: { score: 1 } } } },
        { deleteOne: { filter: { name: 'c' } } },
        { insertOne: { document: { name: 'd' } } },
      ]);
      expect(result.modifiedCount + result.deletedCount + result.insertedCount).toBe(3);
      expect((await Person.find().sort({ name: 1 }).lean()).map((p) => p.name)).toEqual(['a', 'b', 'd', 'z']);
      expect(await Person.estimatedDocumentCount()).toBe(4);
      const byDivision = await Person.aggregate([
        { $group: { _id: '$division', n: { $sum: 1 } } },
        { $sort: { n: -1, _id: 1 } },
      ]);
      expect(byDivision[0]).toEqual({ _id: null, n: 2 });
      expect(await Person.distinct('division')).toEqual(['d1']);
      await Person.deleteMany({ score: { $lt: 5 } });
      expect(await Person.countDocuments()).toBe(2);
    } finally {
      await connection.dropDatabase().catch(() => {});
      await connection.close();
    }
  });
});
