import DataLoader from 'dataloader';
import { DIVISION_FIELD_BY_LEVEL, divisionLevelOf } from '../../platform/world/division-code.js';
import { RECORD_KEY_SUM, recordKeySumIf, type DisclosureControl } from '../../platform/access/disclosure-control.js';
import type { CivilAffairsIndicators, DibaoTierCount, Measure } from './__generated__/resolvers-types.js';
import type { AssistanceProgram, CivilAffairsModels, DibaoTier, ServiceKind, TargetRecord } from './models.js';
import { shanghaiDay } from '../../platform/query/calendar.js';

/**
 * The civil-affairs dashboard of a division for a period, computed by aggregation pipelines.
 * All divisions of one level asked for the same period in one request share one pipeline per
 * collection (`$match` on the ancestry field `$in` the codes, `$group` by code and dimension).
 *
 * Period semantics: a case counts when it was active at some time in [from, to); payments,
 * services and job fairs count when dated in [from, to); a day-care centre when open before `to`.
 */
interface IndicatorKey {
  code: string;
  from: Date | null;
  to: Date | null;
}

interface CaseRow {
  _id: { code: string; program: AssistanceProgram; urbanRural: 'URBAN' | 'RURAL'; tier: DibaoTier | null };
  households: number;
  persons: number;
  newHouseholds: number;
  /** Sums of the record keys of the cases, and of those that started in the period (disclosure-control.ts). */
  keys: number;
  newKeys: number;
}
interface PaymentRow {
  _id: { code: string; program: AssistanceProgram; urbanRural: 'URBAN' | 'RURAL' };
  amountFen: number;
  newCaseAmountFen: number;
  payments: number;
  newCasePayments: number;
  keys: number;
  newKeys: number;
  /** The largest total paid to one case in the row (and to one new case): only computed when figures are perturbed. */
  topCaseFen?: number;
  topNewCaseFen?: number;
}
interface CountRow<K> {
  _id: { code: string; kind: K };
  count: number;
  keys: number;
}
interface JobFairRow {
  _id: string;
  enterprises: number;
  hiringIntentions: number;
}

