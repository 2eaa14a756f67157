import type { Model } from 'mongoose';
import { DIVISION_FIELD_BY_LEVEL, divisionLevelOf, type DivisionField } from '../../../platform/world/division-code.js';
import { emptyPage, findConnection, type Connection, type PageArgs, type SortSpec } from '../../../platform/query/pagination.js';
import type { GroupedPageKey } from '../../../platform/query/pagination.js';
import type DataLoader from 'dataloader';
import type { UrbanManagementContext } from '../context.js';
import { allOf, scopeConditions, type Condition } from '../lists.js';

/**
 * The two shapes every list takes. Page arguments are validated before anything else, so a bad
 * `first` or cursor is an error even when the viewer would see nothing.
 */

/** A root list: `scope` from `requestedScope` (null = nothing visible). */
export async function rootList<T extends { _id: unknown }>(
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
 * A list under a division (`Community.incidents`): grouped by the parent's code, narrowed to the
 * viewer's jurisdiction, batched with every other parent asking for the same page shape.
 */
export async function divisionList<T>(
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
  return loaders[DIVISION_FIELD_BY_LEVEL[level]].load({ group: scope, filter: allOf(conditions), sort, args: pageArgs(args) });
}

/** Only the page arguments, normalised, so equal pages share a cache key. */
export function pageArgs(args: PageArgs): PageArgs {
  return { first: args.first ?? null, after: args.after ?? null };
}

/** A shared division entity resolves to its key when the viewer may see it. */
export function divisionReference(ctx: UrbanManagementContext, code: string, level: 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'GRID'): { code: string } | null {
  return divisionLevelOf(code) === level && ctx.access.canSeeDivision(code) ? { code } : null;
}

export function divisionRef(code: string | null | undefined): { code: string } | null {
  return code ? { code } : null;
}
