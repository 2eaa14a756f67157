import type { Connection, Model } from 'mongoose';
import { divisionAncestry } from '../../../platform/world/division-code.js';
import { makeIdNumber, makeMobile } from '../../../platform/world/identifiers.js';
import { DIVISIONS, divisionByName, divisionsOfLevel, type DivisionSeed } from '../../../platform/world/divisions.js';
import { enterpriseId, GUARANTEED_ENTERPRISES_PER_COMMUNITY, GUARANTEED_RESIDENTS_PER_COMMUNITY, residentId } from '../../../platform/world/keys.js';
import { SeededRandom } from '../../../platform/world/random.js';
import {
  createCivilAffairsModels,
  type AssistanceCaseRecord,
  type AssistanceProgram,
  type BenefitPaymentRecord,
  type CivilAffairsModels,
  type DibaoTier,
  type ResidentRecord,
  type ServiceKind,
  type ServiceRecord,
} from '../models.js';
import { DOCUMENTED } from '../figures.js';
import { seedNotices } from './notices.js';
import { withSearchNames } from '../../../platform/query/search-name.js';
import { withRecordKeysOf } from '../../../platform/access/disclosure-control.js';

/** Seeded cases have all started (the API's applications have not, see AssistanceCaseRecord.startedAt). */
type SeededCase = AssistanceCaseRecord & { startedAt: Date };

/**
 * Seeds the civil-affairs database: the division tree, residents (GUARANTEED_RESIDENTS_PER_COMMUNITY
 * with shared keys in every community), and the documented cases, payments and services of
 * 北关区 (2020), 广开街道 (2010) and 大港街道 (2016), with the work-plan targets of 南开区 (2012)
 * and 大港街道 (2016). Money is allocated in integer 分 by largest remainder, so every documented
 * total is exact. Generated background records lie outside the documented scopes (no case is
 * active in 北关区 in 2020 and none starts in 广开街道 in 2010 beyond the documented ones).
 */
export interface SeedReport {
  database: 'civil_affairs';
  counts: Record<string, number>;
  millis: number;
}

const BATCH = 5_000;

/** Splits `total` over `weights` in integers, exactly (largest remainder). */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const result = raw.map(Math.floor);
  let remainder = total - result.reduce((a, b) => a + b, 0);
  const order = raw.map((value, index) => ({ index, fraction: value - Math.floor(value) })).sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (let i = 0; remainder > 0; i = (i + 1) % order.length, remainder--) result[order[i].index]++;
  return result;
}

/** A moment on a calendar day in Asia/Shanghai. */
function cst(year: number, month: number, day: number, hour = 10): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - 8));
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '玉兰', '国强', '淑珍', '志强', '海燕', '文', '红'];

type Sex = ResidentRecord['sex'];

