import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DisclosureControl, PERTURBATION_TABLE, RECORD_KEYED_COLLECTIONS } from '../subgraphs/shared/disclosure-control.js';
import { MIGRATIONS } from '../subgraphs/shared/migrations.js';
import type { Domain } from '../subgraphs/shared/identity.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * Statistical disclosure control for analysts and services (subgraphs/shared/disclosure-control.ts):
 * the rule itself, the record keys it rests on, and the differencing attacks run through the
 * gateway over HTTP. Exact values are computed here from the raw collections with plain
 * JavaScript; the only thing taken from the code under test is what it publishes.
 */
const SECRET = 'disclosure-control-test-secret-0123456789abcdef';
const NOISE_VALUES = [-2, -1, 0, 1, 2];

/** The record key as the README documents it, written out again here. */
const documentedRecordKey = (collection: string, id: unknown) => createHash('sha256').update(`record-key/1\u0000${collection}\u0000${String(id)}`).digest().readUIntBE(0, 3);

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
      fc.property(fc.string(), fc.integer({ min: 0, max: 2 ** 24 - 1 }), fc.integer({ min: 0, max: 100_000 }), (tag, key, value) => {
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
      }),
      { numRuns: 2_000 },
    );
  });

  it('disclosure control: officials and admins get every count and amount exact', () => {
    fc.assert(
      fc.property(fc.constantFrom('admin', 'district_official', 'street_official', 'community_worker' as const), fc.integer({ min: 0, max: 2 ** 24 - 1 }), fc.integer({ min: 0, max: 1000 }), (role, key, value) => {
        const control = new DisclosureControl(SECRET, role);
        expect(control.count({ tag: 't', key, value })).toEqual({ value, suppressed: false });
        expect(control.amount({ tag: 't', key, value: value * 1.5, top: value })).toBe(value * 1.5);
      }),
    );
  });

  it('disclosure control: noise is spread over the table by the cell key (and would not be by a constant)', () => {
    const noises = new Map<number, number>();
    for (let key = 0; key < 4096; key++) {
      const noise = analyst.count({ tag: 'assistance_cases/persons', key, value: 1000 }).value! - 1000;
      noises.set(noise, (noises.get(noise) ?? 0) + 1);
    }
    // Each noise value shows up about as often as the table says (32 or 64 of 256 columns).
    for (const [noise, share] of [[-2, 1 / 8], [-1, 1 / 4], [0, 1 / 4], [1, 1 / 4], [2, 1 / 8]] as const) {
      expect(Math.abs((noises.get(noise) ?? 0) / 4096 - share), `noise ${noise}`).toBeLessThan(0.03);
    }
  });

  it('disclosure control: an amount moves by at most the largest unit contribution, is whole yuan, never negative, the same every time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 24 - 1 }), fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (key, fen, share) => {
        const value = fen / 100;
        const top = Math.round(value * share * 100) / 100;
        const published = analyst.amount({ tag: 'benefit_payments/amount', key, value, top });
        expect(analyst.amount({ tag: 'benefit_payments/amount', key, value, top })).toBe(published);
        expect(Number.isInteger(published)).toBe(true);
        expect(published).toBeGreaterThanOrEqual(0);
        expect(Math.abs(published - value)).toBeLessThanOrEqual(top + 0.5);
      }),
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
const raw = (collection: keyof typeof DATABASES) => stack.connections[DATABASES[collection]].collection<Document>(collection);

describe('disclosure control: record keys', () => {
  it('disclosure control: every seeded record a person figure counts carries its fixed record key', async () => {
    for (const collection of RECORD_KEYED_COLLECTIONS) {
      const rows = await raw(collection).find({}, { projection: { recordKey: 1 } }).toArray();
      expect(rows.length, collection).toBeGreaterThan(0);
      const wrong = rows.filter((row) => row.recordKey !== documentedRecordKey(collection, row._id));
      expect(wrong.slice(0, 3), collection).toEqual([]);
    }
  });

  it('disclosure control: a record written through the API gets its key with it', async () => {
    const resident = await stack.connections['civil-affairs'].collection('residents').findOne({ communityCode: { $regex: /^120104/ } });
    const response = await stack.graphql<{ applyForAssistance: { id: string } }>(
      `mutation($input: ApplyForAssistanceInput!, $key: String!) { applyForAssistance(input: $input, idempotencyKey: $key) { id } }`,
      { token: admin, variables: { key: randomUUID(), input: { divisionCode: resident!.communityCode, recipientIdNumber: resident!.idNumber, program: 'TEMPORARY', paymentSchedule: 'ONE_OFF', persons: 1 } } },
    );
    expect(response.body.errors).toBeUndefined();
    const id = response.body.data!.applyForAssistance.id;
    expect((await raw('assistance_cases').findOne({ _id: id as never }))?.recordKey).toBe(documentedRecordKey('assistance_cases', id));
    await raw('assistance_cases').deleteOne({ _id: id as never });
  });

  it('disclosure control: migration 002 keys records written before the key existed, and running it again changes nothing', async () => {
    const migration = MIGRATIONS.find((candidate) => candidate.version === '002-record-keys')!;
    const ids = (await raw('service_records').find({}).limit(3).toArray()).map((row) => row._id);
    await raw('service_records').updateMany({ _id: { $in: ids } }, { $unset: { recordKey: '' } });
    expect(await raw('service_records').countDocuments({ recordKey: { $exists: false } })).toBe(3);
    await migration.up(stack.connections['civil-affairs']);
    const keyed = await raw('service_records').find({ _id: { $in: ids } }).toArray();
    expect(keyed.map((row) => row.recordKey)).toEqual(keyed.map((row) => documentedRecordKey('service_records', row._id)));
    await migration.up(stack.connections['civil-affairs']);
    expect(await raw('service_records').find({ _id: { $in: ids } }).toArray()).toEqual(keyed);
    expect(await raw('service_records').countDocuments({ recordKey: { $exists: false } })).toBe(0);
  });
});
