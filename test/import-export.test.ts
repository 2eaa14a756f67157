import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPLEMENTATIONS } from '../subgraphs/registry.js';
import { collectionSpec } from '../subgraphs/import-export.js';
import { connectDatabase, provideDatabase, type DatabaseServer } from '../platform/server/database.js';
import { exportRows, toCsv } from '../platform/import-export/export.js';
import { importRows, ImportFileError } from '../platform/import-export/import.js';
import { readRows } from '../platform/import-export/read.js';
import { DIVISIONS } from '../platform/world/divisions.js';
import { creditCode, idNumber } from './utils/identifiers.js';

/**
 * Import and export over the offline engine: row-level validation with an exact error report,
 * nothing partial written, idempotent re-runs, GB18030 and UTF-8-with-BOM files, and export →
 * import round trips into fresh databases (one through the npm scripts themselves).
 */
const run = promisify(execFile);
const DIVISION_CODES = new Set(DIVISIONS.map((division) => division.code));
const GRID = '120116011006001'; // a grid of 興華里社區, 大港街道
const dir = mkdtempSync(join(tmpdir(), 'import-export-'));

let database: DatabaseServer;
const connections: Connection[] = [];
async function open(name: string): Promise<Connection> {
  const connection = await connectDatabase(database.uri, name);
  connections.push(connection);
  return connection;
}
let civil: Connection;
let economy: Connection;

beforeAll(async () => {
  database = await provideDatabase({ log: () => {} });
  civil = await open('civil_affairs');
  economy = await open('economy');
  await IMPLEMENTATIONS['civil-affairs'].seed(civil, { scale: 1, seed: 20201130 });
  await IMPLEMENTATIONS.economy.seed(economy, { scale: 1, seed: 20201130 });
}, 120_000);

afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  await database?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Everything in a collection, in _id order, hashed: equal hashes mean nothing changed. */
async function checksum(connection: Connection, collection: string): Promise<{ count: number; hash: string }> {
  const docs = await connection.collection(collection).find({}).sort({ _id: 1 }).toArray();
  return { count: docs.length, hash: createHash('sha256').update(JSON.stringify(docs)).digest('hex') };
}

const HEADER = 'divisionCode,name,sex,birthDate,idNumber,phone,householdNumber,relationToHead';
const RESIDENT_A = idNumber('120116', '19800501', '123'); // order code odd: male
const RESIDENT_B = idNumber('120116', '19921130', '246'); // even: female
const BAD_CHECK = `${RESIDENT_A.slice(0, 17)}${RESIDENT_A[17] === '0' ? '1' : '0'}`;

