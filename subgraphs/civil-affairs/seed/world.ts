import { divisionAncestry } from '../../../platform/world/division-code.js';
import { makeIdNumber, makeMobile } from '../../../platform/world/identifiers.js';
import { divisionByName, divisionsOfLevel, type DivisionSeed } from '../../../platform/world/divisions.js';
import { residentId } from '../../../platform/world/keys.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import { shanghaiTime } from '../../../platform/query/calendar.js';
import type {
  AssistanceCaseRecord,
  BenefitPaymentRecord,
  ResidentRecord,
  ServiceKind,
  ServiceRecord,
} from '../models.js';
import { GIVEN, SURNAMES } from './names.js';

/** Seeded cases have all started (the API's applications have not, see AssistanceCaseRecord.startedAt). */
export type SeededCase = AssistanceCaseRecord & { startedAt: Date };

/** Splits `total` over `weights` in integers, exactly (largest remainder). */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const result = raw.map(Math.floor);
  let remainder = total - result.reduce((a, b) => a + b, 0);
  const order = raw
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (let i = 0; remainder > 0; i = (i + 1) % order.length, remainder--) result[order[i].index]++;
  return result;
}

/** A moment on a calendar day in Asia/Shanghai, by default 10:00. */
export function cst(year: number, month: number, day: number, hour = 10): Date {
  return shanghaiTime(year, month, day, hour);
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

type Sex = ResidentRecord['sex'];

/**
 * The builder of the seeded residents, assistance cases, payments and services: ids in order,
 * unique ID numbers, each resident in one of its community's grids.
 */
export class WorldBuilder {
  readonly residents: ResidentRecord[] = [];
  readonly cases: SeededCase[] = [];
  readonly payments: BenefitPaymentRecord[] = [];
  readonly services: ServiceRecord[] = [];
  private readonly nextIndex = new Map<string, number>();
  private readonly idNumbers = new Set<string>();
  private caseCount = 0;
  private paymentCount = 0;
  private serviceCount = 0;

  constructor(private readonly random: SeededRandom) {}

  /** A resident of `communityCode` born in [bornFrom, bornTo] (years), in one of its grids. */
  resident(
    communityCode: string,
    bornFrom: number,
    bornTo: number,
    household?: { number: string; relation: ResidentRecord['relationToHead'] },
  ): ResidentRecord {
    const index = this.nextIndex.get(communityCode) ?? 0;
    this.nextIndex.set(communityCode, index + 1);
    const id = residentId(communityCode, index);
    const birthDate = new Date(
      Date.UTC(this.random.int(bornFrom, bornTo), this.random.int(0, 11), this.random.int(1, 28)),
    );
    let sequence = this.random.int(0, 999);
    let idNumber = makeIdNumber(communityCode, birthDate, sequence);
    while (this.idNumbers.has(idNumber)) idNumber = makeIdNumber(communityCode, birthDate, ++sequence);
    this.idNumbers.add(idNumber);
    const sex: Sex = Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
    const grids = divisionsOfLevel('GRID', communityCode);
    const gridCode = grids[index % grids.length].code;
    const resident: ResidentRecord = {
      _id: id,
      divisionCode: gridCode,
      ...divisionAncestry(gridCode),
      name: this.random.pick(SURNAMES) + this.random.pick(GIVEN),
      sex,
      birthDate,
      idNumber,
      phone: this.random.chance(0.9) ? makeMobile(this.random) : null,
      householdNumber: household?.number ?? `${communityCode}-H${String(index).padStart(5, '0')}`,
      relationToHead: household?.relation ?? 'HEAD',
    };
    this.residents.push(resident);
    return resident;
  }

  assistanceCase(
    recipient: ResidentRecord,
    fields: Pick<SeededCase, 'program' | 'paymentSchedule' | 'persons' | 'startedAt'> &
      Partial<Pick<SeededCase, 'tier' | 'endedAt'>>,
  ): SeededCase {
    const communityCode = recipient.communityCode ?? recipient.divisionCode;
    const village = communityCode.slice(9) >= '200';
    const record: SeededCase = {
      _id: `case-${String(++this.caseCount).padStart(6, '0')}`,
      divisionCode: communityCode,
      ...divisionAncestry(communityCode),
      urbanRural: village ? 'RURAL' : 'URBAN',
      tier: fields.tier ?? null,
      recipientId: recipient._id,
      recipientName: recipient.name,
      status: fields.endedAt ? 'CLOSED' : 'ACTIVE',
      endedAt: fields.endedAt ?? null,
      program: fields.program,
      paymentSchedule: fields.paymentSchedule,
      persons: fields.persons,
      startedAt: fields.startedAt,
    };
    this.cases.push(record);
    return record;
  }

  payment(
    record: SeededCase,
    year: number,
    month: number,
    months: number,
    amountFen: number,
    paidAt = cst(year, month, 10),
  ): void {
    this.payments.push({
      _id: `pay-${String(++this.paymentCount).padStart(7, '0')}`,
      divisionCode: record.divisionCode,
      ...divisionAncestry(record.divisionCode),
      caseId: record._id,
      program: record.program,
      urbanRural: record.urbanRural,
      caseStartedAt: record.startedAt,
      period: monthKey(year, month),
      months,
      paidAt,
      amountFen,
    });
  }

  service(communityCode: string, kind: ServiceKind, date: Date, course: string | null = null): void {
    this.services.push({
      _id: `svc-${String(++this.serviceCount).padStart(7, '0')}`,
      divisionCode: communityCode,
      ...divisionAncestry(communityCode),
      kind,
      date,
      residentId: null,
      course,
    });
  }

  /** Household sizes (1 to 5) for `households` households of `persons` persons in all. */
  householdSizes(households: number, persons: number): number[] {
    const sizes = new Array<number>(households).fill(1);
    for (let extra = persons - households; extra > 0;) {
      const i = this.random.int(0, households - 1);
      if (sizes[i] < 5) {
        sizes[i]++;
        extra--;
      }
    }
    return sizes;
  }
}

export function communitiesOf(parentName: string): DivisionSeed[] {
  return divisionsOfLevel('COMMUNITY', divisionByName(parentName).code);
}

/** Round-robin over communities, so documented records spread deterministically over a district. */
export function spread<T>(items: readonly T[], index: number): T {
  return items[index % items.length];
}
