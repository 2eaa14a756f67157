import { divisionAncestry } from '../../../platform/world/division-code.js';
import { divisionByName, divisionsOfLevel, type DivisionSeed } from '../../../platform/world/divisions.js';
import { enterpriseId, GUARANTEED_ENTERPRISES_PER_COMMUNITY } from '../../../platform/world/keys.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import { DOCUMENTED } from '../figures.js';
import type { AssistanceCaseRecord, AssistanceProgram, DibaoTier, ResidentRecord, ServiceKind } from '../models.js';
import { allocate, communitiesOf, cst, spread, type SeededCase, type WorldBuilder } from './world.js';

/**
 * The records written from the source documents: 北关区 (2020, document 003), 广开街道 (2010,
 * document 000) and 大港街道 (2016, document 004). Money is allocated in integer 分 by largest
 * remainder, so every documented total is exact.
 */
export const BEIGUAN = '410503';
const RURAL_TIER_RATE: Record<DibaoTier, number> = { A_PLUS: 336, A: 290, B: 240, C: 190 };
const URBAN_TIER_RATE: Record<DibaoTier, number> = { A_PLUS: 0, A: 400, B: 330, C: 260 };

/** 北关区, January to November 2020 (document 003). */
export function seedBeiguan(world: WorldBuilder, random: SeededRandom): void {
  const all = divisionsOfLevel('COMMUNITY', BEIGUAN);
  const urban = all.filter((division) => division.kind === 'COMMUNITY');
  const villages = communitiesOf('柏庄镇');
  const figures = DOCUMENTED.beiguan;

  // 低保: urban paid monthly (January to November), rural quarterly in advance (January, April, July, October).
  const dibao = (
    areaCommunities: DivisionSeed[],
    households: number,
    persons: number,
    tierOf: (i: number) => DibaoTier,
    schedule: 'MONTHLY' | 'QUARTERLY',
    totalFen: number,
  ) => {
    const sizes = world.householdSizes(households, persons);
    const payMonths = schedule === 'MONTHLY' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] : [1, 4, 7, 10];
    const monthsPerPayment = schedule === 'MONTHLY' ? 1 : 3;
    const slots: { record: SeededCase; month: number; fixedFen: number | null; weight: number }[] = [];
    sizes.forEach((size, i) => {
      const community = spread(areaCommunities, i);
      const head = world.resident(community.code, 1941 + (i % 55), 1942 + (i % 55));
      const tier = tierOf(i);
      const record = world.assistanceCase(head, {
        program: 'DIBAO',
        tier,
        paymentSchedule: schedule,
        persons: size,
        startedAt: cst(2014 + (i % 6), 1 + (i % 12), 15),
      });
      for (const month of payMonths) {
        const rate = (schedule === 'MONTHLY' ? URBAN_TIER_RATE : RURAL_TIER_RATE)[tier];
        // A+ is the one documented standard (336 元 per person per month): paid exactly, the rest shares what remains.
        const fixedFen = tier === 'A_PLUS' ? rate * size * monthsPerPayment * 100 : null;
        slots.push({ record, month, fixedFen, weight: rate * size });
      }
    });
    const fixedTotal = slots.reduce((sum, slot) => sum + (slot.fixedFen ?? 0), 0);
    const flexible = slots.filter((slot) => slot.fixedFen === null);
    const shares = allocate(
      totalFen - fixedTotal,
      flexible.map((slot) => slot.weight),
    );
    flexible.forEach((slot, i) => (slot.fixedFen = shares[i]));
    for (const slot of slots) world.payment(slot.record, 2020, slot.month, monthsPerPayment, slot.fixedFen ?? 0);
  };
  const tiers: DibaoTier[] = ['A', 'B', 'B', 'C', 'C'];
  dibao(
    urban,
    figures.dibaoUrbanHouseholds,
    figures.dibaoUrbanPersons,
    (i) => tiers[i % tiers.length],
    'MONTHLY',
    figures.dibaoUrbanAmountFen,
  );
  dibao(
    villages,
    figures.dibaoRuralHouseholds,
    figures.dibaoRuralPersons,
    (i) => (i < figures.dibaoRuralAPlusHouseholds ? 'A_PLUS' : tiers[i % tiers.length]),
    'QUARTERLY',
    figures.dibaoRuralAmountFen,
  );

  // Orphans and de-facto unsupported children: 950 元 per month each, from the month they entered to November.
  const children = figures.orphans + figures.deFactoUnsupportedChildren;
  const months = new Array<number>(children).fill(11);
  for (let excess = 11 * children - figures.childFullMonths; excess > 0;) {
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
    const startedAt =
      count === 11 ? cst(2019, 1 + (i % 12), 1) : cst(2020, prorated ? firstMonth - 1 : firstMonth, prorated ? 24 : 1);
    const record = world.assistanceCase(child, {
      program: i < figures.orphans ? 'ORPHAN' : 'DE_FACTO_UNSUPPORTED_CHILD',
      paymentSchedule: 'MONTHLY',
      persons: 1,
      startedAt,
    });
    // One child entered late in a month and was paid pro rata for it: the documented total is not a multiple of 950.
    if (prorated)
      world.payment(record, 2020, firstMonth - 1, 1, figures.childProratedFen, cst(2020, firstMonth - 1, 28));
    for (let month = firstMonth; month <= 11; month++) world.payment(record, 2020, month, 1, figures.childMonthlyFen);
  });
  if (!months.some((count, i) => i === children - 1 && count < 11))
    throw new Error('seed: the pro-rated child needs a start after January');

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
      const record = world.assistanceCase(person, {
        program,
        paymentSchedule: schedule,
        persons: 1,
        startedAt,
        endedAt: oneOff ? cst(2020, payAt[0], 10) : null,
      });
      for (const month of payAt) slots.push({ record, month, weight: weight(person) });
    }
    const shares = allocate(
      totalFen,
      slots.map((slot) => slot.weight),
    );
    slots.forEach((slot, i) =>
      world.payment(slot.record, 2020, slot.month, slot.record.paymentSchedule === 'QUARTERLY' ? 3 : 1, shares[i]),
    );
  };
  const quarterly = () => [1, 4, 7, 10];
  oneProgram(
    'TEMPORARY',
    figures.temporaryPersonTimes,
    figures.temporaryAmountFen,
    [1950, 2000],
    'ONE_OFF',
    (i) => [1 + (i % 11)],
    () => random.int(5, 40),
  );
  oneProgram(
    'DISABILITY_LIVING_SUBSIDY',
    figures.disabilityLivingPersons,
    figures.disabilityLivingAmountFen,
    [1950, 2000],
    'QUARTERLY',
    quarterly,
    () => 1,
  );
  oneProgram(
    'SEVERE_DISABILITY_CARE_SUBSIDY',
    figures.severeCarePersons,
    figures.severeCareAmountFen,
    [1945, 2005],
    'QUARTERLY',
    quarterly,
    () => 1,
  );
  // 80+ on 2020-12-01 means born before 1940-12-01; the allowance rises with age (90+ double, 100+ sixfold).
  oneProgram(
    'HIGH_AGE_ALLOWANCE',
    figures.highAgeRecipients,
    figures.highAgeAmountFen,
    [1918, 1939],
    'YEARLY',
    (i) => [1 + (i % 11)],
    (resident) => {
      const age = 2020 - resident.birthDate.getUTCFullYear();
      return age >= 100 ? 6 : age >= 90 ? 2 : 1;
    },
  );
}

