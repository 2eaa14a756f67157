import { divisionLevelOf, DIVISION_FIELD_BY_LEVEL } from '../../platform/world/division-code.js';
import { emptyPage, withNode, type Connection, type PageArgs } from '../../platform/query/pagination.js';
import type { PartyBuildingContext } from './context.js';
import { organizationFilter, organizationSort } from './filters.js';
import type { PartyOrganizationRecord } from './models.js';
import { divisionMatch, effectiveDivision } from './scope.js';
import type { InputMaybe, PartyOrganizationFilter, PartyOrganizationOrder } from './__generated__/resolvers-types.js';

/** Records of nested lists are limited to the viewer's jurisdiction too (defence in depth). */
export function viewerMatch(ctx: PartyBuildingContext): Record<string, string> {
  return divisionMatch(ctx.access.scope() ?? '');
}

/** Replaces each edge's node, dropping edges whose node no longer exists. */
export async function mapNodes<A, B>(connection: Connection<A>, map: (node: A) => Promise<B | null>): Promise<Connection<B>> {
  const nodes = await Promise.all(connection.edges.map((edge) => map(edge.node)));
  const edges = connection.edges.flatMap((edge, index) => {
    const node = nodes[index];
    return node === null ? [] : [withNode(edge, node)];
  });
  return { ...connection, edges };
}

/**
 * `District/Street/Community.partyOrganizations`: the organizations in the narrowest of the
 * parent division, the filter's division and the viewer's jurisdiction, through the loader of
 * that division level (one aggregation for all parents of the request).
 */
export async function organizationsInDivision(
  ctx: PartyBuildingContext,
  parentCode: string,
  args: PageArgs & { filter?: InputMaybe<PartyOrganizationFilter>; orderBy?: InputMaybe<PartyOrganizationOrder> },
): Promise<Connection<PartyOrganizationRecord>> {
  const { divisionCode, match } = organizationFilter(args.filter);
  const scope = effectiveDivision(ctx, parentCode, divisionCode);
  const level = scope ? divisionLevelOf(scope) : null;
  if (!scope || !level) return emptyPage(args, organizationSort(args.orderBy), ctx.cursors);
  return ctx.loaders.organizationsInDivision[DIVISION_FIELD_BY_LEVEL[level]].load({
    group: scope,
    filter: match,
    sort: organizationSort(args.orderBy),
    args: { first: args.first, after: args.after },
  });
}
