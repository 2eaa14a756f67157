import type DataLoader from 'dataloader';
import mongoose, { type Model } from 'mongoose';
import {
  DIVISION_FIELD_BY_LEVEL,
  divisionFilter,
  divisionLevelOf,
  parseDivisionCode,
  type DivisionField,
} from '../../platform/world/division-code.js';
import { badUserInput } from '../../platform/contract/errors.js';
import {
  containsText,
  emptyPage,
  findConnection,
  operator,
  type Connection,
  type GroupedPageKey,
  type PageArgs,
  type SortSpec,
} from '../../platform/query/pagination.js';
import { nameContains } from '../../platform/query/search-name.js';
import type {
  BuildingFilter,
  BuildingOrder,
  EnterpriseFilter,
  EnterpriseOrder,
  InputMaybe,
  InvestmentProjectFilter,
  InvestmentProjectOrder,
  InvestmentTripFilter,
  InvestmentTripOrder,
  ServiceVisitFilter,
  ServiceVisitOrder,
  TaxRecordFilter,
  TaxRecordOrder,
} from './__generated__/resolvers-types.js';
import type { EconomyContext } from './context.js';

/**
 * Typed GraphQL arguments to MongoDB filters. Only enum values, booleans, numbers, dates and
 * escaped text reach a filter; every operator is built here and marked trusted, so the
 * connection's sanitizeFilter still neutralises anything a client could smuggle in.
 */
type Filter = Record<string, unknown>;

/** The narrower of two division prefixes, or null when they do not overlap. */
function intersect(a: string, b: string): string | null {
  if (b.startsWith(a)) return b;
  if (a.startsWith(b)) return a;
  return null;
}

/**
 * The division a list covers: the parent's code (or everything at the root), narrowed by the
 * filter's division code and by the viewer's jurisdiction. '' = everything, null = nothing.
 */
function listScope(
  ctx: EconomyContext,
  parentCode: string | null,
  filterCode: InputMaybe<string> | undefined,
): string | null {
  const requested =
    filterCode === null || filterCode === undefined ? null : parseDivisionCode(filterCode, 'filter.divisionCode');
  const visible = ctx.access.scope(parentCode);
  if (visible === null) return null;
  return requested === null ? visible : intersect(visible, requested);
}

function divisionMatch(code: string): Filter {
  return code === '' ? {} : divisionFilter(code);
}

/** The ancestry field a nested list groups by for a (non-empty) division code. */
function divisionFieldOf(code: string): DivisionField {
  const level = divisionLevelOf(code);
  if (level === null) throw new Error(`not a division code: ${code}`);
  return DIVISION_FIELD_BY_LEVEL[level];
}

/** A root list: the viewer's jurisdiction narrows the filter's division; outside it, an empty page. */
export function scopedList<T extends { _id: unknown }>(
  ctx: EconomyContext,
  model: Model<T>,
  divisionCode: InputMaybe<string> | undefined,
  match: Filter,
  sort: SortSpec,
  page: PageArgs,
) {
  const code = listScope(ctx, null, divisionCode);
  if (code === null) return emptyPage<T>(page, sort, ctx.cursors);
  return findConnection(model, { ...divisionMatch(code), ...match }, sort, page, ctx.cursors);
}

/**
 * A list under a division entity: grouped by the ancestry field of the division it covers (the
 * parent, narrowed by the filter's division and the viewer's jurisdiction), so N parents of one
 * level are one aggregation; outside the jurisdiction, an empty page. The filter is built only
 * for a list that is read.
 */
export function divisionList<T>(
  ctx: EconomyContext,
  loaders: Record<DivisionField, DataLoader<GroupedPageKey, Connection<T>, string>>,
  parentCode: string,
  divisionCode: InputMaybe<string> | undefined,
  match: () => Filter,
  sort: SortSpec,
  page: PageArgs,
): Connection<T> | Promise<Connection<T>> {
  const code = listScope(ctx, parentCode, divisionCode);
  if (code === null) return emptyPage<T>(page, sort, ctx.cursors);
  return loaders[divisionFieldOf(code)].load({ group: code, filter: match(), sort, args: page });
}

/** A half-open [from, to) bound built here, hence trusted; undefined when both ends are open. */
function bounds(lower: unknown, upper: unknown): unknown {
  if (lower === undefined && upper === undefined) return undefined;
  return mongoose.trusted({
    ...(lower !== undefined ? { $gte: lower } : {}),
    ...(upper !== undefined ? { $lt: upper } : {}),
  });
}

const range = (from: InputMaybe<Date> | undefined, to: InputMaybe<Date> | undefined) =>
  bounds(from ?? undefined, to ?? undefined);

/** Drops undefined entries so an absent argument never becomes a filter on null. */
function compact(filter: Record<string, unknown>): Filter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}

const oneOf = <T>(values: InputMaybe<T[]> | undefined) => (values ? operator('$in', values) : undefined);
const flag = (value: InputMaybe<boolean> | undefined) => (value === null || value === undefined ? undefined : value);
const text = (value: InputMaybe<string> | undefined) => (value ? containsText(value) : undefined);
/** Names match through their Simplified-script search key (see search-name.ts). */
const name = (value: InputMaybe<string> | undefined) => (value ? nameContains(value).searchName : undefined);

