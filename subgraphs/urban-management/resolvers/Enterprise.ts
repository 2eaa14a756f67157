import type { EnterpriseResolvers } from '../__generated__/resolvers-types.js';
import { emptyPage } from '../../../platform/query/pagination.js';
import {
  allOf,
  DIVISION_ARGUMENT,
  incidentFilter,
  incidentSort,
  pageArgs,
  requestedScope,
  scopeConditions,
} from '../lists.js';

/**
 * Economy owns Enterprise; this subgraph only knows which incidents concern an enterprise id.
 * The stub needs no lookup, and the incidents are scoped to the viewer's jurisdiction.
 */
export const Enterprise: EnterpriseResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  incidents(enterprise, args, ctx) {
    const sort = incidentSort(args.orderBy);
    const conditions = incidentFilter(args.filter, ctx.now);
    const scope = requestedScope(ctx.access, args.filter?.divisionCode, DIVISION_ARGUMENT);
    if (scope === null) return emptyPage(args, sort, ctx.cursors);
    return ctx.loaders.incidentsOfEnterprise.load({
      group: enterprise.id,
      filter: allOf([...scopeConditions(scope), ...conditions]),
      sort,
      args: pageArgs(args),
    });
  },
};
