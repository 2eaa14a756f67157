import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { ObjectId, type Db } from 'mongodb';
import type { Connection } from 'mongoose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IMPLEMENTATIONS } from '../subgraphs/registry.js';
import { AUDITED_READS_HEADER, AuditChainWriter, auditRecordModel, GENESIS_HASH } from '../platform/access/audit.js';
import { verifyAuditChain } from '../platform/access/audit-verify.js';
import { REQUEST_ID_HEADER, type Viewer } from '../platform/contract/identity.js';
import { runMigrations } from '../platform/server/migrations.js';
import { ADMIN, official, startSubgraphHarness, type Result, type SubgraphHarness } from './utils/subgraph-harness.js';
import { identityHeaders } from './utils/identity.js';
import { startTestStack, type TestStack } from './utils/stack.js';

/**
 * The audit trail fails closed and is tamper-evident: a full personal value is served only after
 * its audit row was written (one insert per batch), rows form a SHA-256 chain that the verifier
 * (and `npm run audit:verify`) checks, the model refuses to rewrite history, each row carries the
 * caller's stated purpose, and REQUIRE_PURPOSE refuses full reads without one. Expected hashes
 * are recomputed here from the documented serialisation, not with the code under test.
 */
const run = promisify(execFile);

let h: SubgraphHarness;
let civil: Db;

interface RawResident {
  _id: string;
  name: string;
  idNumber: string;
  phone: string | null;
  divisionCode: string;
  communityCode: string;
}

