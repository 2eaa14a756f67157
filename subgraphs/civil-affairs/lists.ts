import mongoose from 'mongoose';
import type {
  AssistanceCaseFilter,
  AssistanceCaseOrder,
  BenefitPaymentFilter,
  BenefitPaymentOrder,
  ChildDivisionFilter,
  DivisionFilter,
  DivisionOrder,
  DivisionResidentFilter,
  NoticeFilter,
  NoticeOrder,
  ResidentOrder,
} from './__generated__/resolvers-types.js';
import { badUserInput } from '../../platform/contract/errors.js';
import { dateArgument } from '../../platform/contract/scalars.js';
import { shanghaiDay, shanghaiMidnight } from '../../platform/query/calendar.js';
import { containsText, operator, type SortSpec } from '../../platform/query/pagination.js';
import { nameContains, searchName } from '../../platform/query/search-name.js';
import { divisionFilter as insideDivision, isWithin, parseDivisionCode } from '../../platform/world/division-code.js';
import { searchTitleOf, type NoticeCategory, type NoticeRecord, type NoticeStatus } from './models.js';

/**
 * Each list's typed filter and sort, turned into a MongoDB filter and a keyset sort: the
 * top-level lists of `Query` and the nested lists of the types share them. The division part of
 * a list (the viewer's scope) is the caller's, which knows the jurisdiction.
 */

/** The records inside a viewer's scope, as `ctx.access.scope()` answers it ('' is everywhere). */
export function scopeFilter(scope: string): Record<string, unknown> {
  return scope === '' ? {} : insideDivision(scope);
}

// Divisions. A viewer sees the divisions inside their jurisdiction and the ancestors of it (by
// name, so a community worker knows their street and district), nothing else: the model's scope.

/** `Query.divisions`: level, parent, a subtree (without its root) and a name search. */
export function divisionFilter(filter: DivisionFilter | null | undefined): Record<string, unknown> {
  const parentCode = filter?.parentCode ? parseDivisionCode(filter.parentCode, 'filter.parentCode') : null;
  const within = filter?.within ? parseDivisionCode(filter.within, 'filter.within') : null;
  const conditions: Record<string, unknown>[] = [];
  if (filter?.level) conditions.push({ level: filter.level });
  if (parentCode) conditions.push({ parentCode });
  if (within) conditions.push(insideDivision(within), { code: mongoose.trusted({ $ne: within }) });
  if (filter?.nameContains) conditions.push(nameContains(filter.nameContains));
  return conditions.length ? { $and: conditions } : {};
}

/** A division's children (`District.streets`, `Street.communities`, `Community.grids`): a name search. */
export function childDivisionFilter(filter: ChildDivisionFilter | null | undefined): Record<string, unknown> {
  const text = filter?.nameContains;
  return text ? { searchName: containsText(searchName(text), 'filter.nameContains') } : {};
}

export function divisionSort(orderBy: DivisionOrder | null | undefined): SortSpec {
  return { field: orderBy?.field === 'NAME' ? 'name' : '_id', direction: orderBy?.direction ?? 'ASC' };
}

// Residents, shared by `Query.residents` and the divisions' `residents`. Names are personal
// data: there is deliberately no name search.

function ageArgument(value: number | null | undefined, argumentName: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0 || value > 150) throw badUserInput(argumentName, 'an age from 0 to 150');
  return value;
}

/**
 * Midnight in Asia/Shanghai starting the day after today, `years` years ago. Someone is at least
 * `n` years old today when born before `bornBefore(n)`, the same calendar-day rule as
 * `Resident.age`. Day-grained, so every parent of a request builds the same filter and nested
 * lists still share one query.
 */
function bornBefore(years: number): Date {
  const today = shanghaiDay(new Date());
  return shanghaiMidnight(today.year - years, today.month, today.day + 1);
}

export function residentFilter(
  filter: DivisionResidentFilter | null | undefined,
  argumentPrefix = 'filter',
): Record<string, unknown> {
  const minAge = ageArgument(filter?.minAge, `${argumentPrefix}.minAge`);
  const maxAge = ageArgument(filter?.maxAge, `${argumentPrefix}.maxAge`);
  const birthDate = {
    ...(minAge !== null ? { $lt: bornBefore(minAge) } : {}),
    ...(maxAge !== null ? { $gte: bornBefore(maxAge + 1) } : {}),
  };
  return {
    ...(filter?.sex ? { sex: filter.sex } : {}),
    ...(Object.keys(birthDate).length > 0 ? { birthDate: mongoose.trusted(birthDate) } : {}),
  };
}

export function residentSort(orderBy: ResidentOrder | null | undefined): SortSpec {
  return { field: orderBy?.field === 'BIRTH_DATE' ? 'birthDate' : '_id', direction: orderBy?.direction ?? 'ASC' };
}

// Assistance cases, shared by `Query.assistanceCases`, `Community.assistanceCases` and `Resident.assistanceCases`.

