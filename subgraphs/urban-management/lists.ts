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
  type SortDirection,
  type SortSpec,
} from '../../platform/query/pagination.js';
import { searchName } from '../../platform/query/search-name.js';
import type {
  FacilityFilter,
  FacilityOrder,
  IncidentFilter,
  IncidentOrder,
  InspectionCampaignFilter,
  InspectionCampaignOrder,
  Maybe,
  PetitionFilter,
  PetitionOrder,
  RectificationProjectFilter,
  RectificationProjectOrder,
  SafetyDesignationFilter,
  SafetyDesignationOrder,
} from './__generated__/resolvers-types.js';
import type { UrbanManagementContext } from './context.js';
import { OPEN_STATUSES } from './models.js';
import { periodArguments } from '../../platform/contract/scalars.js';
import type { RequestAccess } from '../../platform/access/request-access.js';

/**
 * Typed GraphQL filters to MongoDB conditions. Client values only ever appear as operands of
 * operators built here (marked trusted, see `operator`), never as operators or patterns.
 */
type Condition = Record<string, unknown>;

export function allOf(conditions: Condition[]): Condition {
  if (conditions.length === 0) return {};
  return conditions.length === 1 ? conditions[0] : { $and: conditions };
}

/**
 * The division prefix a root list may read: the requested code narrowed to the viewer's
 * jurisdiction. '' = everything, null = nothing visible (answer with an empty list).
 */
export function requestedScope(
  access: RequestAccess,
  requested: string | null | undefined,
  argumentName: string,
): string | null {
  const code = requested === null || requested === undefined ? null : parseDivisionCode(requested, argumentName);
  return access.scope(code);
}

export function scopeConditions(scope: string): Condition[] {
  return scope === '' ? [] : [divisionFilter(scope)];
}

/** A case-insensitive literal substring match (the text is escaped, never a pattern). */
function textMatch(text: string, argumentName = 'filter'): unknown {
  return mongoose.trusted({ $regex: containsText(text, argumentName).source, $options: 'i' });
}

function oneOf(values: readonly string[] | null | undefined): unknown {
  return values && values.length > 0 ? operator('$in', [...values]) : undefined;
}

function range(from: Date | null, to: Date | null): unknown {
  if (from && to) return mongoose.trusted({ $gte: from, $lt: to });
  if (from) return operator('$gte', from);
  if (to) return operator('$lt', to);
  return undefined;
}

function defined(entries: Record<string, unknown>): Condition[] {
  return Object.entries(entries)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({ [field]: value }));
}

function checkYear(year: number | null | undefined, argumentName: string): number | undefined {
  if (year === null || year === undefined) return undefined;
  if (year < 1949 || year > 2100) throw badUserInput(argumentName, 'a year from 1949 to 2100');
  return year;
}

/** A case-insensitive match on the stored search form of a name (see search-name.ts). */
function nameMatch(text: Maybe<string> | undefined): unknown {
  return text ? textMatch(searchName(text)) : undefined;
}

/**
 * An `orderBy` argument to a sort: `fields` names the stored field of each order field, and a
 * list asked for without `orderBy` sorts by `fallback` (its field is also the one any order field
 * `fields` lacks sorts by). A direction left out of the argument is `direction`.
 */
function orderSort<F extends string>(
  order: { field?: Maybe<F>; direction?: Maybe<SortDirection> } | null | undefined,
  fallback: SortSpec,
  fields: Partial<Record<F, string>>,
  direction: SortDirection = 'ASC',
): SortSpec {
  if (!order) return fallback;
  return {
    field: (order.field ? fields[order.field] : undefined) ?? fallback.field,
    direction: order.direction ?? direction,
  };
}

/**
 * `overdue` is computed, not stored: resolved incidents compare their resolution time with the
 * deadline, open ones compare `now` (one instant per request, so all parents share a batch).
 */
function overdueCondition(overdue: boolean, now: Date): Condition {
  const comparison = overdue ? '$lt' : '$gte';
  return { $expr: operator(comparison, ['$deadline', { $ifNull: ['$resolvedAt', now] }]) };
}

