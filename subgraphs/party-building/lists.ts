import mongoose from 'mongoose';
import { badUserInput } from '../../platform/contract/errors.js';
import { shanghaiDay } from '../../platform/query/calendar.js';
import type { RequestContext } from '../../platform/access/request-access.js';
import { divisionFilter, divisionLevelOf, isWithin, parseDivisionCode } from '../../platform/world/division-code.js';
import {
  containsText,
  withNode,
  type Connection,
  type GroupedPageKey,
  type PageArgs,
  type SortSpec,
} from '../../platform/query/pagination.js';
import { nameContains } from '../../platform/query/search-name.js';
import type {
  InputMaybe,
  PartyActivityFilter,
  PartyActivityOrderField,
  PartyAttendeeOrderField,
  PartyEvaluationFilter,
  PartyEvaluationOrderField,
  PartyMemberActivityFilter,
  PartyMemberActivityOrderField,
  PartyMemberFilter,
  PartyMemberOrderField,
  PartyOrganizationFilter,
  PartyOrganizationOrderField,
  SortDirection,
} from './__generated__/resolvers-types.js';
import type { DivisionRef } from './models.js';

/**
 * Party building's lists: the division a query may look at, the periods of its date arguments,
 * each entity's filter and sort, and the mapping of a page's nodes.
 */

/**
 * The division a query may look at: the narrowest of the viewer's jurisdiction and every
 * division the query asks for (a parent's code, a filter's code). '' means everything;
 * null means the requests do not overlap, so the answer is empty.
 */
export function effectiveDivision(ctx: RequestContext, ...requested: Array<string | null | undefined>): string | null {
  let scope = ctx.access.scope();
  for (const code of requested) {
    if (scope === null) return null;
    if (code === null || code === undefined) continue;
    scope = isWithin(code, scope) ? code : isWithin(scope, code) ? scope : null;
  }
  return scope;
}

/**
 * What party building contributes to District, Street and Community (owned by civil affairs) is
 * keyed by the division code: a division the viewer may see, as this subgraph knows it.
 */
export function resolveDivisionRef(ref: { code: string }, ctx: RequestContext): DivisionRef | null {
  return divisionLevelOf(ref.code) !== null && ctx.access.canSeeDivision(ref.code) ? { code: ref.code } : null;
}

/** The Mongo filter for records inside `scope` (an indexed equality on an ancestry field). */
function divisionMatch(scope: string): Record<string, string> {
  return scope === '' ? {} : divisionFilter(scope);
}

/** Validates an optional division-code argument; the error names the argument. */
function optionalDivisionCode(value: string | null | undefined, argumentName: string): string | null {
  return value === null || value === undefined ? null : parseDivisionCode(value, argumentName);
}

/** Records of nested lists are limited to the viewer's jurisdiction too (defence in depth). */
function viewerMatch(ctx: RequestContext): Record<string, string> {
  return divisionMatch(ctx.access.scope() ?? '');
}

/** The loader key of a nested list whose records are limited to the viewer's jurisdiction: the parent's group, the filter inside it, sort and page. */
export function viewerPageKey(
  ctx: RequestContext,
  group: string,
  match: Record<string, unknown>,
  sort: SortSpec,
  args: PageArgs,
): GroupedPageKey {
  return { group, filter: { ...viewerMatch(ctx), ...match }, sort, args };
}

/** A half-open time range [from, to); open ends are null. */
export interface Period {
  from: Date | null;
  to: Date | null;
}

/** `toArgument` names the end argument in the error, e.g. `filter.to` or `filter.joinedTo`. */
export function parsePeriod(from: Date | null | undefined, to: Date | null | undefined, toArgument = 'to'): Period {
  const period = { from: from ?? null, to: to ?? null };
  if (period.from && period.to && period.from.getTime() >= period.to.getTime()) {
    throw badUserInput(toArgument, 'must be later than the start');
  }
  return period;
}

/**
 * `{ $gte, $lt }` for a date field, or null when the period is unbounded. Built from parsed
 * dates only, so it is marked trusted (the connection's sanitizeFilter would wrap it in `$eq`).
 */
export function dateRange(period: Period): Record<string, Date> | null {
  const range: Record<string, Date> = {};
  if (period.from) range.$gte = period.from;
  if (period.to) range.$lt = period.to;
  return Object.keys(range).length ? (mongoose.trusted(range) as Record<string, Date>) : null;
}

export function periodKey(period: Period): string {
  return `${period.from?.toISOString() ?? ''}/${period.to?.toISOString() ?? ''}`;
}

/**
 * The calendar year (Asia/Shanghai) a period covers when it lies inside one year: a work-plan
 * target for that year applies. `to` is exclusive, so [2016-01-01, 2017-01-01) is 2016.
 */
export function targetYearOf(period: Period): number | null {
  if (!period.from || !period.to) return null;
  const { year } = shanghaiDay(period.from);
  return shanghaiDay(new Date(period.to.getTime() - 1)).year === year ? year : null;
}

