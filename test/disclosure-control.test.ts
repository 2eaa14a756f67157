import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DisclosureControl,
  PERTURBATION_TABLE,
  RECORD_KEYED_COLLECTIONS,
} from '../platform/access/disclosure-control.js';
import { MIGRATIONS } from '../platform/server/migrations.js';
import type { Domain } from '../platform/contract/identity.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * Statistical disclosure control for analysts and services (platform/access/disclosure-control.ts):
 * the rule itself, the record keys it rests on, and the differencing attacks run through the
 * gateway over HTTP. Exact values are computed here from the raw collections with plain
 * JavaScript; the only thing taken from the code under test is what it publishes.
 */
const SECRET = 'disclosure-control-test-secret-0123456789abcdef';
const NOISE_VALUES = [-2, -1, 0, 1, 2];

/** The record key as the README documents it, written out again here. */
const documentedRecordKey = (collection: string, id: unknown) =>
  createHash('sha256')
    .update(`record-key/1\u0000${collection}\u0000${String(id)}`)
    .digest()
    .readUIntBE(0, 3);

describe('disclosure control: the perturbation table and the publication rule', () => {
  const analyst = new DisclosureControl(SECRET, 'analyst');
  const service = new DisclosureControl(SECRET, 'service');

  it('disclosure control: the table has mean 0, variance 1.5 and noise in -2..+2', () => {
    expect(PERTURBATION_TABLE).toHaveLength(256);
    const counts = NOISE_VALUES.map((noise) => PERTURBATION_TABLE.filter((value) => value === noise).length);
    expect(counts).toEqual([32, 64, 64, 64, 32]);
    expect(PERTURBATION_TABLE.reduce((sum, value) => sum + value, 0)).toBe(0);
    expect(PERTURBATION_TABLE.reduce((sum, value) => sum + value * value, 0) / 256).toBe(1.5);
  });

  it('disclosure control: a published count is 0 or at least 5, within 2 of the exact count, the same every time; 1 to 4 never', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 0, max: 2 ** 24 - 1 }),
        fc.integer({ min: 0, max: 100_000 }),
        (tag, key, value) => {
          const published = analyst.count({ tag, key, value });
          expect(analyst.count({ tag, key, value })).toEqual(published);
          expect(service.count({ tag, key, value })).toEqual(published);
          if (value === 0) expect(published).toEqual({ value: 0, suppressed: false });
          else if (value < 5) expect(published).toEqual({ value: null, suppressed: true });
          else if (published.suppressed) expect(published.value).toBeNull();
          else {
            expect(published.value).toBeGreaterThanOrEqual(5);
            expect(Math.abs(published.value! - value)).toBeLessThanOrEqual(2);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('disclosure control: officials and admins get every count and amount exact', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('admin', 'district_official', 'street_official', 'community_worker' as const),
        fc.integer({ min: 0, max: 2 ** 24 - 1 }),
        fc.integer({ min: 0, max: 1000 }),
        (role, key, value) => {
          const control = new DisclosureControl(SECRET, role);
          expect(control.count({ tag: 't', key, value })).toEqual({ value, suppressed: false });
          expect(control.amount({ tag: 't', key, value: value * 1.5, top: value })).toBe(value * 1.5);
        },
      ),
    );
  });

  it('disclosure control: noise is spread over the table by the cell key (and would not be by a constant)', () => {
    const noises = new Map<number, number>();
    for (let key = 0; key < 4096; key++) {
      const noise = analyst.count({ tag: 'assistance_cases/persons', key, value: 1000 }).value! - 1000;
      noises.set(noise, (noises.get(noise) ?? 0) + 1);
    }
    // Each noise value shows up about as often as the table says (32 or 64 of 256 columns).
    for (const [noise, share] of [
      [-2, 1 / 8],
      [-1, 1 / 4],
      [0, 1 / 4],
      [1, 1 / 4],
      [2, 1 / 8],
    ] as const) {
      expect(Math.abs((noises.get(noise) ?? 0) / 4096 - share), `noise ${noise}`).toBeLessThan(0.03);
    }
  });

  it('disclosure control: an amount moves by at most the largest unit contribution, is whole yuan, never negative, the same every time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 24 - 1 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (key, fen, share) => {
          const value = fen / 100;
          const top = Math.round(value * share * 100) / 100;
          const published = analyst.amount({ tag: 'benefit_payments/amount', key, value, top });
          expect(analyst.amount({ tag: 'benefit_payments/amount', key, value, top })).toBe(published);
          expect(Number.isInteger(published)).toBe(true);
          expect(published).toBeGreaterThanOrEqual(0);
          expect(Math.abs(published - value)).toBeLessThanOrEqual(top + 0.5);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

let stack: TestStack;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack({ seed: true, perturbationSecret: SECRET });
  admin = await stack.token(ADMIN);
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

const DATABASES: Record<(typeof RECORD_KEYED_COLLECTIONS)[number], Domain> = {
  assistance_cases: 'civil-affairs',
  benefit_payments: 'civil-affairs',
  service_records: 'civil-affairs',
  party_members: 'party-building',
  party_activities: 'party-building',
  party_attendances: 'party-building',
  petitions: 'urban-management',
};
const raw = (collection: keyof typeof DATABASES) =>
  stack.connections[DATABASES[collection]].collection<Document>(collection);

describe('disclosure control: record keys', () => {
  it('disclosure control: every seeded record a person figure counts carries its fixed record key', async () => {
    for (const collection of RECORD_KEYED_COLLECTIONS) {
      const rows = await raw(collection)
        .find({}, { projection: { recordKey: 1 } })
        .toArray();
      expect(rows.length, collection).toBeGreaterThan(0);
      const wrong = rows.filter((row) => row.recordKey !== documentedRecordKey(collection, row._id));
      expect(wrong.slice(0, 3), collection).toEqual([]);
    }
  });

  it('disclosure control: a record written through the API gets its key with it', async () => {
    const resident = await stack.connections['civil-affairs']
      .collection('residents')
      .findOne({ communityCode: { $regex: /^120104/ } });
    const response = await stack.graphql<{ applyForAssistance: { id: string } }>(
      `mutation($input: ApplyForAssistanceInput!, $key: String!) { applyForAssistance(input: $input, idempotencyKey: $key) { id } }`,
      {
        token: admin,
        variables: {
          key: randomUUID(),
          input: {
            divisionCode: resident!.communityCode,
            recipientIdNumber: resident!.idNumber,
            program: 'TEMPORARY',
            paymentSchedule: 'ONE_OFF',
            persons: 1,
          },
        },
      },
    );
    expect(response.body.errors).toBeUndefined();
    const id = response.body.data!.applyForAssistance.id;
    expect((await raw('assistance_cases').findOne({ _id: id as never }))?.recordKey).toBe(
      documentedRecordKey('assistance_cases', id),
    );
    await raw('assistance_cases').deleteOne({ _id: id as never });
  });

  it('disclosure control: migration 002 keys records written before the key existed, and running it again changes nothing', async () => {
    const migration = MIGRATIONS.find((candidate) => candidate.version === '002-record-keys')!;
    const ids = (await raw('service_records').find({}).limit(3).toArray()).map((row) => row._id);
    await raw('service_records').updateMany({ _id: { $in: ids } }, { $unset: { recordKey: '' } });
    expect(await raw('service_records').countDocuments({ recordKey: { $exists: false } })).toBe(3);
    await migration.up(stack.connections['civil-affairs']);
    const keyed = await raw('service_records')
      .find({ _id: { $in: ids } })
      .toArray();
    expect(keyed.map((row) => row.recordKey)).toEqual(
      keyed.map((row) => documentedRecordKey('service_records', row._id)),
    );
    await migration.up(stack.connections['civil-affairs']);
    expect(
      await raw('service_records')
        .find({ _id: { $in: ids } })
        .toArray(),
    ).toEqual(keyed);
    expect(await raw('service_records').countDocuments({ recordKey: { $exists: false } })).toBe(0);
  });
});

// ---------------------------------------------------------------- through the gateway

const BEIGUAN = '410503';
const GUANGKAI = '120104004';
const PERIOD_2020 = { from: '2020-01-01T00:00:00+08:00', to: '2020-12-01T00:00:00+08:00' };
const PROGRAMS = [
  'DIBAO',
  'EXTREME_POVERTY',
  'TEMPORARY',
  'ORPHAN',
  'DE_FACTO_UNSUPPORTED_CHILD',
  'DISABILITY_LIVING_SUBSIDY',
  'SEVERE_DISABILITY_CARE_SUBSIDY',
  'HIGH_AGE_ALLOWANCE',
] as const;
type Program = (typeof PROGRAMS)[number];
type Level = 'street' | 'community' | 'grid';

const ANALYST = { sub: 'sdc-analyst', role: 'analyst' as const, jurisdiction: [BEIGUAN, '120104'], domains: [] };
const SERVICE = {
  sub: 'sdc-service',
  role: 'service' as const,
  jurisdiction: [BEIGUAN, '120104'],
  domains: ['civil-affairs' as const, 'party-building' as const],
};
const OFFICIAL = {
  sub: 'sdc-official',
  role: 'district_official' as const,
  jurisdiction: BEIGUAN,
  domains: ['civil-affairs' as const],
};
const tokens = { analyst: '', service: '', official: '' };

interface RawCase {
  _id: string;
  program: Program;
  persons: number;
  streetCode: string;
  communityCode: string;
  gridCode: string | null;
  districtCode: string;
  startedAt: Date | null;
  endedAt: Date | null;
}
interface RawPayment {
  caseId: string;
  program: Program;
  amountFen: number;
  paidAt: Date;
  streetCode: string;
  communityCode: string;
  gridCode: string | null;
  districtCode: string;
}
let cases: RawCase[];
let payments: RawPayment[];

beforeAll(async () => {
  tokens.analyst = await stack.token(ANALYST);
  tokens.service = await stack.token(SERVICE);
  tokens.official = await stack.token(OFFICIAL);
  cases = (await raw('assistance_cases').find({ districtCode: BEIGUAN }).toArray()) as unknown as RawCase[];
  payments = (await raw('benefit_payments').find({ districtCode: BEIGUAN }).toArray()) as unknown as RawPayment[];
}, 60_000);

interface Exact {
  households: number;
  persons: number;
  payments: number;
  fen: number;
  /** The largest total paid to one case in the cell. */
  topFen: number;
}

const inDivision = (
  record: { districtCode: string; streetCode: string; communityCode: string; gridCode: string | null },
  code: string,
) => [record.districtCode, record.streetCode, record.communityCode, record.gridCode].includes(code);
const levelKey = (
  record: { streetCode: string; communityCode: string; gridCode: string | null },
  level: Level | null,
) =>
  level === null
    ? 'total'
    : String({ street: record.streetCode, community: record.communityCode, grid: record.gridCode }[level]);

/** The exact cells, computed here in plain JavaScript from the raw collections: cases active in [from, to), payments paid in it. */
function exactCells(
  division: string,
  period: { from: string; to: string },
  programs: readonly Program[],
  level: Level | null,
): Map<string, Exact> {
  const from = new Date(period.from);
  const to = new Date(period.to);
  const cells = new Map<string, Exact>();
  const cell = (key: string) =>
    cells.get(key) ?? cells.set(key, { households: 0, persons: 0, payments: 0, fen: 0, topFen: 0 }).get(key)!;
  for (const record of cases) {
    if (!programs.includes(record.program) || !inDivision(record, division)) continue;
    if (record.startedAt === null || record.startedAt >= to || (record.endedAt !== null && record.endedAt < from))
      continue;
    const sums = cell(levelKey(record, level));
    sums.households += 1;
    sums.persons += record.persons;
  }
  const perCase = new Map<string, { key: string; fen: number }>();
  for (const payment of payments) {
    if (
      !programs.includes(payment.program) ||
      !inDivision(payment, division) ||
      payment.paidAt < from ||
      payment.paidAt >= to
    )
      continue;
    const key = levelKey(payment, level);
    const sums = cell(key);
    sums.payments += 1;
    sums.fen += payment.amountFen;
    const paid = perCase.get(payment.caseId) ?? { key, fen: 0 };
    paid.fen += payment.amountFen;
    perCase.set(payment.caseId, paid);
  }
  for (const { key, fen } of perCase.values()) cell(key).topFen = Math.max(cell(key).topFen, fen);
  return cells;
}

interface Row {
  keys: { street: string | null; community: string | null; grid: string | null };
  households: number | null;
  persons: number | null;
  amountYuan: number | null;
  payments: number | null;
  suppressed: boolean;
}

const ASSISTANCE = /* GraphQL */ `
  query (
    $division: ID!
    $from: DateTime
    $to: DateTime
    $groupBy: [AssistanceDimension!]!
    $programs: [AssistanceProgram!]!
  ) {
    civilAffairsStatistics(division: $division, from: $from, to: $to) {
      assistance(groupBy: $groupBy, programs: $programs) {
        keys {
          street
          community
          grid
        }
        households
        persons
        amountYuan
        payments
        suppressed
      }
    }
  }
`;

async function assistance(
  token: string,
  division: string,
  period: { from: string; to: string },
  level: Level | null,
  programs: readonly Program[],
): Promise<Map<string, Row>> {
  const response = await stack.graphql<{ civilAffairsStatistics: { assistance: Row[] } }>(ASSISTANCE, {
    token,
    variables: { division, ...period, groupBy: level ? [level.toUpperCase()] : [], programs },
  });
  expect(response.body.errors).toBeUndefined();
  return new Map(
    response.body.data!.civilAffairsStatistics.assistance.map((row) => [
      level ? String(row.keys[level]) : 'total',
      row,
    ]),
  );
}

/** Every figure of a published row against its exact cell: the documented bounds. */
function expectWithinBounds(rows: Map<string, Row>, exact: Map<string, Exact>, label: string): void {
  for (const [key, row] of rows) {
    const cell = exact.get(key) ?? { households: 0, persons: 0, payments: 0, fen: 0, topFen: 0 };
    const where = `${label} ${key}`;
    if ([cell.households, cell.persons, cell.payments].some((count) => count > 0 && count < 5))
      expect(row, where).toMatchObject({ suppressed: true, persons: null });
    if (row.suppressed) {
      expect(row, where).toMatchObject({ households: null, persons: null, amountYuan: null, payments: null });
      continue;
    }
    for (const field of ['households', 'persons', 'payments'] as const) {
      const published = row[field]!;
      expect(published === 0 ? cell[field] : published, `${where} ${field}`).toBeGreaterThanOrEqual(
        published === 0 ? 0 : 5,
      );
      if (cell[field] === 0) expect(published, `${where} ${field}`).toBe(0);
      expect(Math.abs(published - cell[field]), `${where} ${field}`).toBeLessThanOrEqual(2);
    }
    expect(Math.abs(row.amountYuan! - cell.fen / 100), `${where} amount`).toBeLessThanOrEqual(cell.topFen / 100 + 0.5);
  }
}

interface Attempt {
  estimate: number;
  exact: number;
  bound: number;
}

/**
 * What a differencing attack got: never further from the truth than the documented bound, equal
 * to it no more often than chance (two independent table draws agree with probability 7/32), and
 * off by varying amounts, so there is no constant to correct for.
 */
function expectAttackFails(attempts: Attempt[], label: string, minimum = 20): void {
  expect(attempts.length, `${label}: attempts`).toBeGreaterThanOrEqual(minimum);
  for (const attempt of attempts)
    expect(Math.abs(attempt.estimate - attempt.exact), label).toBeLessThanOrEqual(attempt.bound);
  const recovered = attempts.filter((attempt) => attempt.estimate === attempt.exact).length;
  expect(recovered / attempts.length, `${label}: share of exact recoveries`).toBeLessThan(0.45);
  expect(
    new Set(attempts.map((attempt) => attempt.estimate - attempt.exact)).size,
    `${label}: distinct errors`,
  ).toBeGreaterThanOrEqual(3);
}

describe('disclosure control: consistency and exactness', () => {
  it('disclosure control: the same question twice, the same records asked another way, and an analyst and a service all get the same answer', async () => {
    const first = await assistance(tokens.analyst, BEIGUAN, PERIOD_2020, 'community', ['DIBAO']);
    for (let repeat = 0; repeat < 3; repeat++)
      expect(await assistance(tokens.analyst, BEIGUAN, PERIOD_2020, 'community', ['DIBAO'])).toEqual(first);
    expect(await assistance(tokens.service, BEIGUAN, PERIOD_2020, 'community', ['DIBAO'])).toEqual(first);

    // The district total as a statistics row and as the dashboard's indicators: one cell, one answer.
    const total = (await assistance(tokens.analyst, BEIGUAN, PERIOD_2020, null, ['DIBAO'])).get('total')!;
    const dashboard = await stack.graphql<{
      district: { civilAffairsIndicators: Record<string, { value: number | null }> };
    }>(
      `query ($from: DateTime, $to: DateTime) { district(code: "${BEIGUAN}") { civilAffairsIndicators(from: $from, to: $to) { dibaoHouseholds { value } dibaoPersons { value } dibaoAmount { value } } } }`,
      { token: tokens.analyst, variables: PERIOD_2020 },
    );
    expect(dashboard.body.errors).toBeUndefined();
    const indicators = dashboard.body.data!.district.civilAffairsIndicators;
    expect([indicators.dibaoHouseholds.value, indicators.dibaoPersons.value, indicators.dibaoAmount.value]).toEqual([
      total.households,
      total.persons,
      total.amountYuan,
    ]);
    // A community's row at district level and the community's own total row.
    const [community, row] = [...first].find(([, candidate]) => !candidate.suppressed)!;
    expect((await assistance(tokens.analyst, community, PERIOD_2020, null, ['DIBAO'])).get('total')).toEqual({
      ...row,
      keys: { street: null, community: null, grid: null },
    });
  });

  it('disclosure control: officials and admins get every figure exact', async () => {
    const exact = exactCells(BEIGUAN, PERIOD_2020, ['DIBAO', 'ORPHAN', 'DE_FACTO_UNSUPPORTED_CHILD'], 'community');
    for (const token of [tokens.official, admin]) {
      const rows = await assistance(token, BEIGUAN, PERIOD_2020, 'community', [
        'DIBAO',
        'ORPHAN',
        'DE_FACTO_UNSUPPORTED_CHILD',
      ]);
      expect(rows.size).toBe(exact.size);
      for (const [key, row] of rows) {
        const cell = exact.get(key)!;
        expect(row).toMatchObject({
          households: cell.households,
          persons: cell.persons,
          payments: cell.payments,
          suppressed: false,
        });
        expect(row.amountYuan).toBeCloseTo(cell.fen / 100, 2);
      }
    }
  });

  it('disclosure control: every published figure is within its bound of the exact one and every cell of 1 to 4 is withheld (generated questions)', async () => {
    const communities = [...new Set(cases.map((record) => record.communityCode))].sort();
    const streets = [...new Set(cases.map((record) => record.streetCode))].sort();
    const questions = fc.sample(
      fc.record({
        division: fc.constantFrom(BEIGUAN, ...streets, ...communities.slice(0, 20)),
        programs: fc.subarray([...PROGRAMS], { minLength: 1, maxLength: 4 }),
        level: fc.constantFrom<Level | null>(null, 'street', 'community', 'grid'),
        startMonth: fc.integer({ min: 0, max: 9 }),
        months: fc.integer({ min: 1, max: 3 }),
      }),
      { seed: 20201130, numRuns: 40 },
    );
    let withheld = 0;
    let published = 0;
    for (const question of questions) {
      const period = {
        from: new Date(Date.UTC(2020, question.startMonth, 1) - 8 * 3_600_000).toISOString(),
        to: new Date(Date.UTC(2020, question.startMonth + question.months, 1) - 8 * 3_600_000).toISOString(),
      };
      const rows = await assistance(tokens.analyst, question.division, period, question.level, question.programs);
      expectWithinBounds(
        rows,
        exactCells(question.division, period, question.programs, question.level),
        JSON.stringify(question),
      );
      for (const row of rows.values()) {
        if (row.suppressed) withheld++;
        else published++;
      }
    }
    // The generated questions reach both kinds of cells, or the check says little.
    expect(withheld).toBeGreaterThan(5);
    expect(published).toBeGreaterThan(20);
  });
});

describe('disclosure control: differencing attacks fail', () => {
  it('disclosure control: programme sets: [DIBAO, ORPHAN] − [DIBAO] (and other pairs) give neither the exact count nor the exact amount of the added programme', async () => {
    const pairs: Array<[Program[], Program]> = [
      [['DIBAO'], 'ORPHAN'],
      [['DIBAO'], 'DE_FACTO_UNSUPPORTED_CHILD'],
      ...fc.sample(
        fc
          .tuple(fc.subarray([...PROGRAMS], { minLength: 1, maxLength: 3 }), fc.constantFrom(...PROGRAMS))
          .filter(([base, added]) => !base.includes(added)),
        { seed: 7, numRuns: 6 },
      ),
    ];
    const counts: Attempt[] = [];
    const amounts: Attempt[] = [];
    let addedCells = 0;
    for (const [base, added] of pairs) {
      const wider = [...base, added];
      const [withAdded, without] = await Promise.all([
        assistance(tokens.analyst, BEIGUAN, PERIOD_2020, 'community', wider),
        assistance(tokens.analyst, BEIGUAN, PERIOD_2020, 'community', base),
      ]);
      const exactAdded = exactCells(BEIGUAN, PERIOD_2020, [added], 'community');
      const exactWider = exactCells(BEIGUAN, PERIOD_2020, wider, 'community');
      const exactBase = exactCells(BEIGUAN, PERIOD_2020, base, 'community');
      for (const [community, cell] of exactAdded) {
        const a = withAdded.get(community);
        const b = without.get(community);
        if (!a || !b || a.suppressed || b.suppressed || cell.persons === 0) continue;
        counts.push({ estimate: a.persons! - b.persons!, exact: cell.persons, bound: 4 });
        const bound = (exactWider.get(community)!.topFen + exactBase.get(community)!.topFen) / 100 + 1;
        if (cell.fen > 0) amounts.push({ estimate: a.amountYuan! - b.amountYuan!, exact: cell.fen / 100, bound });
      }
      // The added programme's own small cells stay withheld when asked directly.
      const direct = await assistance(tokens.analyst, BEIGUAN, PERIOD_2020, 'community', [added]);
      for (const [community, cell] of exactAdded) {
        if (cell.persons > 0 && cell.persons < 5)
          expect(direct.get(community)?.suppressed, `${added} ${community}`).toBe(true);
        addedCells++;
      }
    }
    expect(addedCells, 'communities with cases of an added programme').toBeGreaterThan(0);
    expectAttackFails(counts, 'programme sets, persons');
    expect(amounts.length).toBeGreaterThanOrEqual(20);
    for (const attempt of amounts)
      expect(Math.abs(attempt.estimate - attempt.exact)).toBeLessThanOrEqual(attempt.bound);
    expect(
      amounts.filter((attempt) => Math.abs(attempt.estimate - attempt.exact) < 1).length / amounts.length,
      'amounts recovered to the yuan',
    ).toBeLessThan(0.1);
  });

  it('disclosure control: total minus the visible cells does not recover the withheld ones (party members by join year and by sex, in every street and community)', async () => {
    const to = new Date('2021-01-01T00:00:00+08:00');
    const members = (await raw('party_members')
      .find({ joinedOn: { $lt: to } })
      .toArray()) as unknown as Array<{
      joinedOn: Date;
      sex: string;
      districtCode: string;
      streetCode: string;
      communityCode: string;
      gridCode: string | null;
    }>;
    const yearOf = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).getUTCFullYear();
    const QUERY = `query ($division: ID!, $to: DateTime) { partyBuildingStatistics(division: $division, to: $to) {
      total: members(groupBy: []) { members suppressed }
      byYear: members(groupBy: [JOIN_YEAR, SEX]) { keys { joinYear sex } members suppressed } } }`;
    type Stats = {
      partyBuildingStatistics: {
        total: Array<{ members: number | null; suppressed: boolean }>;
        byYear: Array<{ keys: { joinYear: number; sex: string }; members: number | null; suppressed: boolean }>;
      };
    };
    const divisions = [...new Set(members.flatMap((member) => [member.streetCode, member.communityCode]))]
      .filter((code) => code && (code.startsWith(BEIGUAN) || code.startsWith('120104')))
      .sort();
    const attempts: Attempt[] = [];
    const sampled = fc
      .sample(fc.constantFrom(...divisions), { seed: 99, numRuns: 60 })
      .filter((code, index, all) => all.indexOf(code) === index);
    expect(sampled.length, 'sampled divisions with party members').toBeGreaterThan(5);
    for (const division of sampled) {
      const response = await stack.graphql<Stats>(QUERY, {
        token: tokens.analyst,
        variables: { division, to: to.toISOString() },
      });
      expect(response.body.errors).toBeUndefined();
      const { total, byYear } = response.body.data!.partyBuildingStatistics;
      const exact = new Map<string, number>();
      for (const member of members.filter((candidate) => inDivision(candidate, division))) {
        const key = `${yearOf(member.joinedOn)}|${member.sex}`;
        exact.set(key, (exact.get(key) ?? 0) + 1);
      }
      const hidden = byYear.filter((row) => row.suppressed);
      const visible = byYear.filter((row) => !row.suppressed);
      expect(byYear.length, `${division}: join-year rows`).toBeGreaterThan(0);
      for (const row of byYear) {
        const n = exact.get(`${row.keys.joinYear}|${row.keys.sex}`)!;
        if (n < 5) expect(row.suppressed, `${division} ${row.keys.joinYear}`).toBe(true);
        else if (!row.suppressed) expect(Math.abs(row.members! - n)).toBeLessThanOrEqual(2);
      }
      if (hidden.length === 0 || total[0].suppressed) continue;
      const estimate = total[0].members! - visible.reduce((sum, row) => sum + row.members!, 0);
      const truth = hidden.reduce((sum, row) => sum + exact.get(`${row.keys.joinYear}|${row.keys.sex}`)!, 0);
      attempts.push({ estimate, exact: truth, bound: 2 * (visible.length + 1) });
    }
    expectAttackFails(attempts, 'total minus visible cells');
  });

  it('disclosure control: overlapping periods: a month more of cases, or a day more of services, does not give the extra month or day', async () => {
    // Cases: [January, M) and [January, M + 1) of each community; the difference is the cases that started in month M.
    const monthly: Attempt[] = [];
    const monthStart = (month: number) => new Date(Date.UTC(2020, month, 1) - 8 * 3_600_000).toISOString();
    for (const month of [2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const shorter = { from: monthStart(0), to: monthStart(month) };
      const longer = { from: monthStart(0), to: monthStart(month + 1) };
      const [a, b] = await Promise.all([
        assistance(tokens.analyst, BEIGUAN, longer, 'community', ['DIBAO', 'DE_FACTO_UNSUPPORTED_CHILD']),
        assistance(tokens.analyst, BEIGUAN, shorter, 'community', ['DIBAO', 'DE_FACTO_UNSUPPORTED_CHILD']),
      ]);
      const exactA = exactCells(BEIGUAN, longer, ['DIBAO', 'DE_FACTO_UNSUPPORTED_CHILD'], 'community');
      const exactB = exactCells(BEIGUAN, shorter, ['DIBAO', 'DE_FACTO_UNSUPPORTED_CHILD'], 'community');
      for (const [community, row] of a) {
        const other = b.get(community);
        const extra = (exactA.get(community)?.persons ?? 0) - (exactB.get(community)?.persons ?? 0);
        if (!other || row.suppressed || other.suppressed || extra === 0) continue;
        monthly.push({ estimate: row.persons! - other.persons!, exact: extra, bound: 4 });
      }
    }
    expectAttackFails(monthly, 'a month more');

    // Services: [1 January, day d) and [1 January, day d + 1) of 广开街's senior cards in 2010.
    const services = (await raw('service_records')
      .find({ streetCode: GUANGKAI, kind: 'SENIOR_CARD' })
      .toArray()) as unknown as Array<{ date: Date }>;
    const dayStart = (day: number) => new Date(Date.UTC(2010, 0, 1 + day) - 8 * 3_600_000);
    const count = async (day: number) => {
      const response = await stack.graphql<{
        civilAffairsStatistics: { services: Array<{ persons: number | null; suppressed: boolean }> };
      }>(
        `query ($to: DateTime) { civilAffairsStatistics(division: "${GUANGKAI}", from: "2010-01-01T00:00:00+08:00", to: $to) { services(groupBy: [], kinds: [SENIOR_CARD]) { persons suppressed } } }`,
        { token: tokens.analyst, variables: { to: dayStart(day).toISOString() } },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.civilAffairsStatistics.services[0]?.persons ?? 0;
    };
    const daily: Attempt[] = [];
    const extraOn = (day: number) =>
      services.filter((record) => record.date >= dayStart(day) && record.date < dayStart(day + 1)).length;
    const days = fc
      .sample(fc.integer({ min: 20, max: 350 }), { seed: 2010, numRuns: 400 })
      .filter((day, index, all) => all.indexOf(day) === index && extraOn(day) > 0)
      .slice(0, 40);
    for (const day of days) {
      const extra = extraOn(day);
      const [longer, shorter] = await Promise.all([count(day + 1), count(day)]);
      daily.push({ estimate: longer - shorter, exact: extra, bound: 4 });
    }
    expectAttackFails(daily, 'a day more');
  });

  it('disclosure control: overlapping divisions: the district minus every street but one does not give that street', async () => {
    const streets = [...new Set(cases.map((record) => record.streetCode))].sort();
    const attempts: Attempt[] = [];
    for (const programs of [
      ['DIBAO'],
      ['DIBAO', 'ORPHAN'],
      ['DIBAO', 'DE_FACTO_UNSUPPORTED_CHILD'],
      ['DE_FACTO_UNSUPPORTED_CHILD', 'TEMPORARY'],
    ] as Program[][]) {
      const district = (await assistance(tokens.analyst, BEIGUAN, PERIOD_2020, null, programs)).get('total')!;
      const byStreet = await Promise.all(
        streets.map(async (street) =>
          (await assistance(tokens.analyst, street, PERIOD_2020, null, programs)).get('total'),
        ),
      );
      const exact = exactCells(BEIGUAN, PERIOD_2020, programs, 'street');
      streets.forEach((street, index) => {
        const others = byStreet.filter((_, other) => other !== index);
        if (district.suppressed || others.some((row) => !row || row.suppressed) || !exact.get(street)?.persons) return;
        const estimate = district.persons! - others.reduce((sum, row) => sum + row!.persons!, 0);
        attempts.push({ estimate, exact: exact.get(street)!.persons, bound: 2 * streets.length });
      });
    }
    expectAttackFails(attempts, 'district minus the other streets', 10);
  });
});

describe('disclosure control: counts on party organizations and activities', () => {
  it('disclosure control: memberCount, participantCount, attendeeCount and volunteer hours are perturbed within their bounds for analysts, exact for officials', async () => {
    const QUERY = `query ($division: String!) {
      partyOrganizations(first: 100, filter: { divisionCode: $division }) { edges { node { id memberCount all: memberCount(includeSubordinates: true) } } }
      partyActivities(first: 100, filter: { divisionCode: $division }) { edges { node { id participantCount attendeeCount volunteerHours } } }
    }`;
    type Result = {
      partyOrganizations: { edges: Array<{ node: { id: string; memberCount: number | null; all: number | null } }> };
      partyActivities: {
        edges: Array<{
          node: {
            id: string;
            participantCount: number | null;
            attendeeCount: number | null;
            volunteerHours: number | null;
          };
        }>;
      };
    };
    const officialToken = await stack.token({
      sub: 'sdc-party',
      role: 'district_official',
      jurisdiction: BEIGUAN,
      domains: ['party-building'],
    });
    const [asAnalyst, asOfficial] = await Promise.all(
      [tokens.analyst, officialToken].map(async (token) => {
        const response = await stack.graphql<Result>(QUERY, { token, variables: { division: BEIGUAN } });
        expect(response.body.errors).toBeUndefined();
        return response.body.data!;
      }),
    );
    const members = (await raw('party_members').find({ districtCode: BEIGUAN }).toArray()) as unknown as Array<{
      organizationId: string;
      organizationPath: string[];
    }>;
    const attendances = (await raw('party_attendances').find({ districtCode: BEIGUAN }).toArray()) as unknown as Array<{
      activityId: string;
    }>;
    const activities = new Map(
      (
        (await raw('party_activities').find({ districtCode: BEIGUAN }).toArray()) as unknown as Array<{
          _id: string;
          participantCount: number;
          volunteerHours: number;
          volunteerHoursEach: number | null;
        }>
      ).map((activity) => [activity._id, activity]),
    );

    const checkCount = (published: number | null, exact: number, label: string) => {
      if (exact > 0 && exact < 5) expect(published, label).toBeNull();
      if (published === null) return;
      expect(Math.abs(published - exact), label).toBeLessThanOrEqual(2);
      if (exact === 0) expect(published, label).toBe(0);
      else expect(published, label).toBeGreaterThanOrEqual(5);
    };
    let small = 0;
    asAnalyst.partyOrganizations.edges.forEach(({ node }, index) => {
      const direct = members.filter((member) => member.organizationId === node.id).length;
      const all = members.filter((member) => member.organizationPath.includes(node.id)).length;
      expect(asOfficial.partyOrganizations.edges[index].node).toEqual({ id: node.id, memberCount: direct, all });
      checkCount(node.memberCount, direct, `${node.id} memberCount`);
      checkCount(node.all, all, `${node.id} memberCount(includeSubordinates)`);
      if (direct > 0 && direct < 5) small++;
    });
    expect(asAnalyst.partyActivities.edges.length, 'activities shown to the analyst').toBeGreaterThan(0);
    asAnalyst.partyActivities.edges.forEach(({ node }, index) => {
      const activity = activities.get(node.id)!;
      const attendees = attendances.filter((attendance) => attendance.activityId === node.id).length;
      expect(asOfficial.partyActivities.edges[index].node).toEqual({
        id: node.id,
        participantCount: activity.participantCount,
        attendeeCount: attendees,
        volunteerHours: activity.volunteerHours,
      });
      checkCount(node.participantCount, activity.participantCount, `${node.id} participants`);
      checkCount(node.attendeeCount, attendees, `${node.id} attendees`);
      if (node.participantCount === null) expect(node.volunteerHours).toBeNull();
      else {
        const each =
          activity.volunteerHoursEach ??
          (activity.participantCount > 0 ? activity.volunteerHours / activity.participantCount : 0);
        expect(Math.abs(node.volunteerHours! - activity.volunteerHours), `${node.id} hours`).toBeLessThanOrEqual(
          each + 0.05,
        );
      }
    });
    expect(asAnalyst.partyOrganizations.edges.length + asAnalyst.partyActivities.edges.length).toBeGreaterThan(50);
    expect(small, 'organizations with 1 to 4 direct members, withheld').toBeGreaterThan(0);
  });
});

describe('disclosure control: analysts and services read no person-level records', () => {
  /** Every field of the composed API that answers person-level records, with a query that reaches it. */
  const PERSON_LEVEL_QUERIES: Record<string, string> = {
    'Query.resident': '{ resident(id: "x") { id } }',
    'Query.residents': '{ residents(first: 1) { totalCount } }',
    'Query.assistanceCase': '{ assistanceCase(id: "x") { id } }',
    'Query.assistanceCases': '{ assistanceCases(first: 0) { totalCount } }',
    'Query.partyMember': '{ partyMember(id: "x") { id } }',
    'Query.partyMembers': '{ partyMembers(first: 1) { totalCount } }',
    'Query.petition': '{ petition(id: "x") { id } }',
    'Query.petitions': '{ petitions(first: 1) { totalCount } }',
    'District.residents': `{ district(code: "${BEIGUAN}") { residents(first: 1) { totalCount } } }`,
    'Street.residents': `{ street(code: "410503001") { residents(first: 1) { totalCount } } }`,
    'Community.residents': `{ community(code: "410503001001") { residents(first: 1) { totalCount } } }`,
    'Community.assistanceCases': `{ community(code: "410503001001") { assistanceCases(first: 0) { totalCount } } }`,
    'Grid.residents': `{ community(code: "410503001001") { grids(first: 1) { edges { node { residents(first: 1) { totalCount } } } } } }`,
    'PartyOrganization.members': `{ partyOrganizations(first: 1, filter: { divisionCode: "${BEIGUAN}" }) { edges { node { members(first: 1) { totalCount } } } } }`,
    'PartyActivity.attendees': `{ partyActivities(first: 1, filter: { divisionCode: "${BEIGUAN}" }) { edges { node { attendees(first: 1) { totalCount } } } } }`,
    'Incident.reporterName': `{ incidents(first: 1, filter: { divisionCode: "${BEIGUAN}" }) { edges { node { reporterName } } } }`,
    'Incident.reporterPhone': `{ incidents(first: 1, filter: { divisionCode: "${BEIGUAN}" }) { edges { node { reporterPhone } } } }`,
  };

  it('disclosure control: every person-level field of the supergraph is covered here', async () => {
    const { buildSubgraphSchema } = await import('@apollo/subgraph');
    const { getNamedType, isObjectType } = await import('graphql');
    const { loadSchemaFile } = await import('../platform/server/subgraph-server.js');
    const { PERSON_LEVEL_TYPES, PERSON_LEVEL_FIELDS } = await import('../platform/access/person-level.js');
    const reachable = new Set<string>();
    for (const file of ['civil-affairs', 'economy', 'party-building', 'urban-management']) {
      const schema = buildSubgraphSchema({ typeDefs: loadSchemaFile(`subgraphs/${file}/schema.graphql`) });
      for (const type of Object.values(schema.getTypeMap())) {
        // Fields of person-level types (and of their edges) are only reached through a guarded field.
        if (
          !isObjectType(type) ||
          type.name.startsWith('_') ||
          type.name === 'Mutation' ||
          PERSON_LEVEL_TYPES.has(type.name) ||
          /(Edge|Connection)$/.test(type.name)
        )
          continue;
        for (const field of Object.values(type.getFields())) {
          const named = getNamedType(field.type);
          const node =
            isObjectType(named) && named.getFields().edges
              ? getNamedType(
                  (getNamedType(named.getFields().edges.type) as import('graphql').GraphQLObjectType).getFields().node
                    .type,
                )
              : named;
          if (PERSON_LEVEL_TYPES.has(node.name) || PERSON_LEVEL_FIELDS.has(`${type.name}.${field.name}`))
            reachable.add(`${type.name}.${field.name}`);
        }
      }
    }
    expect([...reachable].sort()).toEqual(Object.keys(PERSON_LEVEL_QUERIES).sort());
  });

  it.each([
    ['analyst', () => tokens.analyst],
    ['service', () => tokens.service],
  ])(
    'disclosure control: %s gets FORBIDDEN naming each person-level field, and the server serves on',
    async (_role, token) => {
      for (const [coordinate, query] of Object.entries(PERSON_LEVEL_QUERIES)) {
        const response = await stack.graphql(query, { token: token() });
        expect(response.status, coordinate).toBe(200);
        expect(
          response.body.errors?.map((error) => error.extensions),
          coordinate,
        ).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: coordinate })]);
        expect(response.body.errors![0].message, coordinate).toContain(coordinate);
      }
      const still = await stack.graphql<{ district: { name: string } }>(`{ district(code: "${BEIGUAN}") { name } }`, {
        token: token(),
      });
      expect(still.body).toEqual({ data: { district: { name: '北关区' } } });
    },
  );

  it('disclosure control: _entities lookups of person-level records are FORBIDDEN too, one representation at a time', async () => {
    const resident = await stack.connections['civil-affairs']
      .collection('residents')
      .findOne({ districtCode: BEIGUAN });
    const member = await raw('party_members').findOne({ districtCode: BEIGUAN });
    const lookups: Array<[Domain, string, Record<string, unknown>]> = [
      ['civil-affairs', 'Resident', { id: resident!._id }],
      [
        'civil-affairs',
        'AssistanceCase',
        { id: (await raw('assistance_cases').findOne({ districtCode: BEIGUAN }))!._id },
      ],
      ['party-building', 'PartyMember', { id: member!._id }],
      ['urban-management', 'Petition', { id: (await raw('petitions').findOne({}))!._id }],
    ];
    for (const [domain, typename, key] of lookups) {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;
      const representations = [{ __typename: typename, ...key }];
      const asAnalyst = await stack.graphql<{ _entities: unknown[] }>(query, {
        url: stack.subgraphUrls[domain],
        signAs: ANALYST,
        variables: { r: representations },
      });
      expect(asAnalyst.body.data?._entities, typename).toEqual([null]);
      expect(asAnalyst.body.errors?.[0]?.extensions, typename).toMatchObject({
        code: 'FORBIDDEN',
        field: `_entities(${typename})`,
      });
      const asAdmin = await stack.graphql<{ _entities: unknown[] }>(query, {
        url: stack.subgraphUrls[domain],
        signAs: { sub: 'sdc-admin', role: 'admin', jurisdiction: [], domains: [] },
        variables: { r: representations },
      });
      expect(asAdmin.body.data?._entities, typename).toEqual([{ __typename: typename }]);
    }
  });
});
