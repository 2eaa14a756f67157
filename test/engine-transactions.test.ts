import { describe, expect, it } from 'vitest';
import { MongoServerError, type ClientSession } from 'mongodb';
import mongoose from 'mongoose';
import { engineTargets, useTarget } from './utils/engine-targets.js';

/** Resolves every waiter once `parties` have arrived: lets two transactions interleave on purpose. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    if (++arrived >= parties) open();
    return opened;
  };
}

describe.each(engineTargets())('transactions: $name', (target) => {
  const server = useTarget(target, 'transactions');

  async function inSession<T>(run: (session: ClientSession) => Promise<T>): Promise<T> {
    const session = server.client.startSession();
    try {
      return await run(session);
    } finally {
      await session.endSession();
    }
  }

  it('transactions: withTransaction commits every write at once; outside reads see none of them before', async () => {
    const orders = server.db.collection('orders');
    const stock = server.db.collection('stock');
    await stock.insertOne({ _id: 'rice' as never, qty: 10 });
    await orders.insertOne({ n: 0 });
    const seenOutside: number[] = [];
    await inSession((session) =>
      session.withTransaction(async () => {
        await orders.insertMany([{ n: 1 }, { n: 2 }], { session });
        await stock.updateOne({ _id: 'rice' as never }, { $inc: { qty: -2 } }, { session });
        await orders.deleteOne({ n: 0 }, { session });
        // The transaction sees its own writes, through find and aggregate alike.
        expect((await orders.find({}, { session }).sort({ n: 1 }).toArray()).map((o) => o.n)).toEqual([1, 2]);
        expect(await orders.countDocuments({ n: { $gte: 1 } }, { session })).toBe(2);
        expect((await stock.findOne({ _id: 'rice' as never }, { session }))?.qty).toBe(8);
        seenOutside.push(
          await orders.countDocuments({ n: { $gte: 1 } }),
          (await stock.findOne({ _id: 'rice' as never }))!.qty,
          await orders.countDocuments({ n: 0 }),
        );
      }),
    );
    expect(seenOutside).toEqual([0, 10, 1]);
    expect((await orders.find().sort({ n: 1 }).toArray()).map((o) => o.n)).toEqual([1, 2]);
    expect((await stock.findOne({ _id: 'rice' as never }))?.qty).toBe(8);
  });

  it('transactions: a callback that throws leaves nothing behind', async () => {
    const ledger = server.db.collection('ledger');
    await ledger.insertOne({ account: 'a', balance: 5 });
    await expect(
      inSession((session) =>
        session.withTransaction(async () => {
          await ledger.insertOne({ account: 'b', balance: 1 }, { session });
          await ledger.updateOne({ account: 'a' }, { $set: { balance: 0 } }, { session });
          throw new Error('changed my mind');
        }),
      ),
    ).rejects.toThrow('changed my mind');
    expect(await ledger.find({}, { projection: { _id: 0 } }).toArray()).toEqual([{ account: 'a', balance: 5 }]);
  });

  it('transactions: a duplicate key aborts the whole transaction, without retrying it', async () => {
    const people = server.db.collection('people');
    await people.createIndex({ idNumber: 1 }, { unique: true });
    await people.insertOne({ idNumber: 'X1' });
    let attempts = 0;
    await expect(
      inSession((session) =>
        session.withTransaction(async () => {
          attempts++;
          await people.insertOne({ idNumber: 'X2' }, { session });
          await people.insertOne({ idNumber: 'X1' }, { session });
        }),
      ),
    ).rejects.toMatchObject({ code: 11000 });
    expect(attempts).toBe(1);
    expect((await people.find().toArray()).map((p) => p.idNumber)).toEqual(['X1']);
  });

  it('transactions: unique keys may move between documents inside a transaction', async () => {
    const seats = server.db.collection('seats');
    await seats.createIndex({ seat: 1 }, { unique: true });
    await seats.insertMany([
      { name: 'a', seat: 1 },
      { name: 'b', seat: 2 },
    ]);
    await inSession((session) =>
      session.withTransaction(async () => {
        await seats.updateOne({ name: 'a' }, { $set: { seat: 3 } }, { session });
        await seats.updateOne({ name: 'b' }, { $set: { seat: 1 } }, { session });
        await seats.updateOne({ name: 'a' }, { $set: { seat: 2 } }, { session });
      }),
    );
    expect(
      await seats
        .find({}, { projection: { _id: 0 } })
        .sort({ name: 1 })
        .toArray(),
    ).toEqual([
      { name: 'a', seat: 2 },
      { name: 'b', seat: 1 },
    ]);
    await expect(seats.insertOne({ name: 'c', seat: 2 })).rejects.toMatchObject({ code: 11000 });
    expect(await seats.countDocuments({ seat: 3 })).toBe(0);
  });

  it('transactions: a second writer of the same document gets a transient WriteConflict', async () => {
    const cases = server.db.collection('cases');
    const { insertedId } = await cases.insertOne({ state: 'open', version: 1 });
    const first = server.client.startSession();
    const second = server.client.startSession();
    try {
      first.startTransaction();
      second.startTransaction();
      await cases.updateOne(
        { _id: insertedId },
        { $set: { state: 'accepted' }, $inc: { version: 1 } },
        { session: first },
      );
      const conflict = await cases
        .updateOne({ _id: insertedId }, { $set: { state: 'closed' } }, { session: second })
        .catch((error: unknown) => error);
      expect(conflict).toBeInstanceOf(MongoServerError);
      expect(conflict).toMatchObject({ code: 112 });
      expect((conflict as MongoServerError).hasErrorLabel('TransientTransactionError')).toBe(true);
      await second.abortTransaction();
      await first.commitTransaction();
    } finally {
      await first.endSession();
      await second.endSession();
    }
    expect(await cases.findOne({ _id: insertedId }, { projection: { _id: 0 } })).toEqual({
      state: 'accepted',
      version: 2,
    });
  });

  it('transactions: concurrent read-modify-write transactions both land; the loser retries on the committed state', async () => {
    const counters = server.db.collection<{ _id: string; value: number }>('counters');
    await counters.insertOne({ _id: 'c', value: 0 });
    const bothRead = barrier(2);
    let attempts = 0;
    const increment = () =>
      inSession((session) =>
        session.withTransaction(async () => {
          attempts++;
          const current = await counters.findOne({ _id: 'c' }, { session });
          if (attempts <= 2) await bothRead();
          await counters.updateOne({ _id: 'c' }, { $set: { value: current!.value + 1 } }, { session });
        }),
      );
    await Promise.all([increment(), increment()]);
    expect((await counters.findOne({ _id: 'c' }))?.value).toBe(2);
    expect(attempts).toBeGreaterThan(2);
  });

  it('transactions: two transactions claiming one unique key: one commits, the other ends with E11000', async () => {
    const codes = server.db.collection('codes');
    await codes.createIndex({ code: 1 }, { unique: true });
    const bothStarted = barrier(2);
    let attempts = 0;
    const claim = (owner: string) =>
      inSession((session) =>
        session.withTransaction(async () => {
          attempts++;
          await codes.findOne({}, { session });
          if (attempts <= 2) await bothStarted();
          await codes.insertOne({ code: 'K', owner }, { session });
        }),
      );
    const results = await Promise.allSettled([claim('a'), claim('b')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 11000 } });
    expect(await codes.countDocuments({ code: 'K' })).toBe(1);
  });

  it('transactions: mongoose connection.transaction commits, rolls back on a throw, and aborts on a duplicate', async () => {
    const connection = await mongoose.createConnection(server.uri, { dbName: server.db.databaseName }).asPromise();
    try {
      const Household = connection.model(
        'Household',
        new mongoose.Schema({ code: { type: String, unique: true }, persons: Number }),
      );
      const Payment = connection.model('Payment', new mongoose.Schema({ household: String, amount: Number }));
      await Household.init();
      await connection.transaction(async (session) => {
        await Household.create([{ code: 'H1', persons: 3 }], { session });
        await Payment.create([{ household: 'H1', amount: 950 }], { session });
      });
      await expect(
        connection.transaction(async (session) => {
          await Payment.create([{ household: 'H1', amount: 1 }], { session });
          await Household.updateOne({ code: 'H1' }, { persons: 9 }, { session });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await expect(
        connection.transaction(async (session) => {
          await Payment.create([{ household: 'H2', amount: 2 }], { session });
          await Household.create([{ code: 'H1', persons: 1 }], { session });
        }),
      ).rejects.toMatchObject({ code: 11000 });
      const households = await connection
        .collection('households')
        .find({}, { projection: { _id: 0, code: 1, persons: 1 } })
        .toArray();
      const payments = await connection
        .collection('payments')
        .find({}, { projection: { _id: 0, household: 1, amount: 1 } })
        .toArray();
      expect(households).toEqual([{ code: 'H1', persons: 3 }]);
      expect(payments).toEqual([{ household: 'H1', amount: 950 }]);
    } finally {
      await connection.close();
    }
  });
});