/**
 * Typed filter arguments to MongoDB filters. Only enum values, validated codes, ids compared by
 * equality (the connection sanitises filters) and escaped text reach a query: never an operator.
 * The division part is returned apart, because it is intersected with the viewer's jurisdiction.
 */
export interface ListFilter {
  divisionCode: string | null;
  match: Record<string, unknown>;
}

/** The list's filter with the division narrowed to the viewer's jurisdiction; null = nothing visible. */
export function scopedMatch(ctx: RequestContext, filter: ListFilter): Record<string, unknown> | null {
  const scope = effectiveDivision(ctx, filter.divisionCode);
  return scope === null ? null : { ...divisionMatch(scope), ...filter.match };
}

function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined && value !== null));
}

export function organizationFilter(filter: InputMaybe<PartyOrganizationFilter> | undefined): ListFilter {
  return {
    divisionCode: optionalDivisionCode(filter?.divisionCode, 'filter.divisionCode'),
    match: defined({
      level: filter?.level,
      sector: filter?.sector,
      parentId: filter?.parentId,
      searchName: filter?.nameContains ? nameContains(filter.nameContains).searchName : undefined,
    }),
  };
}

export function memberFilter(filter: InputMaybe<PartyMemberFilter> | undefined): ListFilter {
  const joined = dateRange(parsePeriod(filter?.joinedFrom, filter?.joinedTo, 'filter.joinedTo'));
  return {
    divisionCode: optionalDivisionCode(filter?.divisionCode, 'filter.divisionCode'),
    match: defined({
      organizationId: filter?.organizationId,
      status: filter?.status,
      position: filter?.position,
      sex: filter?.sex,
      joinedOn: joined,
    }),
  };
}

export function activityFilter(filter: InputMaybe<PartyActivityFilter> | undefined): ListFilter {
  const starts = dateRange(parsePeriod(filter?.from, filter?.to, 'filter.to'));
  return {
    divisionCode: optionalDivisionCode(filter?.divisionCode, 'filter.divisionCode'),
    match: defined({
      organizationId: filter?.organizationId,
      kind: filter?.kind,
      startsAt: starts,
      title: filter?.titleContains ? containsText(filter.titleContains) : undefined,
    }),
  };
}

export function evaluationFilter(filter: InputMaybe<PartyEvaluationFilter> | undefined): ListFilter {
  return {
    divisionCode: optionalDivisionCode(filter?.divisionCode, 'filter.divisionCode'),
    match: defined({
      organizationId: filter?.organizationId,
      kind: filter?.kind,
      grade: filter?.grade,
      year: filter?.year,
    }),
  };
}

/** The activities a member attended are their attendance records, which carry the activity's start. */
export function memberActivityFilter(
  filter: InputMaybe<PartyMemberActivityFilter> | undefined,
): Record<string, unknown> {
  return defined({ startsAt: dateRange(parsePeriod(filter?.from, filter?.to, 'filter.to')) });
}

/**
 * A list's sort from its order argument: the stored field of the order's field (the list's
 * default field when none is given), ascending unless the order says otherwise.
 */
function sortOf<F extends string>(fields: Record<F, string>, defaultField: F) {
  return (order: InputMaybe<{ field?: F; direction?: SortDirection }> | undefined): SortSpec => ({
    field: fields[order?.field ?? defaultField],
    direction: order?.direction ?? 'ASC',
  });
}

export const organizationSort = sortOf<PartyOrganizationOrderField>(
  { NAME: 'name', DIVISION_CODE: 'divisionCode', FOUNDED_ON: 'foundedOn' },
  'DIVISION_CODE',
);
export const memberSort = sortOf<PartyMemberOrderField>(
  { JOINED_ON: 'joinedOn', BIRTH_DATE: 'birthDate' },
  'JOINED_ON',
);
export const activitySort = sortOf<PartyActivityOrderField>(
  { STARTS_AT: 'startsAt', PARTICIPANT_COUNT: 'participantCount' },
  'STARTS_AT',
);
export const evaluationSort = sortOf<PartyEvaluationOrderField>({ YEAR: 'year', SCORE: 'score' }, 'YEAR');
export const memberActivitySort = sortOf<PartyMemberActivityOrderField>(
  { STARTS_AT: 'startsAt', VOLUNTEER_HOURS: 'volunteerHours' },
  'STARTS_AT',
);
export const attendeeSort = sortOf<PartyAttendeeOrderField>(
  { ORGANIZATION: 'memberOrganizationId', VOLUNTEER_HOURS: 'volunteerHours' },
  'ORGANIZATION',
);

/** Replaces each edge's node, dropping edges whose node no longer exists. */
export async function mapNodes<A, B>(
  connection: Connection<A>,
  map: (node: A) => Promise<B | null>,
): Promise<Connection<B>> {
  const nodes = await Promise.all(connection.edges.map((edge) => map(edge.node)));
  const edges = connection.edges.flatMap((edge, index) => {
    const node = nodes[index];
    return node === null ? [] : [withNode(edge, node)];
  });
  return { ...connection, edges };
}
