import type {
  ChildDivisionFilter,
  CivilAffairsIndicators,
  DivisionOrder,
  DivisionResidentFilter,
  DivisionResolvers,
  ResidentOrder,
} from '../__generated__/resolvers-types.js';
import { dateArgument } from '../../../platform/contract/scalars.js';
import { emptyPage, type Connection, type PageArgs } from '../../../platform/query/pagination.js';
import { divisionFilter, divisionLevelOf, type DivisionLevel } from '../../../platform/world/division-code.js';
import type { CivilAffairsContext } from '../context.js';
import { indicatorsFor } from '../indicators.js';
import { childDivisionFilter, divisionSort, residentFilter, residentSort } from '../lists.js';
import type { DivisionRecord, ResidentRecord } from '../models.js';

const TYPE_BY_LEVEL = { DISTRICT: 'District', STREET: 'Street', COMMUNITY: 'Community', GRID: 'Grid' } as const;

export const Division: DivisionResolvers = {
  __resolveType: (division) => TYPE_BY_LEVEL[division.level],
};

// The fields the four levels (District, Street, Community, Grid) share. A viewer sees the
// divisions inside their jurisdiction and the ancestors of it, nothing else.

/** A division of the given level by code, or null when unknown, of another level or not visible. */
export async function loadDivision(
  ctx: CivilAffairsContext,
  code: string,
  level: DivisionLevel,
): Promise<DivisionRecord | null> {
  if (divisionLevelOf(code) !== level || !ctx.access.canSeeDivision(code)) return null;
  return ctx.loaders.division.load(code);
}

interface ChildDivisionArgs extends PageArgs {
  filter?: ChildDivisionFilter | null;
  orderBy?: DivisionOrder | null;
}

/** Visible children of a division, one aggregation for all parents of the request. */
export function childDivisions(
  ctx: CivilAffairsContext,
  parent: DivisionRecord,
  args: ChildDivisionArgs,
): Promise<Connection<DivisionRecord>> {
  return ctx.loaders.childDivisions.load({
    group: parent.code,
    filter: childDivisionFilter(args.filter),
    sort: divisionSort(args.orderBy),
    args,
  });
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
export function divisionResidents(
  ctx: CivilAffairsContext,
  division: DivisionRecord,
  args: DivisionResidentArgs,
): Promise<Connection<ResidentRecord>> {
  const conditions = residentFilter(args.filter);
  const sort = residentSort(args.orderBy);
  const scope = ctx.access.scope(division.code);
  if (scope === null) return Promise.resolve(emptyPage(args, sort, ctx.cursors));
  const narrowed = scope === division.code ? {} : divisionFilter(scope);
  const filter = { ...narrowed, ...conditions };
  return ctx.loaders[RESIDENT_LOADER_BY_LEVEL[division.level]].load({ group: division.code, filter, sort, args });
}

/** The dashboard (perturbed, small cells withheld, for analysts and services) of a division the viewer's jurisdiction covers entirely; null otherwise (no partial sums under a wider name). */
export async function civilAffairsIndicators(
  ctx: CivilAffairsContext,
  code: string,
  args: { from?: Date | null; to?: Date | null },
): Promise<CivilAffairsIndicators | null> {
  const from = dateArgument(args.from, 'from');
  const to = dateArgument(args.to, 'to');
  if (!ctx.access.canSeeRecordIn(code)) return null;
  return indicatorsFor(await ctx.loaders.indicators.load({ code, from, to }), ctx.disclosure);
}
