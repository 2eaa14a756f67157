import DataLoader from 'dataloader';
import { DIVISION_FIELD_BY_LEVEL, divisionLevelOf } from '../shared/division-code.js';
import type { Role } from '../shared/identity.js';
import { suppressMeasure } from '../shared/small-groups.js';
import type { CivilAffairsIndicators, DibaoTierCount, Measure } from './__generated__/resolvers-types.js';
import type { AssistanceProgram, CivilAffairsModels, DibaoTier, ServiceKind, TargetRecord } from './models.js';
import { shanghaiDay } from '../shared/calendar.js';

/**
 * The civil-affairs dashboard of a division for a period, computed by aggregation pipelines.
 * All divisions of one level asked for the same period in one request share one pipeline per
 * collection (`$match` on the ancestry field `$in` the codes, `$group` by code and dimension).
 *
 * Period semantics: a case counts when it was active at some time in [from, to); payments,
 * services and job fairs count when dated in [from, to); a day-care centre when open before `to`.
 */
export interface IndicatorKey {
  code: string;
  from: Date | null;
  to: Date | null;
}

interface CaseRow {
  _id: { code: string; program: AssistanceProgram; urbanRural: 'URBAN' | 'RURAL'; tier: DibaoTier | null };
  households: number;
  persons: number;
  newHouseholds: number;
}
interface PaymentRow {
  _id: { code: string; program: AssistanceProgram; urbanRural: 'URBAN' | 'RURAL' };
  amountFen: number;
  newCaseAmountFen: number;
  payments: number;
}
interface CountRow<K> {
  _id: { code: string; kind: K };
  count: number;
}
interface JobFairRow {
  _id: string;
  enterprises: number;
  hiringIntentions: number;
}

/** The calendar year (Asia/Shanghai) a period lies in, when it lies in exactly one. */
export function periodYear(from: Date | null, to: Date | null): number | null {
  const yearOf = (date: Date) => shanghaiDay(date).year;
  const first = from ? yearOf(from) : null;
  const last = to ? yearOf(new Date(to.getTime() - 1)) : null;
  if (first !== null && last !== null) return first === last ? first : null;
  return first ?? last;
}

function range(field: string, from: Date | null, to: Date | null): Record<string, unknown> {
  const bounds: Record<string, Date> = {};
  if (from) bounds.$gte = from;
  if (to) bounds.$lt = to;
  return Object.keys(bounds).length === 0 ? {} : { [field]: bounds };
}

export function activeIn(from: Date | null, to: Date | null): Record<string, unknown> {
  return {
    // Applications not yet approved have no start: they never count.
    startedAt: to ? { $lt: to } : { $ne: null },
    ...(from ? { $or: [{ endedAt: null }, { endedAt: { $gte: from } }] } : {}),
  };
}

