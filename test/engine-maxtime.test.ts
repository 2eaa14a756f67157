import { describe, expect, it } from 'vitest';
import { MongoServerError, type Document } from 'mongodb';
import mongoose, { type PipelineStage } from 'mongoose';
import { engineTargets, useTarget } from './utils/engine-targets.js';

/**
 * maxTimeMS as MongoDB honours it: a command that runs past its limit fails with MaxTimeMSExpired
 * (50) and stops, the server serves the next command at once, an update that expires writes
 * nothing (engine only: MongoDB may have applied part of a multi-update), and malformed limits are
 * refused with MongoDB 7's codes. The workloads take hundreds of milliseconds unlimited, so a
 * 1 ms limit always expires; nothing here asserts a duration.
 */
const DOCS = 200_000;

/** `$group` through mingo (a computed key: no fast path), `$push` of every document: ~0.5 s for 200k docs. */
const SLOW_PIPELINE: PipelineStage[] = [
  { $group: { _id: { $mod: ['$n', 1000] }, items: { $push: '$$ROOT' } } },
  { $count: 'groups' },
];
/** A scan whose every document evaluates an expression (no index can help). */
const SLOW_FILTER = { $expr: { $gt: [{ $add: ['$n', 1] }, DOCS * 10] } };

const expired = { code: 50, codeName: 'MaxTimeMSExpired' };