/** The calendar year (Asia/Shanghai) a period lies in, when it lies in exactly one. */
function periodYear(from: Date | null, to: Date | null): number | null {
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

/**
 * The facts of each requested division: grouped rows, record-key sums included. `unitTops`
 * (when figures are perturbed) also finds each row's largest payment total of one case, which
 * scales the noise of the amounts (disclosure-control.ts).
 */
export function createIndicatorLoader(
  models: CivilAffairsModels,
  options: { unitTops: boolean },
): DataLoader<IndicatorKey, IndicatorFacts, string> {
  return new DataLoader<IndicatorKey, IndicatorFacts, string>(
    async (keys) => {
      const groups = new Map<string, IndicatorKey[]>();
      for (const key of keys) {
        const shape = JSON.stringify([
          divisionLevelOf(key.code),
          key.from?.getTime() ?? null,
          key.to?.getTime() ?? null,
        ]);
        groups.set(shape, [...(groups.get(shape) ?? []), key]);
      }
      const results = new Map<string, IndicatorFacts>();
      for (const group of groups.values()) {
        const computed = await computeGroup(models, group, options.unitTops);
        for (const key of group) results.set(cacheKey(key), computed.get(key.code) ?? emptyFacts());
      }
      return keys.map((key) => results.get(cacheKey(key)) ?? emptyFacts());
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: IndicatorKey): string {
  return JSON.stringify([key.code, key.from?.getTime() ?? null, key.to?.getTime() ?? null]);
}

/** One division's grouped rows for one period; `indicatorsFor` turns them into the dashboard a viewer may see. */
interface IndicatorFacts {
  cases: CaseRow[];
  payments: PaymentRow[];
  services: Map<ServiceKind, { count: number; keys: number }>;
  jobFair: { enterprises: number; hiringIntentions: number };
  dayCareCentres: number;
  targets: TargetRecord[];
}

function emptyFacts(): IndicatorFacts {
  return {
    cases: [],
    payments: [],
    services: new Map(),
    jobFair: { enterprises: 0, hiringIntentions: 0 },
    dayCareCentres: 0,
    targets: [],
  };
}

async function computeGroup(
  models: CivilAffairsModels,
  group: IndicatorKey[],
  unitTops: boolean,
): Promise<Map<string, IndicatorFacts>> {
  const { from, to } = group[0];
  const level = divisionLevelOf(group[0].code);
  if (level === null) throw new Error(`not a division code: ${group[0].code}`);
  const field = DIVISION_FIELD_BY_LEVEL[level];
  const codes = [...new Set(group.map((key) => key.code))];
  const inDivisions = { [field]: { $in: codes } };
  const year = periodYear(from, to);
  const startOfTime = new Date(0);
  const startedInPeriod = { $gte: ['$startedAt', from ?? startOfTime] };
  const newCase = { $gte: ['$caseStartedAt', from ?? startOfTime] };
  const paymentSums = {
    amountFen: { $sum: '$amountFen' },
    newCaseAmountFen: { $sum: { $cond: [newCase, '$amountFen', 0] } },
    payments: { $sum: 1 },
    newCasePayments: { $sum: { $cond: [newCase, 1, 0] } },
    keys: RECORD_KEY_SUM,
    newKeys: recordKeySumIf(newCase),
  };
  const paymentRow = { code: `$${field}`, program: '$program', urbanRural: '$urbanRural' };
  // Perturbed figures need the largest total of one case per row: sum per case first, then per row.
  const paymentGrouping = unitTops
    ? [
        { $group: { _id: { ...paymentRow, caseId: '$caseId' }, ...paymentSums } },
        {
          $group: {
            _id: { code: '$_id.code', program: '$_id.program', urbanRural: '$_id.urbanRural' },
            ...Object.fromEntries(Object.keys(paymentSums).map((name) => [name, { $sum: `$${name}` }])),
            topCaseFen: { $max: '$amountFen' },
            topNewCaseFen: { $max: '$newCaseAmountFen' },
          },
        },
      ]
    : [{ $group: { _id: paymentRow, ...paymentSums } }];

  const [cases, payments, services, jobFairs, dayCare, targets] = await Promise.all([
    models.AssistanceCase.aggregate<CaseRow>([
      { $match: { ...inDivisions, ...activeIn(from, to) } },
      {
        $group: {
          _id: { code: `$${field}`, program: '$program', urbanRural: '$urbanRural', tier: '$tier' },
          households: { $sum: 1 },
          persons: { $sum: '$persons' },
          newHouseholds: { $sum: { $cond: [startedInPeriod, 1, 0] } },
          keys: RECORD_KEY_SUM,
          newKeys: recordKeySumIf(startedInPeriod),
        },
      },
    ]).exec(),
    models.BenefitPayment.aggregate<PaymentRow>([
      { $match: { ...inDivisions, ...range('paidAt', from, to) } },
      ...paymentGrouping,
    ]).exec(),
    models.ServiceRecord.aggregate<CountRow<ServiceKind>>([
      { $match: { ...inDivisions, ...range('date', from, to) } },
      { $group: { _id: { code: `$${field}`, kind: '$kind' }, count: { $sum: 1 }, keys: RECORD_KEY_SUM } },
    ]).exec(),
    models.JobFairParticipation.aggregate<JobFairRow>([
      { $match: { ...inDivisions, ...range('date', from, to) } },
      { $group: { _id: `$${field}`, enterprises: { $sum: 1 }, hiringIntentions: { $sum: '$hiringIntentions' } } },
    ]).exec(),
    models.DayCareCentre.aggregate<{ _id: string; count: number }>([
      { $match: { ...inDivisions, ...(to ? { openedAt: { $lt: to } } : {}) } },
      { $group: { _id: `$${field}`, count: { $sum: 1 } } },
    ]).exec(),
    year === null
      ? Promise.resolve([])
      : models.Target.aggregate<TargetRecord>([{ $match: { divisionCode: { $in: codes }, year } }]).exec(),
  ]);

  const facts = new Map<string, IndicatorFacts>(codes.map((code) => [code, emptyFacts()]));
  const of = (code: string) => facts.get(code) ?? emptyFacts();
  for (const row of cases) of(row._id.code).cases.push(row);
  for (const row of payments) of(row._id.code).payments.push(row);
  for (const row of services) of(row._id.code).services.set(row._id.kind, { count: row.count, keys: row.keys });
  for (const row of jobFairs)
    of(row._id).jobFair = { enterprises: row.enterprises, hiringIntentions: row.hiringIntentions };
  for (const row of dayCare) of(row._id).dayCareCentres = row.count;
  for (const target of targets) of(target.divisionCode).targets.push(target);
  return facts;
}

const TIER_ORDER: DibaoTier[] = ['A_PLUS', 'A', 'B', 'C'];

/** An exact figure with the record-key sum of the records behind it. */
interface Cell {
  value: number;
  key: number;
}

/** An amount with the payments behind it and the largest total of one case among them. */
interface AmountCell extends Cell {
  top: number;
  payments: Cell;
}

/** Measure tags: one per collection and measure, so the same records give the same answer in every question. */
const TAGS = {
  households: 'assistance_cases/households',
  persons: 'assistance_cases/persons',
  payments: 'benefit_payments/payments',
  amount: 'benefit_payments/amount',
  services: 'service_records/persons',
} as const;

/**
 * Turns one division's grouped rows into the GraphQL shape, attaching work-plan targets by
 * indicator key. For officials and admins every value is exact. For analysts and services
 * (`control.perturbs`) every count of persons, households, person-times and services is a
 * perturbed cell, withheld when small; the households and persons of the same cases are withheld
 * together; an amount is perturbed and published only when the counts of its cases and its
 * payments are (disclosure-control.ts).
 */
export function indicatorsFor(facts: IndicatorFacts, control: DisclosureControl): CivilAffairsIndicators {
  const targetOf = (indicator: string) => facts.targets.find((target) => target.indicator === indicator)?.value ?? null;
  const exact = (indicator: string, value: number, unit: string): Measure => ({
    value,
    unit,
    target: targetOf(indicator),
    suppressed: false,
  });
  const published = (tag: string, cell: Cell) => control.count({ tag, ...cell });
  /** A count measure; withheld too when any cell it goes with is (households with their persons). */
  const count = (
    indicator: string,
    unit: string,
    tag: string,
    cell: Cell,
    together: Array<[tag: string, cell: Cell]> = [],
  ): Measure => {
    const own = published(tag, cell);
    if (!own.suppressed && together.every(([otherTag, other]) => !published(otherTag, other).suppressed))
      return { ...exact(indicator, own.value ?? 0, unit), value: own.value };
    return { ...exact(indicator, 0, unit), value: null, suppressed: true };
  };
  /** An amount measure; published only with the counts of the persons it was paid to and of its payments. */
  const amount = (indicator: string, cell: AmountCell, tiedTo: Array<[tag: string, cell: Cell]>): Measure => {
    if (!control.perturbs) return exact(indicator, cell.value, '元');
    if (
      [[TAGS.payments, cell.payments] as [string, Cell], ...tiedTo].some(
        ([tag, tied]) => published(tag, tied).suppressed,
      )
    )
      return { ...exact(indicator, 0, '元'), value: null, suppressed: true };
    return exact(
      indicator,
      control.amount({ tag: TAGS.amount, value: cell.value, key: cell.key, top: cell.top }),
      '元',
    );
  };

  const caseCell = (pick: 'households' | 'persons' | 'newHouseholds', where: (row: CaseRow['_id']) => boolean): Cell =>
    facts.cases
      .filter((row) => where(row._id))
      .reduce(
        (sum, row) => ({
          value: sum.value + row[pick],
          key: sum.key + (pick === 'newHouseholds' ? row.newKeys : row.keys),
        }),
        { value: 0, key: 0 },
      );
  const paidCell = (which: 'all' | 'new', where: (row: PaymentRow['_id']) => boolean): AmountCell => {
    const rows = facts.payments.filter((row) => where(row._id));
    const pick = (all: number, started: number) => (which === 'all' ? all : started);
    return {
      value: rows.reduce((sum, row) => sum + pick(row.amountFen, row.newCaseAmountFen), 0) / 100,
      key: rows.reduce((sum, row) => sum + pick(row.keys, row.newKeys), 0),
      top: rows.reduce((top, row) => Math.max(top, pick(row.topCaseFen ?? 0, row.topNewCaseFen ?? 0)), 0) / 100,
      payments: {
        value: rows.reduce((sum, row) => sum + pick(row.payments, row.newCasePayments), 0),
        key: rows.reduce((sum, row) => sum + pick(row.keys, row.newKeys), 0),
      },
    };
  };
  const isProgram =
    (program: AssistanceProgram, urbanRural?: 'URBAN' | 'RURAL') =>
    (row: { program: AssistanceProgram; urbanRural: string }) =>
      row.program === program && (urbanRural === undefined || row.urbanRural === urbanRural);
  const isChild = (row: { program: AssistanceProgram }) =>
    row.program === 'ORPHAN' || row.program === 'DE_FACTO_UNSUPPORTED_CHILD';
  const serviceCell = (kind: ServiceKind): Cell => {
    const found = facts.services.get(kind);
    return { value: found?.count ?? 0, key: found?.keys ?? 0 };
  };
  const service = (indicator: string, kind: ServiceKind, unit: string) =>
    count(indicator, unit, TAGS.services, serviceCell(kind));
  /** A programme's cases as persons and as households (the same records). */
  const program = (where: (row: CaseRow['_id']) => boolean) => ({
    persons: caseCell('persons', where),
    households: caseCell('households', where),
  });

  const dibao = program(isProgram('DIBAO'));
  const urban = program(isProgram('DIBAO', 'URBAN'));
  const rural = program(isProgram('DIBAO', 'RURAL'));
  const newDibao = caseCell('newHouseholds', isProgram('DIBAO'));
  const persons = (where: (row: CaseRow['_id']) => boolean) => caseCell('persons', where);
  const temporaryPayments = paidCell('all', isProgram('TEMPORARY')).payments;
  const household = (
    indicator: string,
    unit: string,
    cells: { persons: Cell; households: Cell },
    pick: 'persons' | 'households',
  ) =>
    count(indicator, unit, TAGS[pick], cells[pick], [
      [TAGS[pick === 'persons' ? 'households' : 'persons'], cells[pick === 'persons' ? 'households' : 'persons']],
    ]);

  const dibaoTiers: DibaoTierCount[] = facts.cases
    .filter((row) => row._id.program === 'DIBAO' && row._id.tier !== null)
    .map((row) => {
      const cells = {
        households: { value: row.households, key: row.keys },
        persons: { value: row.persons, key: row.keys },
      };
      return {
        tier: row._id.tier as DibaoTier,
        urbanRural: row._id.urbanRural,
        households: { ...household('', '户', cells, 'households'), target: null },
        persons: { ...household('', '人', cells, 'persons'), target: null },
      };
    })
    .sort(
      (a, b) => a.urbanRural.localeCompare(b.urbanRural) || TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier),
    );

  return {
    dibaoHouseholds: household('dibaoHouseholds', '户', dibao, 'households'),
    dibaoPersons: household('dibaoPersons', '人', dibao, 'persons'),
    dibaoUrbanHouseholds: household('dibaoUrbanHouseholds', '户', urban, 'households'),
    dibaoUrbanPersons: household('dibaoUrbanPersons', '人', urban, 'persons'),
    dibaoRuralHouseholds: household('dibaoRuralHouseholds', '户', rural, 'households'),
    dibaoRuralPersons: household('dibaoRuralPersons', '人', rural, 'persons'),
    dibaoAmount: amount('dibaoAmount', paidCell('all', isProgram('DIBAO')), [
      [TAGS.households, dibao.households],
      [TAGS.persons, dibao.persons],
    ]),
    dibaoUrbanAmount: amount('dibaoUrbanAmount', paidCell('all', isProgram('DIBAO', 'URBAN')), [
      [TAGS.households, urban.households],
      [TAGS.persons, urban.persons],
    ]),
    dibaoRuralAmount: amount('dibaoRuralAmount', paidCell('all', isProgram('DIBAO', 'RURAL')), [
      [TAGS.households, rural.households],
      [TAGS.persons, rural.persons],
    ]),
    newDibaoHouseholds: count('newDibaoHouseholds', '户', TAGS.households, newDibao),
    newDibaoAmount: amount('newDibaoAmount', paidCell('new', isProgram('DIBAO')), [[TAGS.households, newDibao]]),
    dibaoTiers,
    extremePovertyPersons: count('extremePovertyPersons', '人', TAGS.persons, persons(isProgram('EXTREME_POVERTY'))),
    temporaryAssistancePersonTimes: count('temporaryAssistancePersonTimes', '人次', TAGS.payments, temporaryPayments),
    temporaryAssistanceAmount: amount('temporaryAssistanceAmount', paidCell('all', isProgram('TEMPORARY')), []),
    orphans: count('orphans', '人', TAGS.persons, persons(isProgram('ORPHAN'))),
    deFactoUnsupportedChildren: count(
      'deFactoUnsupportedChildren',
      '人',
      TAGS.persons,
      persons(isProgram('DE_FACTO_UNSUPPORTED_CHILD')),
    ),
    childAssistanceAmount: amount('childAssistanceAmount', paidCell('all', isChild), [
      [TAGS.persons, persons(isChild)],
    ]),
    disabilityLivingSubsidyPersons: count(
      'disabilityLivingSubsidyPersons',
      '人',
      TAGS.persons,
      persons(isProgram('DISABILITY_LIVING_SUBSIDY')),
    ),
    disabilityLivingSubsidyAmount: amount(
      'disabilityLivingSubsidyAmount',
      paidCell('all', isProgram('DISABILITY_LIVING_SUBSIDY')),
      [[TAGS.persons, persons(isProgram('DISABILITY_LIVING_SUBSIDY'))]],
    ),
    severeDisabilityCareSubsidyPersons: count(
      'severeDisabilityCareSubsidyPersons',
      '人',
      TAGS.persons,
      persons(isProgram('SEVERE_DISABILITY_CARE_SUBSIDY')),
    ),
    severeDisabilityCareSubsidyAmount: amount(
      'severeDisabilityCareSubsidyAmount',
      paidCell('all', isProgram('SEVERE_DISABILITY_CARE_SUBSIDY')),
      [[TAGS.persons, persons(isProgram('SEVERE_DISABILITY_CARE_SUBSIDY'))]],
    ),
    highAgeAllowanceRecipients: count(
      'highAgeAllowanceRecipients',
      '人',
      TAGS.persons,
      persons(isProgram('HIGH_AGE_ALLOWANCE')),
    ),
    highAgeAllowanceAmount: amount('highAgeAllowanceAmount', paidCell('all', isProgram('HIGH_AGE_ALLOWANCE')), [
      [TAGS.persons, persons(isProgram('HIGH_AGE_ALLOWANCE'))],
    ]),
    elderlyCertificates: service('elderlyCertificates', 'ELDERLY_CERTIFICATE', '本'),
    seniorCards: service('seniorCards', 'SENIOR_CARD', '张'),
    dayCareCentres: exact('dayCareCentres', facts.dayCareCentres, '个'),
    housingSubsidies: service('housingSubsidies', 'HOUSING_SUBSIDY', '户'),
    priceLimitedHousingApprovals: service('priceLimitedHousingApprovals', 'PRICE_LIMITED_HOUSING_APPROVAL', '户'),
    disabledJobPlacements: service('disabledJobPlacements', 'DISABLED_JOB_PLACEMENT', '人'),
    flexibleEmployment4050: service('flexibleEmployment4050', 'FLEXIBLE_EMPLOYMENT_4050', '人'),
    trainedPersons: service('trainedPersons', 'SKILLS_TRAINING', '人'),
    newJobs: service('newJobs', 'NEW_JOB', '个'),
    // Enterprises at job fairs and the hiring intentions they declared: enterprise records, not persons'.
    jobFairEnterprises: exact('jobFairEnterprises', facts.jobFair.enterprises, '家'),
    jobFairHiringIntentions: exact('jobFairHiringIntentions', facts.jobFair.hiringIntentions, '人'),
    medicalInsuranceRegistrations: service('medicalInsuranceRegistrations', 'MEDICAL_INSURANCE_REGISTRATION', '人'),
    urbanRuralMedicalInsuranceEnrolments: service(
      'urbanRuralMedicalInsuranceEnrolments',
      'URBAN_RURAL_MEDICAL_INSURANCE',
      '人',
    ),
    socialSecurityCards: service('socialSecurityCards', 'SOCIAL_SECURITY_CARD', '张'),
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
