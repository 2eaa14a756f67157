import { createHash } from 'node:crypto';
import { BSON } from 'mongodb';
import type { Connection } from 'mongoose';

/**
 * Per-collection document count and SHA-256 of every stored document's BSON bytes, in `_id`
 * order, for "stored data is byte-for-byte unchanged" checks. Empty collections (mongoose creates
 * them with their indexes on first use) hold no data and are left out.
 */
export type Fingerprint = Record<string, { count: number; sha256: string }>;

export async function fingerprint(connections: Readonly<Record<string, Connection>>): Promise<Fingerprint> {
  const result: Fingerprint = {};
  for (const [domain, connection] of Object.entries(connections).sort(([a], [b]) => a.localeCompare(b))) {
    const db = connection.db!;
    const names = (await db.listCollections({}, { nameOnly: true }).toArray())
      .map((collection) => collection.name)
      .sort();
    for (const name of names) {
      const hash = createHash('sha256');
      let count = 0;
      for await (const doc of db.collection(name).find({}, { sort: { _id: 1 }, batchSize: 10_000 })) {
        hash.update(BSON.serialize(doc));
        count++;
      }
      if (count > 0) result[`${domain}.${name}`] = { count, sha256: hash.digest('hex') };
    }
  }
  return result;
}
