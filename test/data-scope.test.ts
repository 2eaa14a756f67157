import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import type { Connection, Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine } from '../engine/index.js';
import { createCivilAffairsModels, type CivilAffairsModels } from '../subgraphs/civil-affairs/models.js';
import { IMPLEMENTATIONS } from '../subgraphs/registry.js';
import { connectDatabase } from '../platform/server/database.js';
import { ELEVATIONS, unscoped } from '../platform/access/elevations.js';
import type { Role, Viewer } from '../platform/contract/identity.js';
import { runInRequestScope } from '../platform/access/request-scope.js';

/**
 * The data layer's jurisdiction, checked on the real models over the offline engine: for
 * generated jurisdictions (unions of real divisions of any level) every read and write of a
 * request touches exactly the records whose division lies inside, computed independently here
 * by prefix comparison over the raw collections.
 */
let engine: Awaited<ReturnType<typeof startEngine>>;
let connection: Connection;
let models: CivilAffairsModels;
let divisionCodes: string[];

beforeAll(async () => {
  engine = await startEngine();
  connection = await connectDatabase(engine.uri, 'civil_affairs');
  await IMPLEMENTATIONS['civil-affairs'].seed(connection, { scale: 1, seed: 20201130 });
  models = createCivilAffairsModels(connection);
  divisionCodes = (await connection.collection('divisions').find({}).toArray()).map((d) => String(d.code)).sort();
}, 120_000);
afterAll(async () => {
  await connection?.close();
  await engine?.stop();
});

const raw = (collection: string) =>
  connection.collection<{ _id: string; divisionCode: string; [key: string]: unknown }>(collection);
const ancestry = (code: string) => ({
  districtCode: code.slice(0, 6),
  streetCode: code.slice(0, 9),
  communityCode: code.slice(0, 12),
  gridCode: null,
});
const inside = (jurisdiction: readonly string[], code: string) => jurisdiction.some((root) => code.startsWith(root));
const asViewer = <T>(jurisdiction: string[], fn: () => Promise<T>, role: Role = 'analyst'): Promise<T> => {
  const viewer: Viewer = { sub: 'scope-test', role, jurisdiction, domains: ['civil-affairs'] };
  return runInRequestScope({ viewer, domain: 'civil-affairs', requestId: 'scope-test' }, fn);
};

/** One to three real divisions of any level: a union, possibly nested or disjoint. */
const jurisdictions = () => fc.uniqueArray(fc.constantFrom(...divisionCodes), { minLength: 1, maxLength: 3 });
const SCOPED = ['Resident', 'AssistanceCase', 'BenefitPayment', 'ServiceRecord'] as const;

async function idsInside(collection: string, jurisdiction: readonly string[]): Promise<string[]> {
  const docs = await raw(collection)
    .find({}, { projection: { divisionCode: 1 } })
    .toArray();
  return docs
    .filter((doc) => inside(jurisdiction, doc.divisionCode))
    .map((doc) => String(doc._id))
    .sort();
}

