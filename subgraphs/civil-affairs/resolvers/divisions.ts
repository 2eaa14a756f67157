import type { ChildDivisionFilter, DivisionOrder, DivisionResidentFilter, ResidentOrder } from '../__generated__/resolvers-types.js';
import { divisionFilter, divisionLevelOf, type DivisionLevel } from '../../../platform/world/division-code.js';
import { containsText, emptyPage, type Connection, type PageArgs, type SortSpec } from '../../../platform/query/pagination.js';
import { searchName } from '../../../platform/query/search-name.js';
import type { CivilAffairsContext } from '../context.js';
import type { DivisionRecord, ResidentRecord } from '../models.js';
import { residentFilter, residentSort } from './residents.js';

/**
 * Access to the division tree: a viewer sees the divisions inside their jurisdiction and the
 * ancestors of it (by name, so a community worker knows their street and district), nothing else.
 */
export function divisionSort(orderBy: DivisionOrder | null | undefined): SortSpec {
  return { field: orderBy?.field === 'NAME' ? 'name' : '_id', direction: orderBy?.direction ?? 'ASC' };
}

/** A division of the given level by code, or null when unknown, of another level or not visible. */
export async function loadDivision(ctx: CivilAffairsContext, code: string, level: DivisionLevel): Promise<DivisionRecord | null> {
  if (divisionLevelOf(code) !== level || !ctx.access.canSeeDivision(code)) return null;
  return ctx.loaders.division.load(code);
}

interface ChildDivisionArgs extends PageArgs {
  filter?: ChildDivisionFilter | null;
  orderBy?: DivisionOrder | null;
}

/** Visible children of a division, one aggregation for all parents of the request. */
export function childDivisions(ctx: CivilAffairsContext, parent: DivisionRecord, args: ChildDivisionArgs): Promise<Connection<DivisionRecord>> {
  const text = args.filter?.nameContains;
  const named = text ? { searchName: containsText(searchName(text), 'filter.nameContains') } : {};
  return ctx.loaders.childDivisions.load({ group: parent.code, filter: named, sort: divisionSort(args.orderBy), args });
}

const RESIDENT_LOADER_BY_LEVEL = {
  DISTRICT: 'residentsByDistrict',
  STREET: 'residentsByStreet',
  COMMUNITY: 'residentsByCommunity',
  GRID: 'residentsByGrid',
} as const;

interface DivisionResidentArgs extends PageArgs {
  filter?: DivisionResidentFilter | null;
  orderBy?: ResidentOrder | null;
}

/** Residents of a division, narrowed to the viewer's jurisdiction (a worker sees their community only). */
export function divisionResidents(ctx: CivilAffairsContext, division: DivisionRecord, args: DivisionResidentArgs): Promise<Connection<ResidentRecord>> {
  const conditions = residentFilter(args.filter);
  const sort = residentSort(args.orderBy);
  const scope = ctx.access.scope(division.code);
  if (scope === null) return Promise.resolve(emptyPage(args, sort, ctx.cursors));
  const narrowed = scope === division.code ? {} : divisionFilter(scope);
  const filter = { ...narrowed, ...conditions };
  return ctx.loaders[RESIDENT_LOADER_BY_LEVEL[division.level]].load({ group: division.code, filter, sort, args });
}