export function createIndicatorLoader(models: CivilAffairsModels): DataLoader<IndicatorKey, CivilAffairsIndicators, string> {
  return new DataLoader<IndicatorKey, CivilAffairsIndicators, string>(
    async (keys) => {
      const groups = new Map<string, IndicatorKey[]>();
      for (const key of keys) {
        const shape = JSON.stringify([divisionLevelOf(key.code), key.from?.getTime() ?? null, key.to?.getTime() ?? null]);
        groups.set(shape, [...(groups.get(shape) ?? []), key]);
      }
      const results = new Map<string, CivilAffairsIndicators>();
      for (const group of groups.values()) {
        const computed = await computeGroup(models, group);
        for (const key of group) results.set(cacheKey(key), computed.get(key.code) ?? indicatorsFrom(emptyFacts()));
      }
      return keys.map((key) => results.get(cacheKey(key)) ?? indicatorsFrom(emptyFacts()));
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: IndicatorKey): string {
  return JSON.stringify([key.code, key.from?.getTime() ?? null, key.to?.getTime() ?? null]);
}

interface Facts {
  cases: CaseRow[];
  payments: PaymentRow[];
  services: Map<ServiceKind, number>;
  jobFair: { enterprises: number; hiringIntentions: number };
  dayCareCentres: number;
  targets: TargetRecord[];
}

function emptyFacts(): Facts {
  return { cases: [], payments: [], services: new Map(), jobFair: { enterprises: 0, hiringIntentions: 0 }, dayCareCentres: 0, targets: [] };
}

async function computeGroup(models: CivilAffairsModels, group: IndicatorKey[]): Promise<Map<string, CivilAffairsIndicators>> {
  const { from, to } = group[0];
  const level = divisionLevelOf(group[0].code);
  if (level === null) throw new Error(`not a division code: ${group[0].code}`);
  const field = DIVISION_FIELD_BY_LEVEL[level];
  const codes = [...new Set(group.map((key) => key.code))];
  const inDivisions = { [field]: { $in: codes } };
  const year = periodYear(from, to);
  const startOfTime = new Date(0);

  const [cases, payments, services, jobFairs, dayCare, targets] = await Promise.all([
    models.AssistanceCase.aggregate<CaseRow>([
      { $match: { ...inDivisions, ...activeIn(from, to) } },
      {
        $group: {
          _id: { code: `$${field}`, program: '$program', urbanRural: '$urbanRural', tier: '$tier' },
          households: { $sum: 1 },
          persons: { $sum: '$persons' },
          newHouseholds: { $sum: { $cond: [{ $gte: ['$startedAt', from ?? startOfTime] }, 1, 0] } },
        },
      },
    ]).exec(),
    models.BenefitPayment.aggregate<PaymentRow>([
      { $match: { ...inDivisions, ...range('paidAt', from, to) } },
      {
        $group: {
          _id: { code: `$${field}`, program: '$program', urbanRural: '$urbanRural' },
          amountFen: { $sum: '$amountFen' },
          newCaseAmountFen: { $sum: { $cond: [{ $gte: ['$caseStartedAt', from ?? startOfTime] }, '$amountFen', 0] } },
          payments: { $sum: 1 },
        },
      },
    ]).exec(),
    models.ServiceRecord.aggregate<CountRow<ServiceKind>>([
      { $match: { ...inDivisions, ...range('date', from, to) } },
      { $group: { _id: { code: `$${field}`, kind: '$kind' }, count: { $sum: 1 } } },
    ]).exec(),
    models.JobFairParticipation.aggregate<JobFairRow>([
      { $match: { ...inDivisions, ...range('date', from, to) } },
      { $group: { _id: `$${field}`, enterprises: { $sum: 1 }, hiringIntentions: { $sum: '$hiringIntentions' } } },
    ]).exec(),
    models.DayCareCentre.aggregate<{ _id: string; count: number }>([
      { $match: { ...inDivisions, ...(to ? { openedAt: { $lt: to } } : {}) } },
      { $group: { _id: `$${field}`, count: { $sum: 1 } } },
    ]).exec(),
    year === null ? Promise.resolve([]) : models.Target.aggregate<TargetRecord>([{ $match: { divisionCode: { $in: codes }, year } }]).exec(),
  ]);

  const facts = new Map<string, Facts>(codes.map((code) => [code, emptyFacts()]));
  const of = (code: string) => facts.get(code) ?? emptyFacts();
  for (const row of cases) of(row._id.code).cases.push(row);
  for (const row of payments) of(row._id.code).payments.push(row);
  for (const row of services) of(row._id.code).services.set(row._id.kind, row.count);
  for (const row of jobFairs) of(row._id).jobFair = { enterprises: row.enterprises, hiringIntentions: row.hiringIntentions };
  for (const row of dayCare) of(row._id).dayCareCentres = row.count;
  for (const target of targets) of(target.divisionCode).targets.push(target);
  return new Map([...facts].map(([code, fact]) => [code, indicatorsFrom(fact)]));
}

const TIER_ORDER: DibaoTier[] = ['A_PLUS', 'A', 'B', 'C'];

/** Turns one division's grouped rows into the GraphQL shape, attaching work-plan targets by indicator key. */
function indicatorsFrom(facts: Facts): CivilAffairsIndicators {
  const targetOf = (indicator: string) => facts.targets.find((target) => target.indicator === indicator)?.value ?? null;
  const measure = (indicator: string, value: number, unit: string): Measure => ({ value, unit, target: targetOf(indicator), suppressed: false });
  const caseSum = (pick: 'households' | 'persons' | 'newHouseholds', where: (row: CaseRow['_id']) => boolean) =>
    facts.cases.filter((row) => where(row._id)).reduce((sum, row) => sum + row[pick], 0);
  const paidYuan = (pick: 'amountFen' | 'newCaseAmountFen', where: (row: PaymentRow['_id']) => boolean) =>
    facts.payments.filter((row) => where(row._id)).reduce((sum, row) => sum + row[pick], 0) / 100;
  const payments = (program: AssistanceProgram) => facts.payments.filter((row) => row._id.program === program).reduce((sum, row) => sum + row.payments, 0);
  const isProgram = (program: AssistanceProgram, urbanRural?: 'URBAN' | 'RURAL') => (row: { program: AssistanceProgram; urbanRural: string }) =>
    row.program === program && (urbanRural === undefined || row.urbanRural === urbanRural);
  const service = (kind: ServiceKind) => facts.services.get(kind) ?? 0;

  const dibaoTiers: DibaoTierCount[] = facts.cases
    .filter((row) => row._id.program === 'DIBAO' && row._id.tier !== null)
    .map((row) => ({ tier: row._id.tier as DibaoTier, urbanRural: row._id.urbanRural, households: { value: row.households, unit: '户', target: null, suppressed: false }, persons: { value: row.persons, unit: '人', target: null, suppressed: false } }))
    .sort((a, b) => a.urbanRural.localeCompare(b.urbanRural) || TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier));

  return {
    dibaoHouseholds: measure('dibaoHouseholds', caseSum('households', isProgram('DIBAO')), '户'),
    dibaoPersons: measure('dibaoPersons', caseSum('persons', isProgram('DIBAO')), '人'),
    dibaoUrbanHouseholds: measure('dibaoUrbanHouseholds', caseSum('households', isProgram('DIBAO', 'URBAN')), '户'),
    dibaoUrbanPersons: measure('dibaoUrbanPersons', caseSum('persons', isProgram('DIBAO', 'URBAN')), '人'),
    dibaoRuralHouseholds: measure('dibaoRuralHouseholds', caseSum('households', isProgram('DIBAO', 'RURAL')), '户'),
    dibaoRuralPersons: measure('dibaoRuralPersons', caseSum('persons', isProgram('DIBAO', 'RURAL')), '人'),
    dibaoAmount: measure('dibaoAmount', paidYuan('amountFen', isProgram('DIBAO')), '元'),
    dibaoUrbanAmount: measure('dibaoUrbanAmount', paidYuan('amountFen', isProgram('DIBAO', 'URBAN')), '元'),
    dibaoRuralAmount: measure('dibaoRuralAmount', paidYuan('amountFen', isProgram('DIBAO', 'RURAL')), '元'),
    newDibaoHouseholds: measure('newDibaoHouseholds', caseSum('newHouseholds', isProgram('DIBAO')), '户'),
    newDibaoAmount: measure('newDibaoAmount', paidYuan('newCaseAmountFen', isProgram('DIBAO')), '元'),
    dibaoTiers,
    extremePovertyPersons: measure('extremePovertyPersons', caseSum('persons', isProgram('EXTREME_POVERTY')), '人'),
    temporaryAssistancePersonTimes: measure('temporaryAssistancePersonTimes', payments('TEMPORARY'), '人次'),
    temporaryAssistanceAmount: measure('temporaryAssistanceAmount', paidYuan('amountFen', isProgram('TEMPORARY')), '元'),
    orphans: measure('orphans', caseSum('persons', isProgram('ORPHAN')), '人'),
    deFactoUnsupportedChildren: measure('deFactoUnsupportedChildren', caseSum('persons', isProgram('DE_FACTO_UNSUPPORTED_CHILD')), '人'),
    childAssistanceAmount: measure(
      'childAssistanceAmount',
      paidYuan('amountFen', (row) => row.program === 'ORPHAN' || row.program === 'DE_FACTO_UNSUPPORTED_CHILD'),
      '元',
    ),
    disabilityLivingSubsidyPersons: measure('disabilityLivingSubsidyPersons', caseSum('persons', isProgram('DISABILITY_LIVING_SUBSIDY')), '人'),
    disabilityLivingSubsidyAmount: measure('disabilityLivingSubsidyAmount', paidYuan('amountFen', isProgram('DISABILITY_LIVING_SUBSIDY')), '元'),
    severeDisabilityCareSubsidyPersons: measure('severeDisabilityCareSubsidyPersons', caseSum('persons', isProgram('SEVERE_DISABILITY_CARE_SUBSIDY')), '人'),
    severeDisabilityCareSubsidyAmount: measure('severeDisabilityCareSubsidyAmount', paidYuan('amountFen', isProgram('SEVERE_DISABILITY_CARE_SUBSIDY')), '元'),
    highAgeAllowanceRecipients: measure('highAgeAllowanceRecipients', caseSum('persons', isProgram('HIGH_AGE_ALLOWANCE')), '人'),
    highAgeAllowanceAmount: measure('highAgeAllowanceAmount', paidYuan('amountFen', isProgram('HIGH_AGE_ALLOWANCE')), '元'),
    elderlyCertificates: measure('elderlyCertificates', service('ELDERLY_CERTIFICATE'), '本'),
    seniorCards: measure('seniorCards', service('SENIOR_CARD'), '张'),
    dayCareCentres: measure('dayCareCentres', facts.dayCareCentres, '个'),
    housingSubsidies: measure('housingSubsidies', service('HOUSING_SUBSIDY'), '户'),
    priceLimitedHousingApprovals: measure('priceLimitedHousingApprovals', service('PRICE_LIMITED_HOUSING_APPROVAL'), '户'),
    disabledJobPlacements: measure('disabledJobPlacements', service('DISABLED_JOB_PLACEMENT'), '人'),
    flexibleEmployment4050: measure('flexibleEmployment4050', service('FLEXIBLE_EMPLOYMENT_4050'), '人'),
    trainedPersons: measure('trainedPersons', service('SKILLS_TRAINING'), '人'),
    newJobs: measure('newJobs', service('NEW_JOB'), '个'),
    jobFairEnterprises: measure('jobFairEnterprises', facts.jobFair.enterprises, '家'),
    jobFairHiringIntentions: measure('jobFairHiringIntentions', facts.jobFair.hiringIntentions, '人'),
    medicalInsuranceRegistrations: measure('medicalInsuranceRegistrations', service('MEDICAL_INSURANCE_REGISTRATION'), '人'),
    urbanRuralMedicalInsuranceEnrolments: measure('urbanRuralMedicalInsuranceEnrolments', service('URBAN_RURAL_MEDICAL_INSURANCE'), '人'),
    socialSecurityCards: measure('socialSecurityCards', service('SOCIAL_SECURITY_CARD'), '张'),
    targets: facts.targets.map((target) => ({
      indicator: target.indicator,
      year: target.year,
      value: target.value,
      unit: target.unit,
      comparison: target.comparison,
      source: target.source,
    })),
  };
}

type MeasureField = { [K in keyof CivilAffairsIndicators]-?: CivilAffairsIndicators[K] extends Measure ? K : never }[keyof CivilAffairsIndicators];

/**
 * Measures that count persons (or households, or services to a person), each with the measures
 * whose value would reveal them (amounts paid to the same persons). Small-group suppression
 * (shared/small-groups.ts) hides both for analysts when the count is 1 to 4.
 */
const PERSON_COUNTS: ReadonlyArray<[count: MeasureField, tied: MeasureField[]]> = [
  ['dibaoHouseholds', []],
  ['dibaoPersons', ['dibaoAmount']],
  ['dibaoUrbanHouseholds', []],
  ['dibaoUrbanPersons', ['dibaoUrbanAmount']],
  ['dibaoRuralHouseholds', []],
  ['dibaoRuralPersons', ['dibaoRuralAmount']],
  ['newDibaoHouseholds', ['newDibaoAmount']],
  ['extremePovertyPersons', []],
  ['temporaryAssistancePersonTimes', ['temporaryAssistanceAmount']],
  ['orphans', []],
  ['deFactoUnsupportedChildren', []],
  ['disabilityLivingSubsidyPersons', ['disabilityLivingSubsidyAmount']],
  ['severeDisabilityCareSubsidyPersons', ['severeDisabilityCareSubsidyAmount']],
  ['highAgeAllowanceRecipients', ['highAgeAllowanceAmount']],
  ['elderlyCertificates', []],
  ['seniorCards', []],
  ['housingSubsidies', []],
  ['priceLimitedHousingApprovals', []],
  ['disabledJobPlacements', []],
  ['flexibleEmployment4050', []],
  ['trainedPersons', []],
  ['medicalInsuranceRegistrations', []],
  ['urbanRuralMedicalInsuranceEnrolments', []],
  ['socialSecurityCards', []],
];

/** The indicators as the viewer may see them: small person counts (and what they reveal) withheld from analysts. */
export function suppressSmallPersonCounts(indicators: CivilAffairsIndicators, role: Role): CivilAffairsIndicators {
  const result = { ...indicators };
  for (const [count, tied] of PERSON_COUNTS) {
    const persons = indicators[count].value;
    for (const field of [count, ...tied]) result[field] = suppressMeasure(indicators[field], role, persons);
  }
  const children = (indicators.orphans.value ?? 0) + (indicators.deFactoUnsupportedChildren.value ?? 0);
  result.childAssistanceAmount = suppressMeasure(indicators.childAssistanceAmount, role, children);
  result.dibaoTiers = indicators.dibaoTiers.map((tier) => ({
    ...tier,
    households: suppressMeasure(tier.households, role, tier.persons.value),
    persons: suppressMeasure(tier.persons, role),
  }));
  return result;
}