describe('data scope: reads', () => {
  it('data scope: find, countDocuments, distinct and aggregate see exactly the records inside a generated jurisdiction', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(jurisdictions(), fc.constantFrom(...SCOPED), async (jurisdiction, name) => {
        const model: Model<any> = models[name];
        const collection = model.collection.collectionName;
        const expected = await idsInside(collection, jurisdiction);
        if (expected.length > 0) nonEmpty++;
        const found = await asViewer(jurisdiction, () => model.find({}, { _id: 1 }).lean().exec());
        expect(found.map((doc) => String(doc._id)).sort()).toEqual(expected);
        expect(await asViewer(jurisdiction, () => model.countDocuments({}).exec())).toBe(expected.length);
        expect((await asViewer(jurisdiction, () => model.distinct('_id').exec())).map(String).sort()).toEqual(expected);
        const [grouped] = await asViewer(jurisdiction, () =>
          model.aggregate<{ n: number }>([{ $group: { _id: null, n: { $sum: 1 } } }]).exec(),
        );
        expect(grouped?.n ?? 0).toBe(expected.length);
      }),
      { numRuns: 40, seed: 20261202 },
    );
    // The generated cases must have reached records, or the property says nothing.
    expect(nonEmpty).toBeGreaterThan(10);
  });

  it('data scope: a $lookup into a scoped collection brings back only records inside the jurisdiction', async () => {
    let joined = 0;
    await fc.assert(
      fc.asyncProperty(jurisdictions(), async (jurisdiction) => {
        const rows = await asViewer(jurisdiction, () =>
          models.BenefitPayment.aggregate<{ cases: { divisionCode: string }[] }>([
            { $limit: 60 },
            { $lookup: { from: 'assistance_cases', localField: 'caseId', foreignField: '_id', as: 'cases' } },
            // A pipeline-only $lookup that names no local field must be narrowed as well.
            {
              $lookup: {
                from: 'residents',
                pipeline: [{ $limit: 20 }, { $project: { divisionCode: 1 } }],
                as: 'residents',
              },
            },
          ]).exec(),
        );
        for (const row of rows as unknown as {
          cases: { divisionCode: string }[];
          residents: { divisionCode: string }[];
        }[]) {
          for (const record of [...row.cases, ...row.residents]) {
            expect(inside(jurisdiction, record.divisionCode)).toBe(true);
            joined++;
          }
        }
      }),
      { numRuns: 10, seed: 20261203 },
    );
    // The generated cases must have joined records, or the property says nothing.
    expect(joined).toBeGreaterThan(0);
  });

  it('data scope: divisions are visible inside the jurisdiction and as its ancestors, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(jurisdictions(), async (jurisdiction) => {
        const seen = (await asViewer(jurisdiction, () => models.Division.find({}, { code: 1 }).lean().exec()))
          .map((d) => d.code)
          .sort();
        const expected = divisionCodes.filter((code) =>
          jurisdiction.some((root) => code.startsWith(root) || root.startsWith(code)),
        );
        expect(seen).toEqual(expected);
      }),
      { numRuns: 25, seed: 20261204 },
    );
  });
});

describe('data scope: writes', () => {
  it('data scope: updateMany and deleteMany change only records inside the jurisdiction', async () => {
    await fc.assert(
      fc.asyncProperty(jurisdictions(), async (jurisdiction) => {
        const expected = await idsInside('assistance_cases', jurisdiction);
        const marker = 1_000_000 + Math.floor(Math.random() * 1_000_000);
        const result = await asViewer(
          jurisdiction,
          () => models.AssistanceCase.updateMany({}, { $set: { version: marker } }).exec(),
          'admin',
        );
        expect(result.matchedCount).toBe(expected.length);
        const marked = (await raw('assistance_cases').find({ version: marker }).toArray())
          .map((doc) => String(doc._id))
          .sort();
        expect(marked).toEqual(expected);
        await raw('assistance_cases').updateMany({ version: marker }, { $set: { version: 0 } });
      }),
      { numRuns: 15, seed: 20261205 },
    );
    // Probes in every community, then a generated jurisdiction deletes "all" of them.
    const template = (await raw('service_records').findOne({}))!;
    const communities = divisionCodes.filter((code) => code.length === 12);
    await fc.assert(
      fc.asyncProperty(jurisdictions(), async (jurisdiction) => {
        await raw('service_records').insertMany(
          communities.map((code) => ({ ...template, _id: `probe-${code}`, divisionCode: code, ...ancestry(code) })),
        );
        const result = await asViewer(
          jurisdiction,
          () => models.ServiceRecord.deleteMany({ _id: /^probe-/ }).exec(),
          'admin',
        );
        const left = (
          await raw('service_records')
            .find({ _id: /^probe-/ })
            .toArray()
        )
          .map((doc) => doc.divisionCode)
          .sort();
        expect(left).toEqual(communities.filter((code) => !inside(jurisdiction, code)));
        expect(result.deletedCount).toBe(communities.length - left.length);
        await raw('service_records').deleteMany({ _id: /^probe-/ });
      }),
      { numRuns: 15, seed: 20261206 },
    );
  });

  it('data scope: a record cannot be created or moved outside the jurisdiction', async () => {
    const communities = divisionCodes.filter((code) => code.length === 12);
    const [mine, other] = [communities[0], communities.find((code) => !code.startsWith(communities[0].slice(0, 9)))!];
    const template = await raw('service_records').findOne({ communityCode: mine });
    expect(template).not.toBeNull();
    const { _id, districtCode, streetCode, communityCode, gridCode, ...fields } = template!;
    void [_id, districtCode, streetCode, communityCode, gridCode];
    const create = (code: string) =>
      asViewer(
        [mine],
        () => models.ServiceRecord.create({ ...fields, _id: `scope-test-${code}`, divisionCode: code }),
        'community_worker',
      );
    await expect(create(other)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await raw('service_records').countDocuments({ _id: `scope-test-${other}` })).toBe(0);
    await create(mine);
    expect(await raw('service_records').countDocuments({ _id: `scope-test-${mine}` })).toBe(1);
    const move = () =>
      asViewer(
        [mine],
        () => models.ServiceRecord.updateOne({ _id: `scope-test-${mine}` }, { $set: { divisionCode: other } }).exec(),
        'community_worker',
      );
    await expect(move()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await raw('service_records').findOne({ _id: `scope-test-${mine}` })).toMatchObject({ divisionCode: mine });
    await raw('service_records').deleteOne({ _id: `scope-test-${mine}` });
  });
});

