import { divisionLevelOf } from '../../../platform/world/division-code.js';
import type { PageArgs } from '../../../platform/query/pagination.js';
import { organizationsInDivision } from '../loaders.js';
import type { PartyBuildingContext } from '../context.js';
import { indicatorValues, type PartyBuildingIndicatorValues } from '../indicators.js';
import type { DivisionRef } from '../models.js';
import { parsePeriod } from '../lists.js';
import type { InputMaybe, PartyOrganizationFilter, PartyOrganizationOrder } from '../__generated__/resolvers-types.js';

/**
 * What party building contributes to District, Street and Community (owned by civil affairs):
 * the same three resolvers for each level, keyed by the division code.
 */
export function resolveDivisionRef(ref: { code: string }, ctx: PartyBuildingContext): DivisionRef | null {
  return divisionLevelOf(ref.code) !== null && ctx.access.canSeeDivision(ref.code) ? { code: ref.code } : null;
}

export function divisionPartyOrganizations(
  parent: DivisionRef,
  args: PageArgs & { filter?: InputMaybe<PartyOrganizationFilter>; orderBy?: InputMaybe<PartyOrganizationOrder> },
  ctx: PartyBuildingContext,
) {
  return organizationsInDivision(ctx, parent.code, args);
}

/**
 * A division's figures only for viewers whose jurisdiction covers the whole division: a street's
 * indicators narrowed to one community would be a wrong figure under the street's name.
 */
export async function divisionIndicators(
  parent: DivisionRef,
  args: { from?: InputMaybe<Date>; to?: InputMaybe<Date> },
  ctx: PartyBuildingContext,
): Promise<PartyBuildingIndicatorValues | null> {
  const period = parsePeriod(args.from, args.to);
  if (!ctx.access.canSeeRecordIn(parent.code)) return null;
  return indicatorValues(await ctx.loaders.indicators.load({ code: parent.code, period }), ctx.disclosure);
}
