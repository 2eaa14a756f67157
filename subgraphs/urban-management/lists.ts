import mongoose from 'mongoose';
import { divisionFilter, parseDivisionCode } from '../../platform/world/division-code.js';
import { badUserInput } from '../../platform/contract/errors.js';
import { containsText, operator, type SortSpec } from '../../platform/query/pagination.js';
import { searchName } from '../../platform/query/search-name.js';
import type {
  FacilityFilter,
  FacilityOrder,
  IncidentFilter,
  IncidentOrder,
  InspectionCampaignFilter,
  InspectionCampaignOrder,
  RectificationProjectFilter,
  RectificationProjectOrder,
  SafetyDesignationFilter,
  SafetyDesignationOrder,
} from './__generated__/resolvers-types.js';
import { OPEN_STATUSES } from './models.js';
import { periodArguments } from '../../platform/contract/scalars.js';
import type { RequestAccess } from '../../platform/access/request-access.js';

/**
 * Typed GraphQL filters to MongoDB conditions. Client values only ever appear as operands of
 * operators built here (marked trusted, see `operator`), never as operators or patterns.
 */
export type Condition = Record<string, unknown>;

export function allOf(conditions: Condition[]): Condition {
  if (conditions.length === 0) return {};
  return conditions.length === 1 ? conditions[0] : { $and: conditions };
}

/**
 * The division prefix a root list may read: the requested code narrowed to the viewer's
 * jurisdiction. '' = everything, null = nothing visible (answer with an empty list).
 */
export function requestedScope(access: RequestAccess, requested: string | null | undefined, argumentName: string): string | null {
  const code = requested === null || requested === undefined ? null : parseDivisionCode(requested, argumentName);
  return access.scope(code);
}

export function scopeConditions(scope: string): Condition[] {
  return scope === '' ? [] : [divisionFilter(scope)];
}

/** A case-insensitive literal substring match (the text is escaped, never a pattern). */
export function textMatch(text: string, argumentName = 'filter'): unknown {
  return mongoose.trusted({ $regex: containsText(text, argumentName).source, $options: 'i' });
}

export function oneOf(values: readonly string[] | null | undefined): unknown {
  return values && values.length > 0 ? operator('$in', [...values]) : undefined;
}

export function range(from: Date | null, to: Date | null): unknown {
  if (from && to) return mongoose.trusted({ $gte: from, $lt: to });
  if (from) return operator('$gte', from);
  if (to) return operator('$lt', to);
  return undefined;
}

export function defined(entries: Record<string, unknown>): Condition[] {
  return Object.entries(entries)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({ [field]: value }));
}

function checkYear(year: number | null | undefined, argumentName: string): number | undefined {
  if (year === null || year === undefined) return undefined;
  if (year < 1949 || year > 2100) throw badUserInput(argumentName, 'a year from 1949 to 2100');
  return year;
}

/**
 * `overdue` is computed, not stored: resolved incidents compare their resolution time with the
 * deadline, open ones compare `now` (one instant per request, so all parents share a batch).
 */
export function overdueCondition(overdue: boolean, now: Date): Condition {
  const comparison = overdue ? '$lt' : '$gte';
  return { $expr: operator(comparison, ['$deadline', { $ifNull: ['$resolvedAt', now] }]) };
}

export function incidentConditions(filter: IncidentFilter | null | undefined, now: Date): Condition[] {
  if (!filter) return [];
  const reported = periodArguments(filter.reportedFrom, filter.reportedTo, { from: 'filter.reportedFrom', to: 'filter.reportedTo' });
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
  if (!order) return { field: 'reportedAt', direction: 'DESC' };
  return { field: order.field === 'DEADLINE' ? 'deadline' : 'reportedAt', direction: order.direction ?? 'ASC' };
}

export function facilityConditions(filter: FacilityFilter | null | undefined): Condition[] {
  if (!filter) return [];
  const installed = periodArguments(filter.installedFrom, filter.installedTo, { from: 'filter.installedFrom', to: 'filter.installedTo' });
  const minArea = filter.minAreaSquareMeters;
  if (minArea !== null && minArea !== undefined && !(minArea >= 0)) throw badUserInput('filter.minAreaSquareMeters', 'must not be negative');
  return defined({
    type: oneOf(filter.type),
    status: oneOf(filter.status),
    installedAt: range(installed.from, installed.to),
    areaSquareMeters: minArea === null || minArea === undefined ? undefined : operator('$gte', minArea),
    searchName: filter.nameContains ? textMatch(searchName(filter.nameContains)) : undefined,
  });
}

export function facilitySort(order: FacilityOrder | null | undefined): SortSpec {
  if (!order) return { field: 'name', direction: 'ASC' };
  return { field: order.field === 'INSTALLED_AT' ? 'installedAt' : 'name', direction: order.direction ?? 'ASC' };
}

export function rectificationConditions(filter: RectificationProjectFilter | null | undefined): Condition[] {
  if (!filter) return [];
  return defined({
    kind: oneOf(filter.kind),
    status: oneOf(filter.status),
    year: checkYear(filter.year, 'filter.year'),
    searchName: filter.nameContains ? textMatch(searchName(filter.nameContains)) : undefined,
  });
}

export function rectificationSort(order: RectificationProjectOrder | null | undefined): SortSpec {
  if (!order) return { field: 'startedAt', direction: 'ASC' };
  return { field: order.field === 'NAME' ? 'name' : 'startedAt', direction: order.direction ?? 'ASC' };
}

export function inspectionConditions(filter: InspectionCampaignFilter | null | undefined): Condition[] {
  if (!filter) return [];
  const started = periodArguments(filter.startFrom, filter.startTo, { from: 'filter.startFrom', to: 'filter.startTo' });
  return defined({ topic: oneOf(filter.topic), startDate: range(started.from, started.to) });
}

export function inspectionSort(order: InspectionCampaignOrder | null | undefined): SortSpec {
  return { field: order?.field === 'NAME' ? 'name' : 'startDate', direction: order?.direction ?? 'ASC' };
}

export function designationConditions(filter: SafetyDesignationFilter | null | undefined): Condition[] {
  if (!filter) return [];
  return defined({ kind: oneOf(filter.kind), year: checkYear(filter.year, 'filter.year') });
}

export function designationSort(order: SafetyDesignationOrder | null | undefined): SortSpec {
  return { field: order?.field === 'YEAR' ? 'year' : 'divisionCode', direction: order?.direction ?? 'ASC' };
}