/** sha256 of JSON [1, _id, seq, at ISO, sub, role, domain, recordType, recordId, field, requestId, purpose, correlationId, prevHash] (audit.ts). */
function expectedHash(row: Record<string, any>, prevHash: string): string {
  const fields = [
    1,
    String(row._id),
    row.seq,
    (row.at as Date).toISOString(),
    row.sub,
    row.role,
    row.domain,
    row.recordType,
    row.recordId,
    row.field,
    row.requestId,
    row.purpose ?? null,
    row.correlationId ?? null,
    prevHash,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

const RESIDENTS = 'query { residents(first: 30) { edges { node { id name idNumber phone } } } }';

beforeAll(async () => {
  h = await startSubgraphHarness('civil-affairs');
  civil = h.connection.db!;
}, 120_000);
afterAll(async () => {
  await h?.stop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('audit-trail: fails closed', () => {
  it('audit-trail: a page of full reads is written with one insert, after which the values are served', async () => {
    await h.data(RESIDENTS); // the first append runs the migrations and reads the head
    const before = await civil.collection('audit_records').countDocuments();
    let data: Record<string, any> = {};
    const commands = await h.commandsOn('audit_records', async () => {
      data = await h.data(RESIDENTS);
    });
    const nodes = data.residents.edges.map((edge: any) => edge.node);
    expect(nodes, 'a full page of residents').toHaveLength(30);
    const raw = await civil
      .collection<RawResident>('residents')
      .find({ _id: { $in: nodes.map((node: any) => node.id) } })
      .toArray();
    const byId = new Map(raw.map((row) => [row._id, row]));
    for (const node of nodes)
      expect(node).toEqual({
        id: node.id,
        name: byId.get(node.id)!.name,
        idNumber: byId.get(node.id)!.idNumber,
        phone: byId.get(node.id)!.phone ?? null,
      });
    const fullReads = nodes.length * 2 + raw.filter((row) => row.phone).length;
    expect(commands.map((command) => command.name)).toEqual(['insert']);
    expect(await civil.collection('audit_records').countDocuments()).toBe(before + fullReads);
  });

  it('audit-trail: when the insert fails the full values error UNAVAILABLE, are not in the response, and the rest is served', async () => {
    const collection = auditRecordModel(h.connection).collection;
    const insert = vi.spyOn(collection, 'insertMany').mockRejectedValue(new Error('disk full'));
    const before = await civil.collection('audit_records').countDocuments();
    const result = await h.run(
      'query { residents(first: 30) { edges { node { id phone } } } divisions(first: 3) { totalCount } }',
    );
    expect(insert).toHaveBeenCalled();
    const nodes = result.data!.residents.edges.map((edge: any) => edge.node);
    expect(nodes, 'a full page of residents').toHaveLength(30);
    const raw = await civil
      .collection<RawResident>('residents')
      .find({ _id: { $in: nodes.map((node: any) => node.id) } })
      .toArray();
    const withPhone = raw.filter((row) => row.phone);
    expect(withPhone.length).toBeGreaterThan(0);
    expect(nodes.every((node: any) => node.phone === null)).toBe(true);
    expect(result.data!.divisions.totalCount).toBeGreaterThan(0);
    expect(result.errors).toHaveLength(withPhone.length);
    for (const error of result.errors!) {
      expect(error).toMatchObject({
        message: 'audit record could not be written; value withheld',
        extensions: { code: 'UNAVAILABLE' },
      });
      expect(error.path?.at(-1)).toBe('phone');
    }
    const text = JSON.stringify(result);
    for (const row of withPhone) expect(text).not.toContain(row.phone!);
    expect(await civil.collection('audit_records').countDocuments()).toBe(before);
  });

  it('audit-trail: a non-null personal field that cannot be audited nulls its parent; masked reads are still served', async () => {
    const resident = (await civil.collection<RawResident>('residents').findOne({ phone: { $ne: null } }))!;
    vi.spyOn(auditRecordModel(h.connection).collection, 'insertMany').mockRejectedValue(new Error('not primary'));
    const full = await h.run('query ($id: ID!) { resident(id: $id) { id idNumber } }', { id: resident._id });
    expect(full.data!.resident).toBeNull();
    expect(full.errors?.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
    expect(JSON.stringify(full)).not.toContain(resident.idNumber);
    const masked = await h.run(
      'query ($id: ID!) { resident(id: $id) { id idNumber } }',
      { id: resident._id },
      official(resident.communityCode, 'economy'),
    );
    expect(masked.errors).toBeUndefined();
    expect(masked.data!.resident).toEqual({
      id: resident._id,
      idNumber: `${resident.idNumber.slice(0, 6)}********${resident.idNumber.slice(-4)}`,
    });
  });

  it('audit-trail: an empty sub fails the read, it does not drop the row', async () => {
    const resident = (await civil.collection<RawResident>('residents').findOne({}))!;
    const nobody: Viewer = { ...ADMIN, sub: '' };
    const before = await civil.collection('audit_records').countDocuments();
    const result = await h.run('query ($id: ID!) { resident(id: $id) { id idNumber } }', { id: resident._id }, nobody);
    expect(result.data!.resident).toBeNull();
    expect(result.errors).toMatchObject([
      { message: 'audit record could not be written; value withheld', extensions: { code: 'UNAVAILABLE' } },
    ]);
    expect(JSON.stringify(result)).not.toContain(resident.idNumber);
    expect(await civil.collection('audit_records').countDocuments()).toBe(before);
  });
});

describe('audit-trail: the hash chain', () => {
  it('audit-trail: rows carry seq 1, 2, … and hash = sha256(serialisation + prevHash); the verifier agrees', async () => {
    await h.data(RESIDENTS);
    const rows = await civil.collection('audit_records').find({}).sort({ seq: 1 }).toArray();
    expect(rows.length).toBeGreaterThan(10);
    let prevHash = GENESIS_HASH;
    rows.forEach((row, index) => {
      expect(row.seq).toBe(index + 1);
      expect(row.prevHash).toBe(prevHash);
      expect(row.hash).toBe(expectedHash(row, prevHash));
      prevHash = row.hash;
    });
    expect(await verifyAuditChain(civil)).toEqual({
      ok: true,
      rows: rows.length,
      head: { seq: rows.length, hash: prevHash },
    });
  });

  it('audit-trail: the model refuses updates and deletes (and appends that bypass the chain)', async () => {
    const model = auditRecordModel(h.connection);
    const count = await civil.collection('audit_records').countDocuments();
    await expect(model.deleteOne({})).rejects.toThrow(/append-only/);
    await expect(model.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(model.findOneAndDelete({})).rejects.toThrow(/append-only/);
    await expect(model.updateOne({}, { $set: { sub: 'x' } })).rejects.toThrow(/append-only/);
    await expect(model.updateMany({}, { $set: { sub: 'x' } })).rejects.toThrow(/append-only/);
    await expect(model.findOneAndUpdate({}, { $set: { sub: 'x' } })).rejects.toThrow(/append-only/);
    await expect(model.replaceOne({}, { sub: 'x' })).rejects.toThrow(/append-only/);
    await expect(
      model.create({
        sub: 'x',
        role: 'admin',
        at: new Date(),
        domain: 'civil-affairs',
        recordType: 'R',
        recordId: '1',
        field: 'f',
        requestId: 'r',
        seq: 999,
        prevHash: 'a',
        hash: 'b',
      }),
    ).rejects.toThrow(/append-only/);
    expect(await civil.collection('audit_records').countDocuments()).toBe(count);
    expect((await verifyAuditChain(civil)).ok).toBe(true);
  });

  it('audit-trail: concurrent writers (two replicas) never fork the chain: the unique seq index and a re-read head', async () => {
    const replicaA = new AuditChainWriter(h.connection);
    const replicaB = new AuditChainWriter(h.connection);
    const row = (n: number) => ({
      _id: new ObjectId(),
      sub: 'replica-test',
      role: 'admin' as const,
      at: new Date(),
      domain: 'civil-affairs',
      recordType: 'Test',
      recordId: String(n),
      field: 'f',
      requestId: `fork-${n}`,
      purpose: null,
    });
    const before = await civil.collection('audit_records').countDocuments();
    const collection = auditRecordModel(h.connection).collection;
    const original = collection.insertMany.bind(collection);
    const duplicates: number[] = [];
    vi.spyOn(collection, 'insertMany').mockImplementation(async (...args: Parameters<typeof original>) => {
      try {
        return await original(...args);
      } catch (error) {
        duplicates.push((error as { code: number }).code);
        throw error;
      }
    });
    await Promise.all(
      Array.from({ length: 40 }, (_, n) => (n % 2 ? replicaA : replicaB).append([row(n), row(n + 100)])),
    );
    // Both started from the same head: at least one insert collided on seq and was retried.
    expect(duplicates.length).toBeGreaterThan(0);
    expect(new Set(duplicates)).toEqual(new Set([11000]));
    const report = await verifyAuditChain(civil);
    expect(report.ok).toBe(true);
    expect(report.rows).toBe(before + 80);
    expect(await civil.collection('audit_records').countDocuments({ sub: 'replica-test' })).toBe(80);
  });

  it('audit-trail: a changed row is reported at its seq, with the recomputed hash', async () => {
    const rows = await civil.collection('audit_records').find({}).sort({ seq: 1 }).toArray();
    const victim = rows[Math.floor(rows.length / 2)];
    await civil.collection('audit_records').updateOne({ _id: victim._id }, { $set: { sub: 'someone-else' } });
    try {
      const report = await verifyAuditChain(civil);
      expect(report.ok).toBe(false);
      expect(report.rows).toBe(victim.seq - 1);
      expect(report.broken).toEqual({
        seq: victim.seq,
        id: String(victim._id),
        reason: 'altered row',
        expected: `hash ${expectedHash({ ...victim, sub: 'someone-else' }, victim.prevHash)}`,
        found: `hash ${victim.hash}`,
      });
    } finally {
      await civil.collection('audit_records').updateOne({ _id: victim._id }, { $set: { sub: victim.sub } });
    }
    expect((await verifyAuditChain(civil)).ok).toBe(true);
  });

  it('audit-trail: a deleted row is reported as missing at the next seq; the CLI exits 1 on it', async () => {
    const env = { ...process.env, MONGO_ENGINE: 'uri', MONGODB_URI: h.uri };
    const ok = await run(process.execPath, ['--import', 'tsx', 'cli/audit-verify.ts', '--domain', 'civil-affairs'], {
      env,
    });
    expect(ok.stdout).toMatch(/^civil-affairs: OK, \d+ rows, head seq \d+ hash [0-9a-f]{64}$/m);

    const rows = await civil.collection('audit_records').find({}).sort({ seq: 1 }).toArray();
    const victim = rows[3];
    await civil.collection('audit_records').deleteOne({ _id: victim._id });
    try {
      const report = await verifyAuditChain(civil);
      expect(report.ok).toBe(false);
      expect(report.broken).toEqual({
        seq: victim.seq + 1,
        id: String(rows[4]._id),
        reason: 'missing rows',
        expected: `seq ${victim.seq}`,
        found: `seq ${victim.seq + 1}`,
      });
      const broken = await run(
        process.execPath,
        ['--import', 'tsx', 'cli/audit-verify.ts', '--domain', 'civil-affairs'],
        { env },
      ).then(
        () => ({ code: 0, stdout: '' }),
        (error: { code: number; stdout: string }) => error,
      );
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain(
        `civil-affairs: BROKEN at seq ${victim.seq + 1} (row ${rows[4]._id}): missing rows; expected seq ${victim.seq}, found seq ${victim.seq + 1}`,
      );
    } finally {
      await civil.collection('audit_records').insertOne(victim);
    }
    expect((await verifyAuditChain(civil)).ok).toBe(true);
  }, 60_000);
});

describe('audit-trail: the migration chains rows written before the chain', () => {
  it('audit-trail: legacy rows are chained in at, _id order, once; a second run changes nothing', async () => {
    const legacy: Connection = h.connection.useDb(`legacy_${randomUUID().slice(0, 8)}`);
    const db = legacy.db!;
    const base = Date.UTC(2024, 0, 1);
    const ids = [new ObjectId(), new ObjectId(), new ObjectId(), new ObjectId()];
    // Inserted out of order; two share one `at`, so _id decides between them.
    const rows = [
      { _id: ids[2], at: new Date(base + 2000), n: 2 },
      { _id: ids[0], at: new Date(base + 1000), n: 0 },
      { _id: ids[3], at: new Date(base + 3000), n: 3 },
      { _id: ids[1], at: new Date(base + 1000), n: 1 },
    ].map(({ _id, at, n }) => ({
      _id,
      sub: `legacy-${n}`,
      role: 'admin',
      at,
      domain: 'civil-affairs',
      recordType: 'Resident',
      recordId: `r${n}`,
      field: 'idNumber',
      requestId: `legacy-request-${n}`,
    }));
    await db.collection('audit_records').insertMany(rows);
    await runMigrations(legacy);
    const chained = await db.collection('audit_records').find({}).sort({ seq: 1 }).toArray();
    expect(chained.map((row) => row.sub)).toEqual(['legacy-0', 'legacy-1', 'legacy-2', 'legacy-3']);
    let prevHash = GENESIS_HASH;
    for (const row of chained) {
      expect(row.hash).toBe(expectedHash(row, prevHash));
      prevHash = row.hash;
    }
    expect(await db.collection('schema_migrations').find({}).project({ _id: 1, state: 1 }).toArray()).toEqual([
      { _id: '001-audit-chain', state: 'applied' },
      { _id: '002-record-keys', state: 'applied' },
    ]);
    const indexes = await db.collection('audit_records').indexes();
    expect(indexes.find((index) => index.key.seq === 1)).toMatchObject({ unique: true });
    expect(indexes.some((index) => index.expireAfterSeconds !== undefined)).toBe(false);

    // Applied versions are not run again (a fresh connection: nothing memoised).
    const again = h.connection.useDb(db.databaseName, { useCache: false });
    await runMigrations(again);
    expect(await db.collection('audit_records').find({}).sort({ seq: 1 }).toArray()).toEqual(chained);
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await db.dropDatabase();
  });
});

describe('audit-trail: purpose', () => {
  const SECRET = 'test-secret';

  async function post(
    url: string,
    viewer: Viewer,
    query: string,
    variables: Record<string, unknown>,
    options: { purpose?: string; headers?: Record<string, string> } = {},
  ) {
    const requestId = `purpose-${randomUUID()}`;
    const body = JSON.stringify({ query, variables });
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...identityHeaders(viewer, { url, body }, SECRET, { requestId, purpose: options.purpose }),
        ...options.headers,
      },
      body,
    });
    return {
      requestId,
      status: response.status,
      audited: response.headers.get(AUDITED_READS_HEADER),
      body: (await response.json()) as Result,
    };
  }

  it('audit-trail: REQUIRE_PURPOSE refuses full reads without x-access-purpose (FORBIDDEN), serves masked ones, records the purpose', async () => {
    const server = IMPLEMENTATIONS['civil-affairs'].create({
      connection: h.connection,
      subgraphSecret: SECRET,
      requirePurpose: true,
    });
    const listening = await server.listen(0);
    try {
      const resident = (await civil.collection<RawResident>('residents').findOne({ phone: { $ne: null } }))!;
      const QUERY = 'query ($id: ID!) { resident(id: $id) { id phone } }';
      // An x-access-purpose header sent to the subgraph itself is not the signed purpose: ignored.
      const refused = await post(
        listening.url,
        ADMIN,
        QUERY,
        { id: resident._id },
        { headers: { 'x-access-purpose': 'unsigned purpose' } },
      );
      expect(refused.status).toBe(200);
      expect(refused.body.data!.resident).toEqual({ id: resident._id, phone: null });
      expect(refused.body.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' }, path: ['resident', 'phone'] }]);
      expect(refused.body.errors![0].message).toContain('x-access-purpose');
      expect(JSON.stringify(refused.body)).not.toContain(resident.phone!);
      expect(refused.audited).toBe('0');
      expect(await civil.collection('audit_records').countDocuments({ requestId: refused.requestId })).toBe(0);

      const masked = await post(listening.url, official(resident.communityCode, 'economy'), QUERY, {
        id: resident._id,
      });
      expect(masked.body.errors).toBeUndefined();
      expect(masked.body.data!.resident.phone).toBe(`${resident.phone!.slice(0, 3)}****${resident.phone!.slice(-4)}`);

      const purpose = '低保复核 case 2026-12 / annual review';
      const allowed = await post(listening.url, ADMIN, QUERY, { id: resident._id }, { purpose });
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data!.resident.phone).toBe(resident.phone);
      expect(allowed.audited).toBe('1');
      expect(
        await civil
          .collection('audit_records')
          .find({ requestId: allowed.requestId })
          .project({ _id: 0, field: 1, purpose: 1 })
          .toArray(),
      ).toEqual([{ field: 'phone', purpose }]);
    } finally {
      await listening.close(1000);
    }
  });

  describe('through the gateway', () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack({ seed: true });
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    it('audit-trail: the gateway forwards x-access-purpose; each full read records it', async () => {
      const db = stack.connections['civil-affairs'].db!;
      const resident = (await db.collection<RawResident>('residents').findOne({ phone: { $ne: null } }))!;
      const requestId = `gateway-purpose-${randomUUID()}`;
      const response = await stack.graphql<any>('query ($id: ID!) { resident(id: $id) { idNumber phone } }', {
        token: await stack.token({ sub: 'purpose-admin', role: 'admin' }),
        variables: { id: resident._id },
        headers: { [REQUEST_ID_HEADER]: requestId, 'x-access-purpose': 'complaint 4711 follow-up' },
      });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.resident).toEqual({ idNumber: resident.idNumber, phone: resident.phone });
      // The caller's x-request-id is kept as the correlation id; the audit's request id is the gateway's own.
      const rows = await db.collection('audit_records').find({ correlationId: requestId }).sort({ field: 1 }).toArray();
      expect(rows.map((row) => [row.field, row.purpose, row.sub])).toEqual([
        ['idNumber', 'complaint 4711 follow-up', 'purpose-admin'],
        ['phone', 'complaint 4711 follow-up', 'purpose-admin'],
      ]);
      const unstated = await stack.graphql<any>('query ($id: ID!) { resident(id: $id) { phone } }', {
        token: await stack.token({ sub: 'purpose-admin', role: 'admin' }),
        variables: { id: resident._id },
        headers: { [REQUEST_ID_HEADER]: `${requestId}-none` },
      });
      expect(unstated.body.errors).toBeUndefined();
      expect(
        await db
          .collection('audit_records')
          .find({ correlationId: `${requestId}-none` })
          .project({ _id: 0, purpose: 1 })
          .toArray(),
      ).toEqual([{ purpose: null }]);
      // Rows with a correlation id and a purpose are hashed with both, and the verifier agrees.
      const report = await verifyAuditChain(db);
      expect(report.ok).toBe(true);
      expect(report.rows).toBe(await db.collection('audit_records').countDocuments());
      const tampered = rows[0];
      await db
        .collection('audit_records')
        .updateOne({ _id: tampered._id }, { $set: { correlationId: 'someone-else' } });
      try {
        expect(await verifyAuditChain(db)).toMatchObject({ ok: false });
      } finally {
        await db.collection('audit_records').updateOne({ _id: tampered._id }, { $set: { correlationId: requestId } });
      }
      expect((await verifyAuditChain(db)).ok).toBe(true);
    });

    it.each([
      ['201 characters', 'x'.repeat(201)],
      ['a control character (tab)', 'review\tcase'],
    ])('audit-trail: a purpose with %s is refused with BAD_USER_INPUT (HTTP 400)', async (_label, purpose) => {
      const response = await stack.graphql<any>('{ residents(first: 1) { totalCount } }', {
        token: await stack.token({ sub: 'purpose-admin', role: 'admin' }),
        headers: { 'x-access-purpose': purpose },
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
      expect(response.body.errors![0].message).toContain('x-access-purpose');
    });

    it('audit-trail: a purpose of exactly 200 characters is accepted', async () => {
      const response = await stack.graphql<any>('{ residents(first: 1) { totalCount } }', {
        token: await stack.token({ sub: 'purpose-admin', role: 'admin' }),
        headers: { 'x-access-purpose': 'y'.repeat(200) },
      });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    });
  });
});
