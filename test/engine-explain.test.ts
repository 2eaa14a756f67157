import { describe, expect, it } from 'vitest';
import type { Document } from 'mongodb';
import { engineTargets, useTarget } from './utils/engine-targets.js';

/** Every plan stage in an explain reply, wherever the server nests it (inputStage(s), queryPlan, $cursor stages). */
function stagesOf(value: unknown, found: Document[] = []): Document[] {
  if (Array.isArray(value)) for (const item of value) stagesOf(item, found);
  else if (value && typeof value === 'object') {
    const doc = value as Document;
    if (typeof doc.stage === 'string') found.push(doc);
    for (const [key, child] of Object.entries(doc))
      if (key !== 'executionStats' || !('stage' in doc)) stagesOf(child, found);
  }
  return found;
}

/** The winning plans' stages only (not rejected plans, not execution stats). */
function winningStages(reply: Document): Document[] {
  const plans: Document[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Document)) {
        if (key === 'winningPlan') plans.push(child as Document);
        else if (key !== 'rejectedPlans') collect(child);
      }
    }
  };
  collect(reply);
  return plans.flatMap((plan) => stagesOf(plan));
}

/** `totalDocsExamined` summed over the reply (one for find/count; one per $cursor stage of an aggregate). */
function docsExamined(reply: Document): number {
  let total = 0;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Document)) {
        if (key === 'totalDocsExamined') total += Number(child);
        else walk(child);
      }
    }
  };
  walk(reply);
  return total;
}