describe('import: residents with valid and invalid rows', () => {
  let db: Connection;
  let report: Awaited<ReturnType<typeof importRows>>;
  beforeAll(async () => {
    db = await open('import_mixed');
    const csv = [
      HEADER,
      `${GRID},王建国,MALE,1980-05-01,${RESIDENT_A},13812345678,H001,HEAD`, // 2: valid
      `${GRID},李四,MALE,1980-05-01,${BAD_CHECK},,H002,HEAD`, // 3: check digit
      `999999999999999,赵六,FEMALE,1992-11-30,${idNumber('120116', '19921130', '248')},,H003,HEAD`, // 4: no such division
      `${GRID},,UNKNOWN,1992-11-30,${idNumber('120116', '19921130', '250')},,H004,SPOUSE`, // 5: name missing, sex not an enum value
      `${GRID},陳美玲,FEMALE,1992/11/30,${RESIDENT_B},,H001,SPOUSE`, // 6: valid (Traditional name, Excel date)
      `${GRID},孙七,MALE,1980-05-02,${idNumber('120116', '19800501', '125')},,H005,HEAD`, // 7: birth date differs from the ID
      `${GRID},王建国,MALE,1980-05-01,${RESIDENT_A},,H001,HEAD`, // 8: same ID number as row 2
      `${GRID},周八,MALE,1980-05-01,${idNumber('120116', '19800501', '127')},1234,H006,HEAD`, // 9: phone
    ].join('\n');
    report = await importRows(db, collectionSpec('residents'), readRows(file('mixed.csv', csv)), DIVISION_CODES);
  });

  it('import: the report names each bad row, field and reason exactly', () => {
    expect(report).toMatchObject({ collection: 'residents', rows: 8, inserted: 2, updated: 0, unchanged: 0 });
    expect(report.errors).toEqual([
      {
        row: 3,
        field: 'idNumber',
        reason: 'not a valid 18-character resident ID number (GB 11643: birth date and check digit)',
      },
      { row: 4, field: 'divisionCode', reason: '999999999999999 is not a division in the division tree' },
      { row: 5, field: 'name', reason: 'Path `name` is required.' },
      { row: 5, field: 'sex', reason: '`UNKNOWN` is not a valid enum value for path `sex`.' },
      { row: 7, field: 'birthDate', reason: 'differs from the birth date in the ID number (19800501)' },
      { row: 8, field: 'idNumber', reason: 'same idNumber as row 2' },
      { row: 9, field: 'phone', reason: 'not an 11-digit mobile number' },
    ]);
  });

  it('import: only the valid rows are written, whole, text as given', async () => {
    const docs = await db.collection('residents').find({}).sort({ idNumber: 1 }).toArray();
    expect(docs.map((doc) => doc.idNumber)).toEqual([RESIDENT_A, RESIDENT_B].sort());
    const chen = docs.find((doc) => doc.idNumber === RESIDENT_B)!;
    expect(chen).toMatchObject({
      name: '陳美玲',
      sex: 'FEMALE',
      divisionCode: GRID,
      districtCode: '120116',
      streetCode: '120116011',
      communityCode: '120116011006',
      gridCode: GRID,
      phone: null,
    });
    expect(chen.birthDate).toEqual(new Date('1992-11-30T00:00:00+08:00'));
  });

  it('import: the same file again changes nothing', async () => {
    const before = await checksum(db, 'residents');
    const again = await importRows(db, collectionSpec('residents'), readRows(join(dir, 'mixed.csv')), DIVISION_CODES);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect(again.errors).toEqual(report.errors);
    expect(await checksum(db, 'residents')).toEqual(before);
  });

  it('import: a changed row updates its record by natural key, columns left out stay as they were', async () => {
    const csv = `idNumber,phone,name,sex,birthDate,divisionCode,householdNumber,relationToHead\n${RESIDENT_A},13900001111,王建国,MALE,1980-05-01,${GRID},H001,HEAD\n`;
    const changed = await importRows(db, collectionSpec('residents'), readRows(file('phone.csv', csv)), DIVISION_CODES);
    expect(changed).toMatchObject({ inserted: 0, updated: 1, errors: [] });
    expect(await db.collection('residents').countDocuments()).toBe(2);
    expect((await db.collection('residents').findOne({ idNumber: RESIDENT_A }))!.phone).toBe('13900001111');
  });

  it('import: an unknown column refuses the whole file', async () => {
    const rows = readRows(file('typo.csv', `${HEADER},nmae\n`));
    await expect(importRows(db, collectionSpec('residents'), rows, DIVISION_CODES)).rejects.toThrow(ImportFileError);
  });
});