class WorldBuilder {
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
  resident(communityCode: string, bornFrom: number, bornTo: number, household?: { number: string; relation: ResidentRecord['relationToHead'] }): ResidentRecord {
    const index = this.nextIndex.get(communityCode) ?? 0;
    this.nextIndex.set(communityCode, index + 1);
    const id = residentId(communityCode, index);
    const birthDate = new Date(Date.UTC(this.random.int(bornFrom, bornTo), this.random.int(0, 11), this.random.int(1, 28)));
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
    fields: Pick<SeededCase, 'program' | 'paymentSchedule' | 'persons' | 'startedAt'> & Partial<Pick<SeededCase, 'tier' | 'endedAt'>>,
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

  payment(record: SeededCase, year: number, month: number, months: number, amountFen: number, paidAt = cst(year, month, 10)): void {
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
    for (let extra = persons - households; extra > 0; ) {
      const i = this.random.int(0, households - 1);
      if (sizes[i] < 5) {
        sizes[i]++;
        extra--;
      }
    }
    return sizes;
  }
}

function communitiesOf(parentName: string): DivisionSeed[] {
  return divisionsOfLevel('COMMUNITY', divisionByName(parentName).code);
}

/** Round-robin over communities, so documented records spread deterministically over a district. */
function spread<T>(items: readonly T[], index: number): T {
  return items[index % items.length];
}

const BEIGUAN = '410503';
const RURAL_TIER_RATE: Record<DibaoTier, number> = { A_PLUS: 336, A: 290, B: 240, C: 190 };
const URBAN_TIER_RATE: Record<DibaoTier, number> = { A_PLUS: 0, A: 400, B: 330, C: 260 };

/** 北关区, January to November 2020 (document 003). */
function seedBeiguan(world: WorldBuilder, random: SeededRandom): void {
  const all = divisionsOfLevel('COMMUNITY', BEIGUAN);
  const urban = all.filter((division) => division.kind === 'COMMUNITY');
  const villages = communitiesOf('柏庄镇');
  const figures = DOCUMENTED.beiguan;

  // 低保: urban paid monthly (January to November), rural quarterly in advance (January, April, July, October).
  const dibao = (areaCommunities: DivisionSeed[], households: number, persons: number, tierOf: (i: number) => DibaoTier, schedule: 'MONTHLY' | 'QUARTERLY', totalFen: number) => {
    const sizes = world.householdSizes(households, persons);
    const payMonths = schedule === 'MONTHLY' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] : [1, 4, 7, 10];
    const monthsPerPayment = schedule === 'MONTHLY' ? 1 : 3;
    const slots: { record: SeededCase; month: number; fixedFen: number | null; weight: number }[] = [];
    sizes.forEach((size, i) => {
      const community = spread(areaCommunities, i);
      const head = world.resident(community.code, 1941 + (i % 55), 1942 + (i % 55));
      const tier = tierOf(i);
      const record = world.assistanceCase(head, { program: 'DIBAO', tier, paymentSchedule: schedule, persons: size, startedAt: cst(2014 + (i % 6), 1 + (i % 12), 15) });
      for (const month of payMonths) {
        const rate = (schedule === 'MONTHLY' ? URBAN_TIER_RATE : RURAL_TIER_RATE)[tier];
        // A+ is the one documented standard (336 元 per person per month): paid exactly, the rest shares what remains.
        const fixedFen = tier === 'A_PLUS' ? rate * size * monthsPerPayment * 100 : null;
        slots.push({ record, month, fixedFen, weight: rate * size });
      }
    });
    const fixedTotal = slots.reduce((sum, slot) => sum + (slot.fixedFen ?? 0), 0);
    const flexible = slots.filter((slot) => slot.fixedFen === null);
    const shares = allocate(totalFen - fixedTotal, flexible.map((slot) => slot.weight));
    flexible.forEach((slot, i) => (slot.fixedFen = shares[i]));
    for (const slot of slots) world.payment(slot.record, 2020, slot.month, monthsPerPayment, slot.fixedFen ?? 0);
  };
  const tiers: DibaoTier[] = ['A', 'B', 'B', 'C', 'C'];
  dibao(urban, figures.dibaoUrbanHouseholds, figures.dibaoUrbanPersons, (i) => tiers[i % tiers.length], 'MONTHLY', figures.dibaoUrbanAmountFen);
  dibao(villages, figures.dibaoRuralHouseholds, figures.dibaoRuralPersons, (i) => (i < figures.dibaoRuralAPlusHouseholds ? 'A_PLUS' : tiers[i % tiers.length]), 'QUARTERLY', figures.dibaoRuralAmountFen);

  // Orphans and de-facto unsupported children: 950 元 per month each, from the month they entered to November.
  const children = figures.orphans + figures.deFactoUnsupportedChildren;
  const months = new Array<number>(children).fill(11);
  for (let excess = 11 * children - figures.childFullMonths; excess > 0; ) {
    const i = random.int(figures.orphans, children - 1);
    if (months[i] > 1) {
      months[i]--;
      excess--;
    }
  }
  const hongqibei = divisionByName('红旗北社区');
  months.forEach((count, i) => {
    const community = i === 0 ? hongqibei : spread(all, i * 7);
    const child = world.resident(community.code, 2005, 2017);
    const firstMonth = 12 - count;
    const prorated = i === children - 1 && firstMonth > 1;
    const startedAt = count === 11 ? cst(2019, 1 + (i % 12), 1) : cst(2020, prorated ? firstMonth - 1 : firstMonth, prorated ? 24 : 1);
    const record = world.assistanceCase(child, { program: i < figures.orphans ? 'ORPHAN' : 'DE_FACTO_UNSUPPORTED_CHILD', paymentSchedule: 'MONTHLY', persons: 1, startedAt });
    // One child entered late in a month and was paid pro rata for it: the documented total is not a multiple of 950.
    if (prorated) world.payment(record, 2020, firstMonth - 1, 1, figures.childProratedFen, cst(2020, firstMonth - 1, 28));
    for (let month = firstMonth; month <= 11; month++) world.payment(record, 2020, month, 1, figures.childMonthlyFen);
  });
  if (!months.some((count, i) => i === children - 1 && count < 11)) throw new Error('seed: the pro-rated child needs a start after January');

