import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOperations } from '../gateway/graphiql.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * `GET /export.csv` at the gateway over HTTP: the CSV is parsed back and compared with what
 * /graphql answers the same caller for the same operation, so authentication, masking and
 * small-group suppression are proven to be the same path.
 */
let stack: TestStack;
let admin: string;
let analyst: string;

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  admin = await stack.token(ADMIN);
  analyst = await stack.token({ sub: 'analyst-beiguan', role: 'analyst', jurisdiction: '410503', domains: [] });
});
afterAll(async () => {
  await stack?.stop();
});

function exportUrl(operation: string, variables: Record<string, unknown> = {}): string {
  const url = new URL(stack.gatewayUrl.replace(/\/graphql$/, '/export.csv'));
  url.searchParams.set('operation', operation);
  url.searchParams.set('variables', JSON.stringify(variables));
  return url.toString();
}

async function download(operation: string, token?: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(exportUrl(operation, variables), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    response,
    bytes,
    rows: response.ok ? (parse(bytes, { bom: true, columns: true }) as Record<string, string>[]) : [],
  };
}

const queryOf = (name: string) =>
  loadOperations().find((operation) => operation.query.includes(`query ${name}(`))!.query;

describe('csv export: format', () => {
  it('downloads statistics rows as UTF-8 CSV with BOM, CRLF, quoted fields and the Chinese title as file name', async () => {
    const { response, bytes, rows } = await download('DibaoByTierAndArea', admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="DibaoByTierAndArea.csv"; filename*=UTF-8''${encodeURIComponent('北关区低保按档次与城乡分布')}.csv`,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '"keys.urbanRural","keys.tier","households","persons","amountYuan","suppressed"',
    );
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');

    const graphql = await stack.graphql<{
      civilAffairsStatistics: {
        assistance: Array<{
          keys: { urbanRural: string; tier: string };
          households: number;
          persons: number;
          amountYuan: number;
          suppressed: boolean;
        }>;
      };
    }>(queryOf('DibaoByTierAndArea'), { token: admin });
    const expected = graphql.body.data!.civilAffairsStatistics.assistance.map((row) => ({
      'keys.urbanRural': row.keys.urbanRural,
      'keys.tier': row.keys.tier,
      households: String(row.households),
      persons: String(row.persons),
      amountYuan: String(row.amountYuan),
      suppressed: String(row.suppressed),
    }));
    expect(rows).toEqual(expected);
    expect(rows.reduce((sum, row) => sum + Number(row.households), 0)).toBe(1669);
    expect(rows.reduce((sum, row) => sum + Number(row.persons), 0)).toBe(2873);
  });

  it('turns a connection into its nodes with dotted columns for nested objects, and keeps Chinese text intact', async () => {
    const { rows } = await download('DibaoCaseList', admin, { division: '410503001', first: 20 });
    expect(rows).toHaveLength(20);
    expect(Object.keys(rows[0])).toEqual([
      'id',
      'recipientName',
      'tier',
      'urbanRural',
      'persons',
      'startedAt',
      'community.code',
      'community.name',
    ]);
    const names = await stack.connections['civil-affairs']
      .collection('assistance_cases')
      .find({ _id: { $in: rows.map((row) => row.id) } as never })
      .toArray();
    const nameById = new Map(names.map((record) => [String(record._id), record.recipientName as string]));
    for (const row of rows) expect(row.recipientName).toBe(nameById.get(row.id));
    expect(rows[0]['community.name']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('exports a dashboard without a list as one row', async () => {
    const { rows } = await download('DistrictOverview', admin);
    expect(rows).toHaveLength(1);
    expect(rows[0]['district.civilAffairsIndicators.dibaoHouseholds.value']).toBe('1669');
    expect(rows[0]['district.economyIndicators.signedProjectsOver100Million.value']).toBe('45');
  });
});

describe('csv export: the same access as GraphQL', () => {
  it('refuses a request without a token (401), like /graphql', async () => {
    const { response, bytes } = await download('DibaoByTierAndArea');
    expect(response.status).toBe(401);
    expect(JSON.parse(bytes.toString('utf8')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('masks recipients’ names for an official of another domain exactly as /graphql does; refuses the case list to an analyst like /graphql', async () => {
    const variables = { division: '410503001', first: 10 };
    const official = await stack.token({
      sub: 'urban-beiguan',
      role: 'district_official',
      jurisdiction: '410503',
      domains: ['urban-management'],
    });
    const { rows } = await download('DibaoCaseList', official, variables);
    const graphql = await stack.graphql<{
      assistanceCases: { edges: Array<{ node: { id: string; recipientName: string } }> };
    }>(queryOf('DibaoCaseList'), { token: official, variables });
    expect(rows, 'the first 10 cases of 410503001').toHaveLength(10);
    expect(rows.map((row) => row.recipientName)).toEqual(
      graphql.body.data!.assistanceCases.edges.map((edge) => edge.node.recipientName),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.recipientName).toMatch(/^.\*+$/u);

    const refused = await download('DibaoCaseList', analyst, variables);
    expect(refused.response.status).toBe(400);
    expect(JSON.parse(refused.bytes.toString('utf8')).errors[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'Query.assistanceCases',
    });
  });

  it('withholds small groups from an analyst in the CSV too', async () => {
    // One community (红旗北社区): its age bands are small enough that some are withheld, others not.
    const variables = { division: '410503001001' };
    const { rows } = await download('PartyMemberAgeAndJoinYear', analyst, variables);
    const asAdmin = (await download('PartyMemberAgeAndJoinYear', admin, variables)).rows;
    expect(rows.map((row) => row['keys.ageBand'])).toEqual(asAdmin.map((row) => row['keys.ageBand']));
    expect(rows.length, 'party member groups in the CSV').toBeGreaterThan(0);
    expect(
      rows.some((row) => row.suppressed === 'true'),
      'a small group is withheld',
    ).toBe(true);
    expect(
      rows.some((row) => row.suppressed === 'false'),
      'a group of 5 or more is shown',
    ).toBe(true);
    for (const row of rows) {
      if (row.suppressed === 'true') expect(row.members).toBe('');
      else expect(Number(row.members)).toBeGreaterThanOrEqual(5);
    }
  });

  it('applies the gateway’s query limits and names bad arguments', async () => {
    const tooLarge = await download('DibaoCaseList', admin, { first: 500 });
    expect(tooLarge.response.status).toBe(400);
    const unknown = await download('DropEverything', admin);
    expect(unknown.response.status).toBe(400);
    expect(JSON.parse(unknown.bytes.toString('utf8')).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'operation',
    });
    const badJson = await fetch(exportUrl('DibaoByTierAndArea').replace(/variables=[^&]*/, 'variables=%7Bnot-json'), {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(badJson.status).toBe(400);
  });
});
