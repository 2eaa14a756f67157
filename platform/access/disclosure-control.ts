import { createHash, createHmac } from 'node:crypto';
import type { Schema } from 'mongoose';
import type { Role } from '../contract/identity.js';

/**
 * Statistical disclosure control (统计披露控制) for the roles that see statistics of persons
 * without personal access: analysts and services. The cell-key method of the Australian Bureau of
 * Statistics' TableBuilder, so that differencing two answers yields noise, not a person:
 *
 * 1. Every record that a published figure counts carries a fixed record key: an integer in
 *    [0, 2^24), SHA-256 of its collection and `_id`, stored in `recordKey` (written with the
 *    record; records older than the field get it from migration 002). It never leaves the
 *    database.
 * 2. A cell's key is the sum of its records' keys mod 2^24, summed in the very `$group` that
 *    counts the cell (`RECORD_KEY_SUM`), so no record reaches JavaScript.
 * 3. The cell's noise is a function of (measure, cell key, exact value) under
 *    PERTURBATION_SECRET: HMAC-SHA256 picks a column of the perturbation table. The same records
 *    therefore always give the same answer, in every question and every form of it (indicator,
 *    statistics row, entity field), and two different cells get independent-looking noise, so
 *    their difference is the exact difference plus noise.
 * 4. Counts: noise in {-2, -1, 0, +1, +2} with probabilities 1/8, 1/4, 1/4, 1/4, 1/8 (mean 0,
 *    variance 1.5). Then small cells are suppressed: a cell of 1 to 4 is never published, and
 *    neither is one whose perturbed value is below 5 (value null, `suppressed: true`). So a
 *    published count is 0 (no record at all) or at least 5, and at most 2 from the exact count.
 * 5. Amounts (yuan, hours): the exact sum plus u × (the largest contribution of one unit in the
 *    cell: a case's payments, an activity's hours), u uniform in [-1, 1) from the same HMAC;
 *    rounded (yuan whole, hours to 0.1) and never below 0. An amount is published only with
 *    the counts it belongs to.
 *
 * Officials and admins, who may read the records themselves, get exact figures: `perturbs` is
 * false for them and every method returns the exact value.
 */

/** The stored field holding a record's key. */
export const RECORD_KEY_FIELD = 'recordKey';
const RECORD_KEY_BITS = 24;
const CELL_KEY_MODULUS = 2 ** RECORD_KEY_BITS;

/** Below this a perturbed count is withheld; an exact count from 1 to SMALL_CELL_MINIMUM - 1 always is. */
const SMALL_CELL_MINIMUM = 5;

/**
 * The perturbation table: noise by column (0..255) for every cell count of 5 or more (smaller
 * cells are never published, so every row is this one). Columns per noise: -2: 32, -1: 64,
 * 0: 64, +1: 64, +2: 32, i.e. mean 0 and variance 1.5.
 */
export const PERTURBATION_TABLE: readonly number[] = Object.freeze(
  Array.from({ length: 256 }, (_, column) =>
    column < 32 ? -2 : column < 96 ? -1 : column < 160 ? 0 : column < 224 ? 1 : 2,
  ),
);

/** Collections whose records carry a record key: every collection a published person figure counts. */
export const RECORD_KEYED_COLLECTIONS = [
  'assistance_cases',
  'benefit_payments',
  'service_records',
  'party_members',
  'party_activities',
  'party_attendances',
  'petitions',
] as const;
type RecordKeyedCollection = (typeof RECORD_KEYED_COLLECTIONS)[number];

/** Roles that see statistics of persons without personal access: they get perturbed figures and no person-level records. */
export function seesStatisticsOnly(role: Role): boolean {
  return role === 'analyst' || role === 'service';
}

/** A record's fixed key: the first 24 bits of SHA-256 over its collection and `_id`. */
export function recordKeyOf(collection: string, id: unknown): number {
  return createHash('sha256')
    .update(`record-key/1\u0000${collection}\u0000${String(id)}`)
    .digest()
    .readUIntBE(0, 3);
}

/** `$group` accumulator: the sum of the grouped records' keys (reduce it with `cellKeyOf`). */
export const RECORD_KEY_SUM = { $sum: `$${RECORD_KEY_FIELD}` } as const;

/** `$group` accumulator: the sum of the keys of the grouped records meeting `condition`. */
export function recordKeySumIf(condition: Record<string, unknown>): {
  $sum: { $cond: [Record<string, unknown>, string, number] };
} {
  return { $sum: { $cond: [condition, `$${RECORD_KEY_FIELD}`, 0] } };
}