describe('import: encodings', () => {
  it('import: a GB18030 file with Chinese headers (what Chinese Excel saves) imports with its text intact', async () => {
    const db = await open('import_gb18030');
    const code = creditCode('91120116MA05XY1Q7'.slice(0, 17));
    const csv = `统一社会信用代码,企业名称,行业,协税企业,科技型中小企业,小巨人企业,非公企业,地址,成立日期,区划代码\r\n${code},興華里便民超市有限公司,COMMERCE,true,false,false,true,大港街道興華里12号,2015-03-01,120116011006\r\n`;
    const bytes = iconv.encode(csv, 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const report = await importRows(
      db,
      collectionSpec('enterprises'),
      readRows(file('enterprises.csv', bytes)),
      DIVISION_CODES,
    );
    expect(report).toMatchObject({ inserted: 1, errors: [] });
    const stored = await db.collection('enterprises').findOne({ creditCode: code });
    expect(stored).toMatchObject({
      name: '興華里便民超市有限公司',
      address: '大港街道興華里12号',
      searchName: '兴华里便民超市有限公司',
      taxCooperating: true,
      nonPublic: true,
    });
  });

  it('import: a UTF-8 file with a byte-order mark reads its first header correctly', async () => {
    const db = await open('import_bom');
    const csv =
      '\uFEFFdivisionCode,name,type,status,installedAt\r\n120116011001,福苑里门禁1号,ACCESS_GATE,IN_SERVICE,2016-05-01\r\n';
    const report = await importRows(
      db,
      collectionSpec('facilities'),
      readRows(file('facilities.csv', Buffer.from(csv, 'utf8'))),
      DIVISION_CODES,
    );
    expect(report).toMatchObject({ inserted: 1, errors: [] });
    expect(await db.collection('facilities').findOne({})).toMatchObject({
      divisionCode: '120116011001',
      name: '福苑里门禁1号',
      type: 'ACCESS_GATE',
      standardized: false,
    });
  });

  it('import: a credit code with a wrong check character is refused', async () => {
    const db = await open('import_bad_code');
    const good = creditCode('91120116MA05XY1Q7');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const rows = [
      {
        creditCode: bad,
        name: '某公司',
        industry: 'COMMERCE',
        taxCooperating: false,
        techSme: false,
        littleGiant: false,
        nonPublic: true,
        address: '某路1号',
        establishedAt: '2015-03-01',
        divisionCode: '120116011',
      },
    ];
    const report = await importRows(
      db,
      collectionSpec('enterprises'),
      readRows(file('bad-code.json', JSON.stringify(rows))),
      DIVISION_CODES,
    );
    expect(report.errors).toEqual([
      {
        row: 1,
        field: 'creditCode',
        reason: 'not a valid unified social credit code (GB 32100: 18 characters and check character)',
      },
    ]);
    expect(await db.collection('enterprises').countDocuments()).toBe(0);
  });
});

describe('export', () => {
  it('export: CSV for Chinese Excel is UTF-8 with BOM, CRLF and every cell quoted', async () => {
    const spec = collectionSpec('residents');
    const rows = await exportRows(civil, spec, '120116011006');
    const csv = toCsv(rows, ['id', ...spec.columns]);
    expect(csv.startsWith('\uFEFF"id","divisionCode","name"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const stored = await civil.collection('residents').countDocuments({ communityCode: '120116011006' });
    expect(stored, 'residents of 120116011006').toBeGreaterThan(0);
    const records = lines.slice(1, -1);
    expect(records).toHaveLength(stored);
    expect(records.every((line) => /^"[^"]*"(,"[^"]*")*$/.test(line))).toBe(true);
  });

  it('export: residents round-trip through CSV into a fresh database unchanged', async () => {
    const spec = collectionSpec('residents');
    const path = file('residents.csv', toCsv(await exportRows(civil, spec, '120116011'), ['id', ...spec.columns]));
    const fresh = await open('roundtrip_civil');
    const report = await importRows(fresh, spec, readRows(path), DIVISION_CODES);
    expect(report.errors).toEqual([]);
    const original = await civil.collection('residents').find({ streetCode: '120116011' }).sort({ _id: 1 }).toArray();
    expect(report.inserted).toBe(original.length);
    expect(await fresh.collection('residents').find({}).sort({ _id: 1 }).toArray()).toEqual(original);
  });

  it('export: enterprises round-trip through the npm scripts (JSON) with an audit line per export', async () => {
    const env = { ...process.env, MONGODB_URI: database.uri, MONGO_ENGINE: 'uri' };
    const out = join(dir, 'enterprises.json');
    await run(
      'npx',
      ['tsx', 'cli/export.ts', 'enterprises', '--format', 'json', '--division', '120104', '--out', out],
      { env },
    );
    const audit = await economy.collection('audit_records').find({ recordType: 'enterprises' }).toArray();
    expect(audit).toHaveLength(1);
    const original = await economy
      .collection('enterprises')
      .find({ districtCode: '120104' })
      .sort({ _id: 1 })
      .toArray();
    expect(audit[0]).toMatchObject({
      role: 'admin',
      domain: 'economy',
      recordId: '120104',
      field: `export json: ${original.length} rows, personal fields legalRepresentativePhone`,
    });
    expect(audit[0].sub).toMatch(/^os:/);

    // Into a second, empty database server whose civil affairs has the same division tree.
    const target = await provideDatabase({ log: () => {} });
    try {
      const targetCivil = await connectDatabase(target.uri, 'civil_affairs');
      await targetCivil.collection('divisions').insertMany(await civil.collection('divisions').find({}).toArray());
      await targetCivil.close();
      const { stdout } = await run('npx', ['tsx', 'cli/import.ts', 'enterprises', out], {
        env: { ...env, MONGODB_URI: target.uri },
      });
      expect(stdout).toContain(
        `import enterprises: ${original.length} rows, ${original.length} inserted, 0 updated, 0 unchanged, 0 errors`,
      );
      const targetEconomy = await connectDatabase(target.uri, 'economy');
      expect(await targetEconomy.collection('enterprises').find({}).sort({ _id: 1 }).toArray()).toEqual(original);
      await targetEconomy.close();
    } finally {
      await target.stop();
    }
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(original.length);
  }, 60_000);
});