export function incidentFilter(filter: IncidentFilter | null | undefined, now: Date): Condition[] {
  if (!filter) return [];
  const reported = periodArguments(filter.reportedFrom, filter.reportedTo, {
    from: 'filter.reportedFrom',
    to: 'filter.reportedTo',
  });
  const conditions = defined({
    status: oneOf(filter.status),
    category: oneOf(filter.category),
    source: oneOf(filter.source),
    reportedAt: range(reported.from, reported.to),
    title: filter.titleContains ? textMatch(filter.titleContains) : undefined,
  });
  if (filter.open !== null && filter.open !== undefined) {
    conditions.push({ status: operator(filter.open ? '$in' : '$nin', [...OPEN_STATUSES]) });
  }
  if (filter.overdue !== null && filter.overdue !== undefined) conditions.push(overdueCondition(filter.overdue, now));
  return conditions;
}

export function incidentSort(order: IncidentOrder | null | undefined): SortSpec {
  return orderSort(order, { field: 'reportedAt', direction: 'DESC' }, { DEADLINE: 'deadline' });
}

export function facilityFilter(filter: FacilityFilter | null | undefined): Condition[] {
  if (!filter) return [];
  const installed = periodArguments(filter.installedFrom, filter.installedTo, {
    from: 'filter.installedFrom',
    to: 'filter.installedTo',
  });
  const minArea = filter.minAreaSquareMeters;
  if (minArea !== null && minArea !== undefined && !(minArea >= 0))
    throw badUserInput('filter.minAreaSquareMeters', 'must not be negative');
  return defined({
    type: oneOf(filter.type),
    status: oneOf(filter.status),
    installedAt: range(installed.from, installed.to),
    areaSquareMeters: minArea === null || minArea === undefined ? undefined : operator('$gte', minArea),
    searchName: nameMatch(filter.nameContains),
  });
}

export function facilitySort(order: FacilityOrder | null | undefined): SortSpec {
  return orderSort(order, { field: 'name', direction: 'ASC' }, { INSTALLED_AT: 'installedAt' });
}

export function rectificationProjectFilter(filter: RectificationProjectFilter | null | undefined): Condition[] {
  if (!filter) return [];
  return defined({
    kind: oneOf(filter.kind),
    status: oneOf(filter.status),
    year: checkYear(filter.year, 'filter.year'),
    searchName: nameMatch(filter.nameContains),
  });
}

export function rectificationProjectSort(order: RectificationProjectOrder | null | undefined): SortSpec {
  return orderSort(order, { field: 'startedAt', direction: 'ASC' }, { NAME: 'name' });
}

export function inspectionCampaignFilter(filter: InspectionCampaignFilter | null | undefined): Condition[] {
  if (!filter) return [];
  const started = periodArguments(filter.startFrom, filter.startTo, { from: 'filter.startFrom', to: 'filter.startTo' });
  return defined({ topic: oneOf(filter.topic), startDate: range(started.from, started.to) });
}

export function inspectionCampaignSort(order: InspectionCampaignOrder | null | undefined): SortSpec {
  return orderSort(order, { field: 'startDate', direction: 'ASC' }, { NAME: 'name' });
}

export function safetyDesignationFilter(filter: SafetyDesignationFilter | null | undefined): Condition[] {
  if (!filter) return [];
  return defined({ kind: oneOf(filter.kind), year: checkYear(filter.year, 'filter.year') });
}

export function safetyDesignationSort(order: SafetyDesignationOrder | null | undefined): SortSpec {
  return orderSort(order, { field: 'divisionCode', direction: 'ASC' }, { YEAR: 'year' });
}

/**
 * Petitions. Rows are case files about named people, so analysts and services get none
 * (person-level.ts makes these fields FORBIDDEN for them; they read `petitionStatistics`);
 * everyone else sees the petitions inside their jurisdiction, with the petitioner's identity
 * masked unless they belong to the handling department (see resolvers/Petition.ts).
 */
export function petitionFilter(filter: PetitionFilter | null | undefined): Condition[] {
  const { from, to } = periodArguments(filter?.receivedFrom, filter?.receivedTo, {
    from: 'filter.receivedFrom',
    to: 'filter.receivedTo',
  });
  return defined({
    status: oneOf(filter?.status),
    channel: oneOf(filter?.channel),
    category: oneOf(filter?.category),
    longStandingStatus: oneOf(filter?.longStandingStatus),
    matterKey: filter?.matterKey ?? undefined,
    enterpriseId: filter?.enterpriseId ?? undefined,
    receivedAt: range(from, to),
    title: filter?.titleContains ? textMatch(filter.titleContains, 'filter.titleContains') : undefined,
  });
}

