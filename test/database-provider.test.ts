import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { connectDatabase, provideDatabase, type DatabaseServer } from '../platform/server/database.js';

describe('database provider', () => {
  let offline: DatabaseServer;
  const lines: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'provider-'));

  beforeAll(async () => {
    offline = await provideDatabase({ env: { MONGO_ENGINE: 'offline' }, log: (line) => lines.push(line) });
  });

  afterAll(async () => {
    await offline?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs one line naming its choice and reason', () => {
    expect(offline.kind).toBe('offline');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^database: using offline \(forced by MONGO_ENGINE=offline/);
    expect(offline.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+$/);
  });

  it('prefers MONGODB_URI', async () => {
    const server = await provideDatabase({ env: { MONGODB_URI: offline.uri }, log: () => {} });
    expect(server).toMatchObject({ kind: 'uri', uri: offline.uri, reason: 'MONGODB_URI is set' });
  });

  it('falls back to the offline engine when no mongod can be had', async () => {
    const server = await provideDatabase({ env: { MONGOMS_SYSTEM_BINARY: '/nonexistent/mongod' }, log: () => {} });
    try {
      expect(server.kind).toBe('offline');
      expect(server.reason).toContain('/nonexistent/mongod does not exist');
    } finally {
      await server.stop();
    }
  });

  it('refuses a forced choice it cannot honour', async () => {
    await expect(provideDatabase({ env: { MONGO_ENGINE: 'uri' }, log: () => {} })).rejects.toThrow(/MONGODB_URI/);
    await expect(
      provideDatabase({ env: { MONGO_ENGINE: 'memory-server', MONGOMS_SYSTEM_BINARY: '/nope' }, log: () => {} }),
    ).rejects.toThrow(/no mongod/);
    await expect(provideDatabase({ env: { MONGO_ENGINE: 'sqlite' }, log: () => {} })).rejects.toThrow(/MONGO_ENGINE/);
  });

  it('keeps data in dataDir across restarts', async () => {
    const env = { MONGO_ENGINE: 'offline' };
    let server = await provideDatabase({ dataDir, env, log: () => {} });
    let connection = await connectDatabase(server.uri, 'economy');
    await connection.collection('firms').insertOne({ name: 'kept' });
    await connection.close();
    await server.stop();
    server = await provideDatabase({ dataDir, env, log: () => {} });
    connection = await connectDatabase(server.uri, 'economy');
    expect(await connection.collection('firms').countDocuments({ name: 'kept' })).toBe(1);
    await connection.close();
    await server.stop();
  });

  it('connects per subgraph database with sanitised, strict filters', async () => {
    const economy = await connectDatabase(offline.uri, 'economy');
    const civil = await connectDatabase(offline.uri, 'civil_affairs');
    try {
      const Firm = economy.model('Firm', new mongoose.Schema({ name: String }));
      await Firm.create({ name: 'a' });
      expect(await civil.collection('firms').countDocuments()).toBe(0);
      const injected = JSON.parse('{"name":{"$ne":"nobody"}}');
      // Sanitised into `$eq: { $ne: ... }`, which cannot be cast to a string: refused, not widened.
      await expect(Firm.find(injected).lean()).rejects.toThrow(/Cast to string failed/);
      await expect(Firm.find({ notInSchema: 1 }).lean()).rejects.toThrow(/notInSchema/);
    } finally {
      await economy.close();
      await civil.close();
    }
  });
});