describe('data scope: outside any request', () => {
  it('data scope: a command with no viewer fails closed; the seed elevation reads everything', async () => {
    await expect(models.Resident.countDocuments({}).exec()).rejects.toThrow(/outside any request scope/);
    await expect(models.Resident.aggregate([{ $count: 'n' }]).exec()).rejects.toThrow(/outside any request scope/);
    expect(await unscoped('seed', () => models.Resident.countDocuments({}).exec())).toBe(
      await raw('residents').countDocuments(),
    );
  });
});

/** Every source file of the product (not tests), relative to the repository root. */
function productFiles(dir = '.'): string[] {
  const skip = new Set(['node_modules', '.git', 'test', '.data', '.ci', '__generated__', 'docs', 'bench']);
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (skip.has(name)) return [];
    if (statSync(path).isDirectory()) return productFiles(path);
    return path.endsWith('.ts') ? [relative('.', path)] : [];
  });
}

describe('data scope: no way around it', () => {
  const files = productFiles().map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('data scope: only elevations.ts lifts the scope, and every listed elevation is used', () => {
    expect(files.length).toBeGreaterThan(50);
    const lifting = files
      .filter((file) => /\brunElevated\(/.test(file.text))
      .map((file) => file.path)
      .sort();
    // request-scope.ts defines it (`runElevated<T>(`); elevations.ts is its only caller.
    expect(lifting).toEqual(['platform/access/elevations.ts']);
    for (const reason of Object.keys(ELEVATIONS)) {
      const users = files.filter((file) => file.text.includes(`unscoped('${reason}'`));
      expect(users.length, `elevation ${reason} is listed but never used`).toBeGreaterThan(0);
    }
  });

  it('data scope: the raw driver (Model.collection, connection.db) is reached only by seeds, import and export, which run elevated', () => {
    const rawAccess =
      /\.collection\.(find|findOne|aggregate|count|countDocuments|distinct|update|updateOne|updateMany|delete|deleteOne|deleteMany|insert|insertOne|insertMany|bulkWrite|replaceOne|findOneAnd)/;
    const users = files
      .filter((file) => rawAccess.test(file.text) || /connection\.db\.collection|\.db\.collection\(/.test(file.text))
      .map((file) => file.path)
      .sort();
    // Seeds, import and export run elevated; the engine is the database. The system's own
    // bookkeeping (audit chain, migrations) goes through `bookkeeping()`, named in elevations.ts.
    expect(users.length, 'seeds, import and export reach the raw driver').toBeGreaterThan(0);
    const allowed = (path: string) =>
      /(^|\/)(seed|[a-z-]+-seed|seeding|import|export|import-cli|export-cli)\.ts$/.test(path) ||
      /(^|\/)seed\//.test(path) ||
      path.startsWith('engine/');
    expect(users.filter((path) => !allowed(path))).toEqual([]);
    const bookkeepers = files
      .filter((file) => /\bbookkeeping(<[^>]*>)?\(/.test(file.text))
      .map((file) => file.path)
      .sort();
    expect(bookkeepers).toEqual([
      'platform/access/audit.ts',
      'platform/access/elevations.ts',
      'platform/server/migrations.ts',
    ]);
    // A mongoose connection's own driver collections: only through the two named functions of elevations.ts.
    const driverCollections = files
      .filter(
        (file) =>
          /\bconnection\.collection(<[^>]*>)?\(/.test(file.text) &&
          !/(^|\/)(seed|[a-z-]+-seed|seeding|import|export)\.ts$/.test(file.path) &&
          !/(^|\/)seed\//.test(file.path) &&
          !file.path.startsWith('engine/'),
      )
      .map((file) => file.path);
    expect(driverCollections).toEqual(['platform/access/elevations.ts']);
    const migrators = files
      .filter((file) => /\bmigratedCollection(<[^>]*>)?\(/.test(file.text))
      .map((file) => file.path)
      .sort();
    expect(migrators).toEqual(['platform/access/elevations.ts', 'platform/server/migrations.ts']);
  });
});