function yuanToFen(value: InputMaybe<number> | undefined, argumentName: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0) throw badUserInput(argumentName, 'must be a non-negative amount in yuan');
  return Math.round(value * 100);
}

export function enterpriseFilter(filter: InputMaybe<EnterpriseFilter> | undefined): Filter {
  if (!filter) return {};
  return compact({
    industry: oneOf(filter.industryIn),
    searchName: name(filter.nameContains),
    taxCooperating: flag(filter.taxCooperating),
    techSme: flag(filter.techSme),
    littleGiant: flag(filter.littleGiant),
    nonPublic: flag(filter.nonPublic),
    establishedAt: range(filter.establishedFrom, filter.establishedTo),
  });
}

export function investmentProjectFilter(filter: InputMaybe<InvestmentProjectFilter> | undefined): Filter {
  if (!filter) return {};
  const min = yuanToFen(filter.minAmountYuan, 'filter.minAmountYuan');
  const max = yuanToFen(filter.maxAmountYuan, 'filter.maxAmountYuan');
  const keyProject = flag(filter.keyProject);
  return compact({
    industry: oneOf(filter.industryIn),
    stage: oneOf(filter.stageIn),
    searchName: name(filter.nameContains),
    amountFen: bounds(min, max),
    signedAt: range(filter.signedFrom, filter.signedTo),
    keyProjectCategory:
      filter.keyProjectCategory ?? (keyProject === undefined ? undefined : operator(keyProject ? '$ne' : '$eq', null)),
  });
}

export function investmentTripFilter(filter: InputMaybe<InvestmentTripFilter> | undefined): Filter {
  if (!filter) return {};
  return compact({
    leaderLevel: oneOf(filter.leaderLevelIn),
    startedAt: range(filter.startedFrom, filter.startedTo),
    destination: text(filter.destinationContains),
  });
}

export function taxRecordFilter(filter: InputMaybe<TaxRecordFilter> | undefined): Filter {
  if (!filter) return {};
  return compact({ enterpriseId: filter.enterpriseId ?? undefined, period: range(filter.from, filter.to) });
}

export function serviceVisitFilter(filter: InputMaybe<ServiceVisitFilter> | undefined): Filter {
  if (!filter) return {};
  return compact({
    enterpriseId: filter.enterpriseId ?? undefined,
    kind: oneOf(filter.kindIn),
    problemStatus: oneOf(filter.problemStatusIn),
    serviceGroup: filter.serviceGroup ?? undefined,
    visitedAt: range(filter.from, filter.to),
  });
}

export function buildingFilter(filter: InputMaybe<BuildingFilter> | undefined): Filter {
  if (!filter) return {};
  return compact({ billionYuan: flag(filter.billionYuan), searchName: name(filter.nameContains) });
}

const ENTERPRISE_SORT_FIELDS = { NAME: 'name', ESTABLISHED_AT: 'establishedAt', CREDIT_CODE: 'creditCode' } as const;
const PROJECT_SORT_FIELDS = { NAME: 'name', AMOUNT: 'amountFen', SIGNED_AT: 'signedSortKey' } as const;
const TRIP_SORT_FIELDS = { STARTED_AT: 'startedAt', PROJECTS_NEGOTIATED: 'projectsNegotiated' } as const;
const TAX_SORT_FIELDS = { PERIOD: 'period', AMOUNT: 'amountFen' } as const;
const BUILDING_SORT_FIELDS = { NAME: 'name', ANNUAL_TAX: 'annualTaxFen' } as const;

export const enterpriseSort = (order?: InputMaybe<EnterpriseOrder>): SortSpec => ({
  field: ENTERPRISE_SORT_FIELDS[order?.field ?? 'NAME'],
  direction: order?.direction ?? 'ASC',
});
export const investmentProjectSort = (order?: InputMaybe<InvestmentProjectOrder>): SortSpec => ({
  field: PROJECT_SORT_FIELDS[order?.field ?? 'SIGNED_AT'],
  direction: order?.direction ?? 'ASC',
});
export const investmentTripSort = (order?: InputMaybe<InvestmentTripOrder>): SortSpec => ({
  field: TRIP_SORT_FIELDS[order?.field ?? 'STARTED_AT'],
  direction: order?.direction ?? 'ASC',
});
export const taxRecordSort = (order?: InputMaybe<TaxRecordOrder>): SortSpec => ({
  field: TAX_SORT_FIELDS[order?.field ?? 'PERIOD'],
  direction: order?.direction ?? 'ASC',
});
export const serviceVisitSort = (order?: InputMaybe<ServiceVisitOrder>): SortSpec => ({
  field: 'visitedAt',
  direction: order?.direction ?? 'ASC',
});
export const buildingSort = (order?: InputMaybe<BuildingOrder>): SortSpec => ({
  field: BUILDING_SORT_FIELDS[order?.field ?? 'NAME'],
  direction: order?.direction ?? 'ASC',
});