  // One-off and periodic programmes: each recipient a resident of a 北关区 community or village.
  const oneProgram = (
    program: AssistanceProgram,
    recipients: number,
    totalFen: number,
    born: [number, number],
    schedule: AssistanceCaseRecord['paymentSchedule'],
    payMonths: (i: number) => number[],
    weight: (resident: ResidentRecord) => number,
  ) => {
    const slots: { record: SeededCase; month: number; weight: number }[] = [];
    for (let i = 0; i < recipients; i++) {
      const person = world.resident(spread(all, i * 13 + program.length).code, born[0], born[1]);
      const payAt = payMonths(i);
      const oneOff = schedule === 'ONE_OFF';
      const startedAt = oneOff ? cst(2020, payAt[0], 5) : cst(2016 + (i % 4), 1 + (i % 12), 1);
      const record = world.assistanceCase(person, { program, paymentSchedule: schedule, persons: 1, startedAt, endedAt: oneOff ? cst(2020, payAt[0], 10) : null });
      for (const month of payAt) slots.push({ record, month, weight: weight(person) });
    }
    const shares = allocate(totalFen, slots.map((slot) => slot.weight));
    slots.forEach((slot, i) => world.payment(slot.record, 2020, slot.month, slot.record.paymentSchedule === 'QUARTERLY' ? 3 : 1, shares[i]));
  };
  const quarterly = () => [1, 4, 7, 10];
  oneProgram('TEMPORARY', figures.temporaryPersonTimes, figures.temporaryAmountFen, [1950, 2000], 'ONE_OFF', (i) => [1 + (i % 11)], () => random.int(5, 40));
  oneProgram('DISABILITY_LIVING_SUBSIDY', figures.disabilityLivingPersons, figures.disabilityLivingAmountFen, [1950, 2000], 'QUARTERLY', quarterly, () => 1);
  oneProgram('SEVERE_DISABILITY_CARE_SUBSIDY', figures.severeCarePersons, figures.severeCareAmountFen, [1945, 2005], 'QUARTERLY', quarterly, () => 1);
  // 80+ on 2020-12-01 means born before 1940-12-01; the allowance rises with age (90+ double, 100+ sixfold).
  oneProgram('HIGH_AGE_ALLOWANCE', figures.highAgeRecipients, figures.highAgeAmountFen, [1918, 1939], 'YEARLY', (i) => [1 + (i % 11)], (resident) => {
    const age = 2020 - resident.birthDate.getUTCFullYear();
    return age >= 100 ? 6 : age >= 90 ? 2 : 1;
  });
}

