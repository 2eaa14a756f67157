import DataLoader from 'dataloader';
import mongoose, { type Model } from 'mongoose';
import { DIVISION_FIELD_BY_LEVEL, divisionLevelOf } from '../../platform/world/division-code.js';
import { operator } from '../../platform/query/pagination.js';
import { shanghaiDay } from '../../platform/query/calendar.js';
import type { EconomyModels, TargetRecord } from './models.js';

/**
 * The economy dashboard of a division for a period, computed by aggregation pipelines. All
 * divisions of one level asked for the same period in a request share one pipeline per
 * collection ($match on the ancestry field `$in` codes, `$group` by it).
 */
export interface IndicatorScope {
  /** The division the figures cover (already narrowed to the viewer's jurisdiction). */
  code: string;
  from: Date | null;
  to: Date | null;
}

export interface IndicatorValues {
  enterprises: number;
  taxCooperatingEnterprises: number;
  techSmeEnterprises: number;
  littleGiantEnterprises: number;
  taxRevenueFen: number;
  signedProjects: number;
  signedInvestmentFen: number;
  signedProjectsOver100Million: number;
  signedInvestmentOver100MillionFen: number;
  urbanConstructionKeyProjects: number;
  serviceIndustryKeyProjects: number;
  techInnovationProjects: number;
  investmentTrips: number;
  leaderLedTrips: number;
  topLeaderTrips: number;
  departmentAndStreetTrips: number;
  projectsNegotiated: number;
  serviceVisits: number;
  serviceGroups: number;
  trainedEnterprises: number;
  billionYuanBuildings: number;
  newBillionYuanBuildings: number;
  targets: TargetRecord[];
}

/** 1亿元 in fen. */
export const HUNDRED_MILLION_YUAN_FEN = 100_000_000 * 100;

/** The calendar years (Asia/Shanghai) a half-open period [from, to) touches; open ends stay open. */
export function periodYears(scope: Pick<IndicatorScope, 'from' | 'to'>): { first: number | null; last: number | null } {
  return {
    first: scope.from ? shanghaiDay(scope.from).year : null,
    last: scope.to ? shanghaiDay(new Date(scope.to.getTime() - 1)).year : null,
  };
}

function dateRange(from: Date | null, to: Date | null): Record<string, Date> | null {
  if (!from && !to) return null;
  return { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) };
}

function numberRange(first: number | null, last: number | null): Record<string, number> | null {
  if (first === null && last === null) return null;
  return { ...(first !== null ? { $gte: first } : {}), ...(last !== null ? { $lte: last } : {}) };
}

function withRange(
  filter: Record<string, unknown>,
  field: string,
  range: Record<string, unknown> | null,
): Record<string, unknown> {
  return range ? { ...filter, [field]: range } : filter;
}

/** find() filters are sanitized, so the operators built here are marked trusted. */
function targetFilter(codes: string[], years: Record<string, number>): Record<string, unknown> {
  return { divisionCode: operator('$in', codes), year: mongoose.trusted(years) };
}

const countIf = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
const sumIf = (condition: unknown, value: string) => ({ $sum: { $cond: [condition, value, 0] } });

type Row = Record<string, unknown> & { _id: string };

function emptyValues(): IndicatorValues {
  return {
    enterprises: 0,
    taxCooperatingEnterprises: 0,
    techSmeEnterprises: 0,
    littleGiantEnterprises: 0,
    taxRevenueFen: 0,
    signedProjects: 0,
    signedInvestmentFen: 0,
    signedProjectsOver100Million: 0,
    signedInvestmentOver100MillionFen: 0,
    urbanConstructionKeyProjects: 0,
    serviceIndustryKeyProjects: 0,
    techInnovationProjects: 0,
    investmentTrips: 0,
    leaderLedTrips: 0,
    topLeaderTrips: 0,
    departmentAndStreetTrips: 0,
    projectsNegotiated: 0,
    serviceVisits: 0,
    serviceGroups: 0,
    trainedEnterprises: 0,
    billionYuanBuildings: 0,
    newBillionYuanBuildings: 0,
    targets: [],
  };
}