describe.each(engineTargets())('maxTimeMS: $name', (target) => {
  const server = useTarget(target, 'maxtime');
  const isEngine = target.name === 'offline engine';

  async function seeded() {
    const docs = server.db.collection<{ _id: number; n: number; k: string; touched?: boolean }>('docs');
    if ((await docs.estimatedDocumentCount()) === DOCS) return docs;
    for (let i = 0; i < DOCS; i += 20_000) {
      await docs.insertMany(
        Array.from({ length: 20_000 }, (_, k) => ({ _id: i + k, n: i + k, k: `k${(i + k) % 100}` })),
      );
    }
    return docs;
  }

  async function checksum(): Promise<Document> {
    const [row] = await server.db
      .collection('docs')
      .aggregate([
        {
          $group: {
            _id: null,
            count: { $sum: 1 },
            total: { $sum: '$n' },
            touched: { $sum: { $cond: [{ $eq: ['$touched', true] }, 1, 0] } },
          },
        },
      ])
      .toArray();
    return row;
  }

  it('fails a slow aggregation and a slow find with MaxTimeMSExpired and keeps serving', async () => {
    const docs = await seeded();
    const error = await docs
      .aggregate(SLOW_PIPELINE as Document[], { maxTimeMS: 1 })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MongoServerError);
    expect(error).toMatchObject({ ...expired, message: 'operation exceeded time limit' });
    // The engine answers straight after: the aborted work did not keep it busy.
    expect(await server.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
    expect(await docs.findOne({ _id: 7 })).toMatchObject({ n: 7 });

    await expect(docs.find(SLOW_FILTER).maxTimeMS(1).limit(1).toArray()).rejects.toMatchObject(expired);
    await expect(docs.countDocuments(SLOW_FILTER, { maxTimeMS: 1 })).rejects.toMatchObject(expired);
    await expect(docs.distinct('k', SLOW_FILTER, { maxTimeMS: 1 })).rejects.toMatchObject(expired);
    await expect(
      docs.findOneAndUpdate(SLOW_FILTER, { $set: { touched: true } }, { maxTimeMS: 1 }),
    ).rejects.toMatchObject(expired);
    await expect(docs.deleteMany(SLOW_FILTER, { maxTimeMS: 1 })).rejects.toMatchObject(expired);

    // Without a limit (and with 0, "no limit") the same pipeline completes.
    expect(await docs.aggregate(SLOW_PIPELINE as Document[]).toArray()).toEqual([{ groups: 1000 }]);
    expect(await docs.aggregate([{ $match: { n: { $lt: 10 } } }, { $count: 'c' }], { maxTimeMS: 0 }).toArray()).toEqual(
      [{ c: 10 }],
    );
    expect(await docs.countDocuments({}, { maxTimeMS: 60_000 })).toBe(DOCS);
  });

  it('expires $lookup sub-pipelines', async () => {
    const docs = await seeded();
    const pipeline = [
      { $limit: 20_000 },
      {
        $lookup: {
          from: 'docs',
          let: { k: '$k' },
          pipeline: [{ $match: { $expr: { $eq: ['$k', '$$k'] } } }, { $limit: 1 }],
          as: 'same',
        },
      },
      { $count: 'c' },
    ];
    await expect(docs.aggregate(pipeline, { maxTimeMS: 1 }).toArray()).rejects.toMatchObject(expired);
    expect(await server.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('expires through mongoose', async () => {
    await seeded();
    const connection = await mongoose
      .createConnection(server.uri, { dbName: server.db.databaseName, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    try {
      const Doc = connection.model('Doc', new mongoose.Schema({ _id: Number, n: Number, k: String }), 'docs');
      await expect(Doc.find(SLOW_FILTER).maxTimeMS(1).limit(1).exec()).rejects.toMatchObject(expired);
      await expect(Doc.aggregate(SLOW_PIPELINE).option({ maxTimeMS: 1 }).exec()).rejects.toMatchObject(expired);
      expect(await Doc.findById(3).lean().exec()).toMatchObject({ n: 3 });
    } finally {
      await connection.close();
    }
  });

  it('leaves the collection unchanged when a multi-update expires', async () => {
    const docs = await seeded();
    const before = await checksum();
    expect(before).toMatchObject({ count: DOCS, touched: 0 });
    const error = await docs
      .updateMany({}, { $inc: { n: 1 }, $set: { touched: true } }, { maxTimeMS: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MongoServerError);
    expect(error).toMatchObject(expired);
    // MongoDB may have applied part of a multi-update before it expired; the engine applies none.
    if (isEngine) expect(await checksum()).toEqual(before);
    else await docs.updateMany({ touched: true }, { $inc: { n: -1 }, $unset: { touched: '' } });
    // A small update with a generous limit goes through.
    expect(
      (await docs.updateMany({ _id: { $lt: 5 } }, { $set: { touched: true } }, { maxTimeMS: 60_000 })).modifiedCount,
    ).toBe(5);
    await docs.updateMany({ _id: { $lt: 5 } }, { $unset: { touched: '' } });
  });

  it('refuses malformed limits as MongoDB 7 does', async () => {
    await seeded();
    const aggregate = (maxTimeMS: unknown) =>
      server.db.command({ aggregate: 'docs', pipeline: [{ $limit: 1 }], cursor: {}, maxTimeMS });
    await expect(aggregate(1.5)).rejects.toMatchObject({
      code: 2,
      codeName: 'BadValue',
      message: 'maxTimeMS has non-integral value',
    });
    await expect(aggregate(null)).rejects.toMatchObject({
      code: 2,
      codeName: 'BadValue',
      message: 'maxTimeMS must be a number',
    });
    await expect(aggregate(2 ** 31)).rejects.toMatchObject({
      code: 2,
      codeName: 'BadValue',
      message: '2147483648 value for maxTimeMS is out of range [0, 2147483647]',
    });
    await expect(aggregate(-1)).rejects.toMatchObject({
      code: 51024,
      message: "BSON field 'maxTimeMS' value must be >= 0, actual value '-1'",
    });
    await expect(aggregate('soon')).rejects.toMatchObject({ code: 14, codeName: 'TypeMismatch' });
    await expect(server.db.command({ find: 'docs', filter: { _id: 1 }, maxTimeMS: 10.25 })).rejects.toMatchObject({
      code: 2,
      codeName: 'BadValue',
    });
    expect(await aggregate(0)).toMatchObject({ ok: 1 });
    expect(await aggregate(2 ** 31 - 1)).toMatchObject({ ok: 1 });
  });
});