/** 广开街道, 2010 (document 000): 74 new 低保 households in the first half, services over the year. */
function seedGuangkai(world: WorldBuilder): void {
  const communities = communitiesOf('广开街道');
  const figures = DOCUMENTED.guangkai;
  const slots: { record: SeededCase; month: number; weight: number }[] = [];
  world.householdSizes(figures.newDibaoHouseholds, figures.newDibaoPersons).forEach((size, i) => {
    const startMonth = 1 + (i % 6);
    const head = world.resident(spread(communities, i).code, 1945, 1985);
    const record = world.assistanceCase(head, { program: 'DIBAO', tier: (['A', 'B', 'C'] as const)[i % 3], paymentSchedule: 'MONTHLY', persons: size, startedAt: cst(2010, startMonth, 8) });
    for (let month = startMonth; month <= 6; month++) slots.push({ record, month, weight: size });
  });
  const shares = allocate(figures.newDibaoAmountFen, slots.map((slot) => slot.weight));
  slots.forEach((slot, i) => world.payment(slot.record, 2010, slot.month, 1, shares[i]));

  const services: [ServiceKind, number][] = [
    ['HOUSING_SUBSIDY', figures.housingSubsidies],
    ['PRICE_LIMITED_HOUSING_APPROVAL', figures.priceLimitedHousingApprovals],
    ['ELDERLY_CERTIFICATE', figures.elderlyCertificates],
    ['SENIOR_CARD', figures.seniorCards],
    ['DISABLED_JOB_PLACEMENT', figures.disabledJobPlacements],
    ['FLEXIBLE_EMPLOYMENT_4050', figures.flexibleEmployment4050],
    ['SKILLS_TRAINING', figures.trainedPersons],
    ['MEDICAL_INSURANCE_REGISTRATION', figures.medicalInsuranceRegistrations],
    ['SOCIAL_SECURITY_CARD', figures.socialSecurityCards],
  ];
  for (const [kind, count] of services) {
    for (let i = 0; i < count; i++) world.service(spread(communities, i).code, kind, cst(2010, 1 + (i % 10), 1 + (i % 28)));
  }
}

/** 大港街道, 2016 (document 004): the spring job fair, day-care centres, training courses and job/insurance actuals. */
function seedDagang(world: WorldBuilder, random: SeededRandom, scale: number) {
  const communities = communitiesOf('大港街道');
  const figures = DOCUMENTED.dagang;
  const intentions = allocate(figures.jobFairHiringIntentions, Array.from({ length: figures.jobFairEnterprises }, () => random.int(2, 10)));
  const registered = communities.flatMap((community) => Array.from({ length: GUARANTEED_ENTERPRISES_PER_COMMUNITY }, (_, i) => ({ community, id: enterpriseId(community.code, i) })));
  const participations = intentions.map((hiringIntentions, i) => {
    const local = registered[i];
    const community = local?.community ?? spread(communities, i);
    return {
      _id: `fair-2016-spring-${String(i + 1).padStart(3, '0')}`,
      divisionCode: community.code,
      ...divisionAncestry(community.code),
      fairName: '2016年春风行动大型招聘会',
      date: cst(2016, 3, 5),
      // Economy's enterprises of the street are referenced by key; invited firms from elsewhere by name only.
      enterpriseId: local?.id ?? null,
      enterpriseName: local ? `大港街辖区企业${i + 1}` : `区外参会企业${i + 1 - registered.length}`,
      hiringIntentions,
    };
  });
  const dayCare = ['三春里社區', '振業里社區', '福苑里社區'].map((name, i) => {
    const community = divisionByName(name);
    return { _id: `daycare-${community.code}`, divisionCode: community.code, ...divisionAncestry(community.code), name: `${name.replace('社區', '')}老年日間照料中心`, openedAt: cst(2016, 6 + i, 1), beds: 20 + 5 * i };
  });
  const courses = ['茶藝班', '叉車班', '育嬰班'];
  for (let i = 0; i < Math.round(90 * scale); i++) world.service(spread(communities, i).code, 'SKILLS_TRAINING', cst(2016, 3 + (i % 9), 10), courses[i % courses.length]);
  for (let i = 0; i < Math.round(400 * scale); i++) world.service(spread(communities, i).code, 'NEW_JOB', cst(2016, 1 + (i % 12), 12));
  for (let i = 0; i < Math.round(900 * scale); i++) world.service(spread(communities, i).code, 'URBAN_RURAL_MEDICAL_INSURANCE', cst(2016, 1 + (i % 12), 18));
  return { participations, dayCare };
}