export function assistanceCaseFilter(
  filter: AssistanceCaseFilter | null | undefined,
  argumentPrefix = 'filter',
): Record<string, unknown> {
  if (!filter) return {};
  const startedFrom = dateArgument(filter.startedFrom, `${argumentPrefix}.startedFrom`);
  const startedTo = dateArgument(filter.startedTo, `${argumentPrefix}.startedTo`);
  const startedAt = { ...(startedFrom ? { $gte: startedFrom } : {}), ...(startedTo ? { $lt: startedTo } : {}) };
  return {
    ...(filter.program ? { program: filter.program } : {}),
    ...(filter.tier ? { tier: filter.tier } : {}),
    ...(filter.urbanRural ? { urbanRural: filter.urbanRural } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(Object.keys(startedAt).length > 0 ? { startedAt: mongoose.trusted(startedAt) } : {}),
  };
}

export function assistanceCaseSort(orderBy: AssistanceCaseOrder | null | undefined): SortSpec {
  return { field: orderBy?.field === 'STARTED_AT' ? 'startedAt' : '_id', direction: orderBy?.direction ?? 'ASC' };
}

// Benefit payments (`AssistanceCase.payments`); months compare as YYYY-MM text.

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthArgument(value: string | null | undefined, argumentName: string): string | null {
  if (value === null || value === undefined) return null;
  if (!MONTH.test(value)) throw badUserInput(argumentName, 'a month as YYYY-MM, e.g. 2020-06');
  return value;
}

export function benefitPaymentFilter(
  filter: BenefitPaymentFilter | null | undefined,
  argumentPrefix = 'filter',
): Record<string, unknown> {
  const from = monthArgument(filter?.fromMonth, `${argumentPrefix}.fromMonth`);
  const to = monthArgument(filter?.toMonth, `${argumentPrefix}.toMonth`);
  const conditions = [
    ...(from ? [{ period: operator('$gte', from) }] : []),
    ...(to ? [{ period: operator('$lte', to) }] : []),
  ];
  return conditions.length === 0 ? {} : { $and: conditions };
}

export function benefitPaymentSort(orderBy: BenefitPaymentOrder | null | undefined): SortSpec {
  return { field: orderBy?.field === 'PERIOD' ? 'period' : 'paidAt', direction: orderBy?.direction ?? 'ASC' };
}

// Notices. Published notices are public information: anyone whose jurisdiction overlaps a
// notice's publisher or targets may read it. Drafts and withdrawn notices are working documents,
// visible only to those who manage notices (admins, civil-affairs officials inside their
// jurisdiction; resolvers/Notice.ts decides who does).

const NEWEST_FIRST: SortSpec = { field: 'publishedAt', direction: 'DESC' };
const NEWEST_DRAFT_FIRST: SortSpec = { field: 'draftedAt', direction: 'DESC' };

/** The codes whose notices reach a community: its district, its street and itself. */
export function targetsReaching(communityCode: string): string[] {
  return [communityCode.slice(0, 6), communityCode.slice(0, 9), communityCode];
}

export function reachesCommunity(notice: NoticeRecord, communityCode: string): boolean {
  return notice.status === 'PUBLISHED' && notice.targetCodes.some((target) => isWithin(communityCode, target));
}

/**
 * The sort of a notice list: newest first when `orderBy` is omitted. `publishedAt` is null on
 * drafts, and keyset pages need a field that is never null, so PUBLISHED_AT is refused for a
 * list that may hold drafts.
 */
export function noticeSort(orderBy: NoticeOrder | null | undefined, mayHoldDrafts: boolean): SortSpec {
  if (!orderBy) return mayHoldDrafts ? NEWEST_DRAFT_FIRST : NEWEST_FIRST;
  const field = orderBy.field ?? 'PUBLISHED_AT';
  if (field === 'PUBLISHED_AT' && mayHoldDrafts)
    throw badUserInput('orderBy', 'PUBLISHED_AT needs filter.status without DRAFT: drafts have no publishedAt');
  return { field: field === 'DRAFTED_AT' ? 'draftedAt' : 'publishedAt', direction: orderBy.direction ?? 'DESC' };
}

function dateRange(from: Date | null, to: Date | null): unknown {
  if (from && to) return mongoose.trusted({ $gte: from, $lt: to });
  if (from) return operator('$gte', from);
  if (to) return operator('$lt', to);
  return undefined;
}

/**
 * `Query.notices`, the officials' list: notices published by divisions inside `scope` ('' is
 * everywhere), in `statuses` (any when absent), of the filter's categories and title, published
 * in [from, to). The caller parses the division, the statuses and the period first.
 */
export function noticeFilter(
  filter: NoticeFilter | null | undefined,
  scope: string,
  statuses: readonly NoticeStatus[] | null | undefined,
  published: { from: Date | null; to: Date | null },
): Record<string, unknown> {
  const conditions: Record<string, unknown>[] = [];
  if (scope !== '') conditions.push(insideDivision(scope));
  if (statuses) conditions.push({ status: operator('$in', statuses) });
  if (filter?.category?.length) conditions.push({ category: operator('$in', filter.category) });
  if (filter?.titleContains)
    conditions.push({ searchTitle: containsText(searchTitleOf(filter.titleContains), 'filter.titleContains') });
  const range = dateRange(published.from, published.to);
  if (range) conditions.push({ publishedAt: range });
  return conditions.length === 0 ? {} : { $and: conditions };
}

/** `Community.notices`: the published notices targeted at one of `codes` (see targetsReaching), in these categories. */
export function communityNoticeFilter(
  codes: readonly string[],
  categories: readonly NoticeCategory[] | null,
): Record<string, unknown> {
  return {
    status: 'PUBLISHED',
    targetCodes: operator('$in', [...codes]),
    ...(categories ? { category: operator('$in', [...categories]) } : {}),
  };
}