/** 广开街道, 2010 (document 000): 74 new 低保 households in the first half, services over the year. */
export function seedGuangkai(world: WorldBuilder): void {
  const communities = communitiesOf('广开街道');
  const figures = DOCUMENTED.guangkai;
  const slots: { record: SeededCase; month: number; weight: number }[] = [];
  world.householdSizes(figures.newDibaoHouseholds, figures.newDibaoPersons).forEach((size, i) => {
    const startMonth = 1 + (i % 6);
    const head = world.resident(spread(communities, i).code, 1945, 1985);
    const record = world.assistanceCase(head, {
      program: 'DIBAO',
      tier: (['A', 'B', 'C'] as const)[i % 3],
      paymentSchedule: 'MONTHLY',
      persons: size,
      startedAt: cst(2010, startMonth, 8),
    });
    for (let month = startMonth; month <= 6; month++) slots.push({ record, month, weight: size });
  });
  const shares = allocate(
    figures.newDibaoAmountFen,
    slots.map((slot) => slot.weight),
  );
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
    for (let i = 0; i < count; i++)
      world.service(spread(communities, i).code, kind, cst(2010, 1 + (i % 10), 1 + (i % 28)));
  }
}

/** 大港街道, 2016 (document 004): the spring job fair, day-care centres, training courses and job/insurance actuals. */
export function seedDagang(world: WorldBuilder, random: SeededRandom, scale: number) {
  const communities = communitiesOf('大港街道');
  const figures = DOCUMENTED.dagang;
  const intentions = allocate(
    figures.jobFairHiringIntentions,
    Array.from({ length: figures.jobFairEnterprises }, () => random.int(2, 10)),
  );
  const registered = communities.flatMap((community) =>
    Array.from({ length: GUARANTEED_ENTERPRISES_PER_COMMUNITY }, (_, i) => ({
      community,
      id: enterpriseId(community.code, i),
    })),
  );
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
    return {
      _id: `daycare-${community.code}`,
      divisionCode: community.code,
      ...divisionAncestry(community.code),
      name: `${name.replace('社區', '')}老年日間照料中心`,
      openedAt: cst(2016, 6 + i, 1),
      beds: 20 + 5 * i,
    };
  });
  const courses = ['茶藝班', '叉車班', '育嬰班'];
  for (let i = 0; i < Math.round(90 * scale); i++)
    world.service(
      spread(communities, i).code,
      'SKILLS_TRAINING',
      cst(2016, 3 + (i % 9), 10),
      courses[i % courses.length],
    );
  for (let i = 0; i < Math.round(400 * scale); i++)
    world.service(spread(communities, i).code, 'NEW_JOB', cst(2016, 1 + (i % 12), 12));
  for (let i = 0; i < Math.round(900 * scale); i++)
    world.service(spread(communities, i).code, 'URBAN_RURAL_MEDICAL_INSURANCE', cst(2016, 1 + (i % 12), 18));
  return { participations, dayCare };
}