/** Background records elsewhere: 低保 households paid in 2019 outside 北关区, new jobs in 南开区 in 2012. */
function seedBackground(world: WorldBuilder, scale: number): void {
  const communities = DIVISIONS.filter((division) => division.level === 'COMMUNITY' && !division.code.startsWith(BEIGUAN));
  communities.forEach((community, c) => {
    for (let i = 0; i < Math.round(3 * scale); i++) {
      const head = world.resident(community.code, 1945, 1990);
      const record = world.assistanceCase(head, { program: 'DIBAO', tier: (['A', 'B', 'C'] as const)[(c + i) % 3], paymentSchedule: 'MONTHLY', persons: 1 + ((c + i) % 4), startedAt: cst(2017 + (i % 2), 1 + (c % 12), 3) });
      for (let month = 1; month <= 12; month++) world.payment(record, 2019, month, 1, (300 + 10 * ((c + i) % 9)) * record.persons * 100);
    }
  });
  const nankai = divisionsOfLevel('COMMUNITY', '120104');
  for (let i = 0; i < Math.round(600 * scale); i++) world.service(spread(nankai, i).code, 'NEW_JOB', cst(2012, 1 + (i % 12), 20));
}

async function refill<T>(model: Model<T>, docs: readonly object[]): Promise<void> {
  await model.collection.drop().catch(() => undefined);
  await model.createCollection();
  const named = withRecordKeysOf(model, withSearchNames(model, docs));
  for (let i = 0; i < named.length; i += BATCH) await model.collection.insertMany(named.slice(i, i + BATCH) as never[], { ordered: false });
  await model.createIndexes();
}

export async function seedCivilAffairs(connection: Connection, options: { scale: number; seed: number }): Promise<SeedReport> {
  const started = Date.now();
  const models: CivilAffairsModels = createCivilAffairsModels(connection);
  const random = new SeededRandom(options.seed).fork('civil-affairs');
  const world = new WorldBuilder(random.fork('world'));

  // The shared keys first, so residentId(code, i) for i < GUARANTEED is the same person whatever else is seeded.
  for (const community of divisionsOfLevel('COMMUNITY')) {
    for (let i = 0; i < GUARANTEED_RESIDENTS_PER_COMMUNITY; i += 1) {
      const householdStart = i - (i % 3);
      const relation = i % 3 === 0 ? 'HEAD' : i % 3 === 1 ? 'SPOUSE' : 'CHILD';
      // Born 1941 or later: nobody outside the documented allowance recipients is 80+ in 2020.
      world.resident(community.code, relation === 'CHILD' ? 1985 : 1941, relation === 'CHILD' ? 2015 : 1995, {
        number: `${community.code}-H${String(householdStart).padStart(5, '0')}`,
        relation,
      });
    }
  }
  seedBeiguan(world, random.fork('beiguan'));
  seedGuangkai(world);
  const dagang = seedDagang(world, random.fork('dagang'), options.scale);
  seedBackground(world, options.scale);

  const divisions = DIVISIONS.map((division) => ({
    _id: division.code,
    code: division.code,
    name: division.name,
    level: division.level,
    kind: division.kind,
    parentCode: division.parentCode,
    ...divisionAncestry(division.code),
  }));
  const targets = DOCUMENTED.targets.map((target) => ({ _id: `${target.divisionCode}-${target.year}-${target.indicator}`, ...target }));

  await refill(models.Division, divisions);
  await refill(models.Resident, world.residents);
  await refill(models.AssistanceCase, world.cases);
  await refill(models.BenefitPayment, world.payments);
  await refill(models.ServiceRecord, world.services);
  await refill(models.JobFairParticipation, dagang.participations);
  await refill(models.DayCareCentre, dagang.dayCare);
  await refill(models.Target, targets);
  const notices = seedNotices(random.fork('notices'));
  await refill(models.Notice, notices.notices);
  await refill(models.NoticeRead, notices.reads);

  return {
    database: 'civil_affairs',
    counts: {
      divisions: divisions.length,
      residents: world.residents.length,
      assistanceCases: world.cases.length,
      benefitPayments: world.payments.length,
      serviceRecords: world.services.length,
      jobFairParticipations: dagang.participations.length,
      dayCareCentres: dagang.dayCare.length,
      targets: targets.length,
      notices: notices.notices.length,
      noticeReads: notices.reads.length,
    },
    millis: Date.now() - started,
  };
}