/** Figures for many divisions of ONE level and ONE period: one pipeline per collection. */
async function computeLevel(
  models: EconomyModels,
  field: string,
  codes: string[],
  from: Date | null,
  to: Date | null,
): Promise<Map<string, IndicatorValues>> {
  const inCodes = { [field]: { $in: codes } };
  const groupBy = `$${field}`;
  const { first, last } = periodYears({ from, to });
  const dates = dateRange(from, to);
  const years = numberRange(first, last);
  const yearInPeriod = (path: string) => ({
    $and: [
      { $ne: [path, null] },
      ...(first !== null ? [{ $gte: [path, first] }] : []),
      ...(last !== null ? [{ $lte: [path, last] }] : []),
    ],
  });
  const isLarge = { $gte: ['$amountFen', HUNDRED_MILLION_YUAN_FEN] };

  /** One pipeline per collection: the batch's divisions matched by the ancestry field and grouped by it. */
  const perDivision = <T>(model: Model<T>, match: Record<string, unknown>, fields: Record<string, unknown>) =>
    model.aggregate<Row>([{ $match: match }, { $group: { _id: groupBy, ...fields } }]).exec();

  const [enterprises, taxes, signed, keyProjects, trips, visits, buildings, targets] = await Promise.all([
    perDivision(models.Enterprise, inCodes, {
      enterprises: { $sum: 1 },
      taxCooperatingEnterprises: countIf('$taxCooperating'),
      techSmeEnterprises: countIf('$techSme'),
      littleGiantEnterprises: countIf('$littleGiant'),
    }),
    perDivision(models.TaxRecord, withRange(inCodes, 'period', dates), { taxRevenueFen: { $sum: '$amountFen' } }),
    perDivision(
      models.InvestmentProject,
      withRange({ ...inCodes, signedAt: { $ne: null } }, 'signedAt', dates ? { ...dates, $ne: null } : null),
      {
        signedProjects: { $sum: 1 },
        signedInvestmentFen: { $sum: '$amountFen' },
        signedProjectsOver100Million: countIf(isLarge),
        signedInvestmentOver100MillionFen: sumIf(isLarge, '$amountFen'),
      },
    ),
    perDivision(
      models.InvestmentProject,
      withRange({ ...inCodes, keyProjectCategory: { $ne: null } }, 'keyProjectYear', years),
      {
        urbanConstructionKeyProjects: countIf({ $eq: ['$keyProjectCategory', 'URBAN_CONSTRUCTION'] }),
        serviceIndustryKeyProjects: countIf({ $eq: ['$keyProjectCategory', 'SERVICE_INDUSTRY'] }),
        techInnovationProjects: countIf({ $eq: ['$keyProjectCategory', 'TECH_INNOVATION'] }),
      },
    ),
    perDivision(models.InvestmentTrip, withRange(inCodes, 'startedAt', dates), {
      investmentTrips: { $sum: 1 },
      leaderLedTrips: countIf({ $in: ['$leaderLevel', ['TOP_LEADER', 'COUNTY_LEADER']] }),
      topLeaderTrips: countIf({ $eq: ['$leaderLevel', 'TOP_LEADER'] }),
      departmentAndStreetTrips: countIf({ $in: ['$leaderLevel', ['DEPARTMENT', 'STREET']] }),
      projectsNegotiated: { $sum: '$projectsNegotiated' },
    }),
    perDivision(models.ServiceVisit, withRange(inCodes, 'visitedAt', dates), {
      serviceVisits: { $sum: 1 },
      // Training organizers are not service groups; null entries are dropped below.
      groups: { $addToSet: { $cond: [{ $eq: ['$kind', 'TRAINING'] }, null, '$serviceGroup'] } },
      trained: { $addToSet: { $cond: [{ $eq: ['$kind', 'TRAINING'] }, '$enterpriseId', null] } },
    }),
    perDivision(models.Building, inCodes, {
      billionYuanBuildings: countIf('$billionYuan'),
      newBillionYuanBuildings: countIf(yearInPeriod('$billionYuanSince')),
    }),
    years ? models.Target.find(targetFilter(codes, years)).lean<TargetRecord[]>().exec() : Promise.resolve([]),
  ]);

  const result = new Map(codes.map((code) => [code, emptyValues()]));
  const merge = (rows: Row[]) => {
    for (const { _id, ...values } of rows) Object.assign(result.get(_id) ?? {}, values);
  };
  merge(enterprises);
  merge(taxes);
  merge(signed);
  merge(keyProjects);
  merge(trips);
  merge(buildings);
  for (const row of visits) {
    const values = result.get(row._id);
    if (!values) continue;
    values.serviceVisits = row.serviceVisits as number;
    values.serviceGroups = (row.groups as unknown[]).filter((group) => group !== null).length;
    values.trainedEnterprises = (row.trained as unknown[]).filter((enterprise) => enterprise !== null).length;
  }
  for (const target of targets) result.get(target.divisionCode)?.targets.push(target);
  return result;
}

function scopeKey(scope: IndicatorScope): string {
  return JSON.stringify([scope.code, scope.from?.getTime() ?? null, scope.to?.getTime() ?? null]);
}

export function createIndicatorLoader(models: EconomyModels): DataLoader<IndicatorScope, IndicatorValues, string> {
  return new DataLoader<IndicatorScope, IndicatorValues, string>(
    async (scopes) => {
      const batches = new Map<string, { field: string; from: Date | null; to: Date | null; codes: string[] }>();
      for (const scope of scopes) {
        const level = divisionLevelOf(scope.code);
        if (level === null) continue;
        const field = DIVISION_FIELD_BY_LEVEL[level];
        const key = JSON.stringify([field, scope.from?.getTime() ?? null, scope.to?.getTime() ?? null]);
        const batch = batches.get(key) ?? { field, from: scope.from, to: scope.to, codes: [] };
        batch.codes.push(scope.code);
        batches.set(key, batch);
      }
      const computed = new Map<string, IndicatorValues>();
      await Promise.all(
        [...batches.values()].map(async (batch) => {
          const values = await computeLevel(models, batch.field, [...new Set(batch.codes)], batch.from, batch.to);
          for (const [code, value] of values) computed.set(scopeKey({ code, from: batch.from, to: batch.to }), value);
        }),
      );
      return scopes.map((scope) => computed.get(scopeKey(scope)) ?? emptyValues());
    },
    { cacheKeyFn: scopeKey },
  );
}