/** A cell key from a sum (or sums) of record keys. */
export function cellKeyOf(...sums: Array<number | null | undefined>): number {
  const total = sums.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return ((total % CELL_KEY_MODULUS) + CELL_KEY_MODULUS) % CELL_KEY_MODULUS;
}

/**
 * Adds `recordKey` to a schema: a default computed from the document's `_id` (every mongoose
 * create and non-lean insertMany), and the same on raw documents of any insertMany (lean seeds).
 */
export function withRecordKeys<T extends Schema>(schema: T, collection: RecordKeyedCollection): T {
  if (!(RECORD_KEYED_COLLECTIONS as readonly string[]).includes(collection))
    throw new Error(`${collection} is not in RECORD_KEYED_COLLECTIONS`);
  schema.add({
    [RECORD_KEY_FIELD]: {
      type: Number,
      min: 0,
      max: CELL_KEY_MODULUS - 1,
      validate: Number.isInteger,
      // Function defaults run after the document's other values (its _id included) are set.
      default: function keyOfThisRecord(this: { _id?: unknown }) {
        return this._id === undefined || this._id === null ? undefined : recordKeyOf(collection, this._id);
      },
    },
  });
  schema.pre('insertMany', function keyRawDocuments(docs: unknown) {
    addRecordKeys(collection, Array.isArray(docs) ? docs : [docs]);
  });
  return schema;
}

/** Sets the record key on raw documents (seeds inserting through the driver); returns them. */
function addRecordKeys<D>(collection: RecordKeyedCollection, docs: D[]): D[] {
  for (const doc of docs as Array<Record<string, unknown>>) {
    if (doc && doc[RECORD_KEY_FIELD] === undefined && doc._id !== undefined && doc._id !== null)
      doc[RECORD_KEY_FIELD] = recordKeyOf(collection, doc._id);
  }
  return docs;
}

/**
 * Raw documents for a driver insert into `model`'s collection (seeds), with their record keys
 * when the collection is keyed; copies, the given documents are not changed.
 */
export function withRecordKeysOf<D>(
  model: { schema: Schema; collection: { collectionName: string } },
  docs: readonly D[],
): D[] {
  if (!model.schema.path(RECORD_KEY_FIELD)) return [...docs];
  return addRecordKeys(
    model.collection.collectionName as RecordKeyedCollection,
    docs.map((doc) => ({ ...doc })),
  );
}

/** One count cell: what it measures (`collection/measure`), its exact value and its cell key. */
interface CountCell {
  tag: string;
  value: number;
  key: number;
}

/** One amount cell: a sum of magnitudes with the largest contribution of one unit in it. */
interface AmountCell extends CountCell {
  top: number;
}

interface PublishedCount {
  value: number | null;
  suppressed: boolean;
}

/** The request's disclosure control: exact figures for officials and admins, perturbed ones for analysts and services. */
export class DisclosureControl {
  constructor(
    private readonly secret: string,
    readonly role: Role,
  ) {}

  /** Whether this request's figures about persons are perturbed and small cells withheld. */
  get perturbs(): boolean {
    return seesStatisticsOnly(this.role);
  }

  private digest(tag: string, key: number, value: number): Buffer {
    return createHmac('sha256', this.secret)
      .update(JSON.stringify(['cell/1', tag, cellKeyOf(key), value]))
      .digest();
  }

  /** The count as published: exact, or perturbed by the table and withheld when small. */
  count(cell: CountCell): PublishedCount {
    if (!this.perturbs || cell.value === 0) return { value: cell.value, suppressed: false };
    if (cell.value < SMALL_CELL_MINIMUM) return { value: null, suppressed: true };
    const perturbed = cell.value + PERTURBATION_TABLE[this.digest(cell.tag, cell.key, cell.value)[0]];
    return perturbed < SMALL_CELL_MINIMUM ? { value: null, suppressed: true } : { value: perturbed, suppressed: false };
  }

  /**
   * The amount as published when its counts are: exact, or the exact sum plus u × `top`,
   * u uniform in [-1, 1) from the cell's HMAC; rounded to `decimals`, never below 0.
   */
  amount(cell: AmountCell, decimals = 0): number {
    if (!this.perturbs || cell.value === 0) return cell.value;
    const digest = this.digest(cell.tag, cell.key, Math.round(cell.value * 100));
    const u = (digest.readUIntBE(1, 6) / 2 ** 48) * 2 - 1;
    const scale = 10 ** decimals;
    return Math.max(0, Math.round((cell.value + u * Math.abs(cell.top)) * scale) / scale);
  }
}