describe.each(engineTargets())('explain: $name', (target) => {
  const server = useTarget(target, 'explain');

  async function seeded() {
    const collection = server.db.collection('residents');
    if ((await collection.estimatedDocumentCount()) === 0) {
      const docs = Array.from({ length: 300 }, (_, i) => ({
        divisionCode: `4105030010${String(i % 10).padStart(2, '0')}`,
        street: `s${i % 3}`,
        age: 20 + (i % 60),
        name: `r${i}`,
      }));
      await collection.insertMany(docs);
      await collection.createIndex({ divisionCode: 1 });
      await collection.createIndex({ street: 1, age: -1 }, { name: 'street_age' });
    }
    return collection;
  }

  it('find: an equality on an indexed field uses IXSCAN on that index and examines no more than the matches', async () => {
    const residents = await seeded();
    const filter = { divisionCode: '410503001003' };
    const matches = await residents.countDocuments(filter);
    expect(matches).toBe(30);
    const reply = await residents.find(filter).sort({ age: 1 }).limit(5).explain('executionStats');
    const stages = winningStages(reply);
    expect(stages.length, 'the winning plan has stages').toBeGreaterThan(0);
    const ixscan = stages.find((stage) => stage.stage === 'IXSCAN');
    expect(ixscan).toMatchObject({ indexName: 'divisionCode_1', keyPattern: { divisionCode: 1 } });
    expect(stages.some((stage) => stage.stage === 'COLLSCAN')).toBe(false);
    expect(reply.queryPlanner.namespace).toBe(`${server.db.databaseName}.residents`);
    expect(reply.executionStats.nReturned).toBe(5);
    expect(reply.executionStats.totalDocsExamined).toBeLessThanOrEqual(matches);
    expect(reply.executionStats.totalKeysExamined).toBeGreaterThan(0);
    expect(typeof reply.executionStats.executionTimeMillis).toBe('number');
  });

  it('find: the leading field of a compound index, with a residual filter, still goes through that index', async () => {
    const residents = await seeded();
    const reply = await residents.find({ street: 's1', name: { $regex: '^r1' } }).explain('executionStats');
    expect(winningStages(reply).find((stage) => stage.stage === 'IXSCAN')).toMatchObject({ indexName: 'street_age' });
    const matches = await residents.countDocuments({ street: 's1', name: { $regex: '^r1' } });
    expect(reply.executionStats.nReturned).toBe(matches);
    expect(reply.executionStats.totalDocsExamined).toBeLessThanOrEqual(100); // only street s1's documents
    expect(reply.executionStats.totalDocsExamined).toBeGreaterThanOrEqual(matches);
  });

  it('find: an unindexed filter is a COLLSCAN over the whole collection', async () => {
    const residents = await seeded();
    const reply = await residents.find({ name: 'r7' }).explain('executionStats');
    const stages = winningStages(reply);
    expect(stages.some((stage) => stage.stage === 'COLLSCAN')).toBe(true);
    expect(stages.some((stage) => stage.stage === 'IXSCAN')).toBe(false);
    expect(reply.executionStats.nReturned).toBe(1);
    expect(reply.executionStats.totalDocsExamined).toBe(300);
    expect(reply.executionStats.totalKeysExamined).toBe(0);
  });

  it('verbosity queryPlanner gives the plan without execution statistics; the others give both', async () => {
    const residents = await seeded();
    const plannerOnly = await residents.find({ divisionCode: '410503001001' }).explain('queryPlanner');
    expect(winningStages(plannerOnly).some((stage) => stage.stage === 'IXSCAN')).toBe(true);
    expect(plannerOnly.executionStats).toBeUndefined();
    for (const verbosity of ['executionStats', 'allPlansExecution'] as const) {
      const reply = await residents.find({ divisionCode: '410503001001' }).explain(verbosity);
      expect(reply.executionStats.nReturned).toBe(30);
    }
  });

  it('aggregate: a leading $match on an indexed field uses the index; the pipeline after it runs on its candidates', async () => {
    const residents = await seeded();
    const pipeline = [
      { $match: { divisionCode: { $in: ['410503001001', '410503001002'] } } },
      { $sort: { age: -1 } },
      { $group: { _id: '$divisionCode', n: { $sum: 1 } } },
    ];
    const rows = await residents.aggregate(pipeline).toArray();
    expect(rows.map((row) => row.n)).toEqual([30, 30]);
    const reply = await residents.aggregate(pipeline).explain('executionStats');
    const stages = winningStages(reply);
    expect(stages.find((stage) => stage.stage === 'IXSCAN')).toMatchObject({ indexName: 'divisionCode_1' });
    expect(stages.some((stage) => stage.stage === 'COLLSCAN')).toBe(false);
    expect(docsExamined(reply)).toBeLessThanOrEqual(60);
    expect(docsExamined(reply)).toBeGreaterThan(0);

    const unindexed = await residents
      .aggregate([{ $match: { name: { $in: ['r1', 'r2'] } } }, { $project: { name: 1 } }])
      .explain('executionStats');
    expect(winningStages(unindexed).some((stage) => stage.stage === 'COLLSCAN')).toBe(true);
    expect(docsExamined(unindexed)).toBe(300);
  });

  it('count: a query on an indexed field uses the index', async () => {
    const residents = await seeded();
    const reply = await server.db.command({
      explain: { count: 'residents', query: { divisionCode: '410503001004' } },
      verbosity: 'executionStats',
    });
    const stages = winningStages(reply);
    expect(stages.some((stage) => stage.stage === 'COUNT' || stage.stage === 'COUNT_SCAN')).toBe(true);
    expect(stages.some((stage) => stage.stage === 'IXSCAN' || stage.stage === 'COUNT_SCAN')).toBe(true);
    expect(stages.some((stage) => stage.stage === 'COLLSCAN')).toBe(false);
    expect(reply.executionStats.totalDocsExamined).toBeLessThanOrEqual(
      await residents.countDocuments({ divisionCode: '410503001004' }),
    );

    const scan = await server.db.command({
      explain: { count: 'residents', query: { age: 33 } },
      verbosity: 'executionStats',
    });
    expect(winningStages(scan).some((stage) => stage.stage === 'COLLSCAN')).toBe(true);
    expect(scan.executionStats.totalDocsExamined).toBe(300);
  });

  it('counts an index decides alone read no document: count, countDocuments and counts per field', async () => {
    const residents = await seeded();
    const count = await server.db.command({
      explain: { count: 'residents', query: { divisionCode: { $in: ['410503001004', '410503001005'] } } },
      verbosity: 'executionStats',
    });
    expect(count.executionStats.totalDocsExamined).toBe(0);
    expect(count.executionStats.totalKeysExamined).toBeGreaterThanOrEqual(60);
    const perField = [
      { $match: { divisionCode: { $in: ['410503001001', '410503001002'] } } },
      { $group: { _id: '$divisionCode', n: { $sum: 1 } } },
    ];
    expect((await residents.aggregate(perField).toArray()).map((row) => row.n)).toEqual([30, 30]);
    const grouped = await residents.aggregate(perField).explain('executionStats');
    expect(docsExamined(grouped)).toBe(0);
    const groupedStages = winningStages(grouped);
    expect(groupedStages.length, 'the grouped pipeline has a winning plan').toBeGreaterThan(0);
    expect(groupedStages.some((stage) => stage.stage === 'COLLSCAN' || stage.stage === 'FETCH')).toBe(false);
    const total = [{ $match: { divisionCode: '410503001003' } }, { $group: { _id: 1, n: { $sum: 1 } } }];
    expect(await residents.aggregate(total).toArray()).toEqual([{ _id: 1, n: 30 }]);
    expect(docsExamined(await residents.aggregate(total).explain('executionStats'))).toBe(0);
    // Anything else in the filter needs the documents.
    expect(
      docsExamined(
        await residents
          .aggregate([
            { $match: { divisionCode: '410503001003', age: { $gte: 0 } } },
            { $group: { _id: 1, n: { $sum: 1 } } },
          ])
          .explain('executionStats'),
      ),
    ).toBe(30);
  });

  it('explain runs nothing that stays: no cursor, no write', async () => {
    const residents = await seeded();
    const before = await residents.countDocuments();
    const reply = await residents.find({}).explain('executionStats');
    expect(reply.executionStats.nReturned).toBe(before);
    expect(reply.cursor).toBeUndefined();
    expect(await residents.countDocuments()).toBe(before);
  });

  it('refuses what it cannot explain with MongoDB error shapes', async () => {
    await seeded();
    await expect(
      server.db.command({ explain: { frobnicate: 'residents' }, verbosity: 'queryPlanner' }),
    ).rejects.toMatchObject({
      code: 59,
      codeName: 'CommandNotFound',
      message: 'Explain failed due to unknown command: frobnicate',
    });
    await expect(server.db.command({ explain: { find: 'residents' }, verbosity: 'everything' })).rejects.toMatchObject({
      code: 2,
      codeName: 'BadValue',
    });
  });
});
