import type { Connection } from 'mongoose';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import { IMPLEMENTATIONS } from './registry.js';
import { connectDatabase } from '../platform/server/database.js';
import type { Domain } from '../platform/contract/identity.js';

interface SeedOptions {
  scale: number;
  seed: number;
  /** Seed only databases that have no collections yet (what `npm start` does). */
  onlyEmpty?: boolean;
  only?: Domain[];
  log?: (line: string) => void;
}

async function isEmpty(connection: Connection): Promise<boolean> {
  const collections = await connection.listCollections();
  return collections.filter((collection) => collection.name !== 'audit_records').length === 0;
}

/** Seeds every subgraph's own database through its own seeder (no cross-database writes). */
export async function seedAll(uri: string, options: SeedOptions): Promise<void> {
  const log = options.log ?? console.log;
  for (const info of SUBGRAPHS) {
    if (options.only && !options.only.includes(info.name)) continue;
    const connection = await connectDatabase(uri, info.database);
    try {
      if (options.onlyEmpty && !(await isEmpty(connection))) continue;
      const started = Date.now();
      await IMPLEMENTATIONS[info.name].seed(connection, { scale: options.scale, seed: options.seed });
      log(`seed: ${info.name} seeded in ${Date.now() - started} ms`);
    } finally {
      await connection.close();
    }
  }
}
