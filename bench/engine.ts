import { cpus } from 'node:os';
import { MongoClient, ObjectId } from 'mongodb';
import { startEngine } from '../engine/index.js';

/**
 * Offline engine benchmark (not a test): bulk insert, then batched `_id $in` lookups of 100 ids and
 * indexed equality finds, at 10k and 100k documents to show lookup cost does not grow with size.
 */
const BATCH = 100;
const ROUNDS = 1000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeRounds(
  run: (round: number) => Promise<unknown>,
): Promise<{ opsPerSec: number; p50: number; p99: number }> {
  const times: number[] = [];
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    const t = performance.now();
    await run(round);
    times.push(performance.now() - t);
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  return { opsPerSec: Math.round((ROUNDS / total) * 1000), p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function benchAt(size: number): Promise<string> {
  const engine = await startEngine();
  const client = await MongoClient.connect(engine.uri);
  try {
    const c = client.db('bench').collection('docs');
    await c.createIndex({ code: 1 });
    const ids: ObjectId[] = [];
    const docs = Array.from({ length: size }, (_, i) => {
      const _id = new ObjectId();
      ids.push(_id);
      return { _id, code: `c${i}`, n: i, division: `d${i % 50}`, name: `name ${i}` };
    });
    const insertStart = performance.now();
    for (let i = 0; i < docs.length; i += 10_000) await c.insertMany(docs.slice(i, i + 10_000));
    const insertMs = performance.now() - insertStart;
    const pick = (round: number, k: number) => ids[(round * 7919 + k * 104729) % size];
    const inBatch = await timeRounds(async (round) => {
      const found = await c.find({ _id: { $in: Array.from({ length: BATCH }, (_, k) => pick(round, k)) } }).toArray();
      if (found.length !== BATCH) throw new Error(`expected ${BATCH} documents, got ${found.length}`);
    });
    const equality = await timeRounds((round) => c.findOne({ code: `c${(round * 7919) % size}` }));
    const fmt = (r: { opsPerSec: number; p50: number; p99: number }) =>
      `${r.opsPerSec} ops/s p50 ${r.p50.toFixed(2)} ms p99 ${r.p99.toFixed(2)} ms`;
    return [
      `${size} docs: insert ${Math.round(size / (insertMs / 1000))} docs/s (${Math.round(insertMs)} ms)`,
      `  _id $in x${BATCH}: ${fmt(inBatch)}`,
      `  indexed equality findOne: ${fmt(equality)}`,
    ].join('\n');
  } finally {
    await client.close();
    await engine.stop();
  }
}

console.log(`offline engine bench, node ${process.version}, ${cpus().length}x ${cpus()[0]?.model ?? 'cpu'}`);
for (const size of [10_000, 100_000]) console.log(await benchAt(size));