/** Newest first unless the caller asks otherwise; both fields are stored on every petition. */
export function petitionSort(order: PetitionOrder | null | undefined): SortSpec {
  return orderSort(
    order,
    { field: 'receivedAt', direction: 'DESC' },
    { ACCEPTANCE_DEADLINE: 'acceptanceDeadline' },
    'DESC',
  );
}

/** A list field's arguments. */
interface ListArgs<F, O> {
  first?: Maybe<number>;
  after?: Maybe<string>;
  filter?: Maybe<F>;
  orderBy?: Maybe<O>;
}

export const DIVISION_ARGUMENT = 'filter.divisionCode';

/**
 * A root list: `scope` from `requestedScope` (null = nothing visible). Page arguments are checked
 * before anything else (by `emptyPage` too), so a bad `first` or cursor is an error even when the
 * viewer would see nothing.
 */
export async function scopedList<T extends { _id: unknown }>(
  ctx: UrbanManagementContext,
  model: Model<T>,
  scope: string | null,
  conditions: Condition[],
  sort: SortSpec,
  args: PageArgs,
): Promise<Connection<T>> {
  if (scope === null) return emptyPage(args, sort, ctx.cursors);
  return findConnection(model, allOf([...scopeConditions(scope), ...conditions]), sort, args, ctx.cursors);
}

/**
 * A root list of the division `filter.divisionCode` names (all the viewer sees without one). The
 * caller builds `conditions` first, so a bad filter is reported before a bad division code.
 */
export function rootList<T extends { _id: unknown }>(
  ctx: UrbanManagementContext,
  model: Model<T>,
  args: ListArgs<{ divisionCode?: Maybe<string> }, unknown>,
  conditions: Condition[],
  sort: SortSpec,
): Promise<Connection<T>> {
  const scope = requestedScope(ctx.access, args.filter?.divisionCode, DIVISION_ARGUMENT);
  return scopedList(ctx, model, scope, conditions, sort, { first: args.first, after: args.after });
}

/**
 * A list under a division (`Community.incidents`): grouped by the parent's code, narrowed to the
 * viewer's jurisdiction, batched with every other parent asking for the same page shape.
 */
async function divisionList<T>(
  ctx: UrbanManagementContext,
  loaders: Record<DivisionField, DataLoader<GroupedPageKey, Connection<T>, string>>,
  parentCode: string,
  conditions: Condition[],
  sort: SortSpec,
  args: PageArgs,
): Promise<Connection<T>> {
  const scope = ctx.access.scope(parentCode);
  const level = scope === null ? null : divisionLevelOf(scope);
  if (scope === null || level === null) return emptyPage(args, sort, ctx.cursors);
  return loaders[DIVISION_FIELD_BY_LEVEL[level]].load({
    group: scope,
    filter: allOf(conditions),
    sort,
    args: pageArgs(args),
  });
}

/** Only the page arguments, normalised, so equal pages share a cache key. */
export function pageArgs(args: PageArgs): PageArgs {
  return { first: args.first ?? null, after: args.after ?? null };
}

/**
 * The lists urban management contributes to District, Street, Community and Grid are the same
 * roll-up at different levels (the parent's code selects the ancestry field), so each type's
 * resolver file delegates to one of these: the entity's loaders, filter and sort.
 */
function divisionListOf<T, F, O>(
  loaders: (ctx: UrbanManagementContext) => Record<DivisionField, DataLoader<GroupedPageKey, Connection<T>, string>>,
  filter: (filter: Maybe<F> | undefined, now: Date) => Condition[],
  sort: (order: Maybe<O> | undefined) => SortSpec,
): (code: string, args: ListArgs<F, O>, ctx: UrbanManagementContext) => Promise<Connection<T>> {
  return (code, args, ctx) =>
    divisionList(ctx, loaders(ctx), code, filter(args.filter, ctx.now), sort(args.orderBy), args);
}

export const incidentsOf = divisionListOf((ctx) => ctx.loaders.incidentsIn, incidentFilter, incidentSort);
export const facilitiesOf = divisionListOf((ctx) => ctx.loaders.facilitiesIn, facilityFilter, facilitySort);
export const rectificationProjectsOf = divisionListOf(
  (ctx) => ctx.loaders.rectificationProjectsIn,
  rectificationProjectFilter,
  rectificationProjectSort,
);
export const safetyDesignationsOf = divisionListOf(
  (ctx) => ctx.loaders.safetyDesignationsIn,
  safetyDesignationFilter,
  safetyDesignationSort,
);
