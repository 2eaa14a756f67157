import { divisionFilter, divisionLevelOf, type DivisionLevel } from '../../shared/division-code.js';
import { emptyConnection, type Connection, type PageArgs } from '../../shared/pagination.js';
import type { CivilAffairsContext } from '../context.js';
import { anyOf } from '../loaders.js';
import type { DivisionRecord, ResidentRecord } from '../models.js';

/**
 * Access to the division tree: a viewer sees the divisions inside their jurisdiction and the
 * ancestors of it (by name, so a community worker knows their street and district), nothing else.
 */
export const DIVISION_SORT = { field: '_id', direction: 'ASC' } as const;

/** The filter that keeps only divisions the viewer may see (see `canSeeDivision`). */
export function visibleDivisions(ctx: CivilAffairsContext): Record<string, unknown> {
  const jurisdiction = ctx.viewer.jurisdiction;
  if (jurisdiction === '') return {};
  const ancestors = [6, 9, 12].filter((length) => length < jurisdiction.length).map((length) => jurisdiction.slice(0, length));
  return { $or: [divisionFilter(jurisdiction), { code: anyOf(ancestors) }] };
}

/** A division of the given level by code, or null when unknown, of another level or not visible. */
export async function loadDivision(ctx: CivilAffairsContext, code: string, level: DivisionLevel): Promise<DivisionRecord | null> {
  if (divisionLevelOf(code) !== level || !ctx.access.canSeeDivision(code)) return null;
  return ctx.loaders.division.load(code);
}

/** Visible children of a division, one aggregation for all parents of the request. */
export function childDivisions(ctx: CivilAffairsContext, parent: DivisionRecord, args: PageArgs): Promise<Connection<DivisionRecord>> {
  return ctx.loaders.childDivisions.load({ group: parent.code, filter: visibleDivisions(ctx), sort: DIVISION_SORT, args });
}

const RESIDENT_LOADER_BY_LEVEL = {
  DISTRICT: 'residentsByDistrict',
  STREET: 'residentsByStreet',
  COMMUNITY: 'residentsByCommunity',
  GRID: 'residentsByGrid',
} as const;

/** Residents of a division, narrowed to the viewer's jurisdiction (a worker sees their community only). */
export function divisionResidents(ctx: CivilAffairsContext, division: DivisionRecord, args: PageArgs): Promise<Connection<ResidentRecord>> {
  const scope = ctx.access.scope(division.code);
  if (scope === null) return Promise.resolve(emptyConnection());
  const narrowed = scope === division.code ? {} : divisionFilter(scope);
  return ctx.loaders[RESIDENT_LOADER_BY_LEVEL[division.level]].load({ group: division.code, filter: narrowed, sort: { field: '_id', direction: 'ASC' }, args });
}
