import type {
  DistrictEconomyIndicatorsArgs,
  DistrictEnterprisesArgs,
  DistrictInvestmentTripsArgs,
  DistrictProjectsArgs,
} from '../__generated__/resolvers-types.js';
import { divisionFieldOf, enterpriseMatch, enterpriseSort, listScope, projectMatch, projectSort, tripMatch, tripSort } from '../lists.js';
import type { EconomyContext } from '../context.js';
import type { IndicatorScope } from '../indicators.js';
import type { DivisionRef, EnterpriseRecord, InvestmentProjectRecord, InvestmentTripRecord } from '../models.js';
import { divisionLevelOf } from '../../../platform/world/division-code.js';
import { emptyPage } from '../../../platform/query/pagination.js';

/**
 * What economy contributes to the division entities civil affairs owns. The same resolvers
 * serve District, Street and Community: a list is grouped by the ancestry field of the
 * division it covers (the parent, narrowed by filter and jurisdiction), so N parents of one
 * level are one aggregation.
 */
export const divisionContributions = {
  __resolveReference: (ref: DivisionRef, ctx: EconomyContext): DivisionRef | null =>
    divisionLevelOf(ref.code) !== null && ctx.access.canSeeDivision(ref.code) ? { code: ref.code } : null,

  enterprises: (division: DivisionRef, { first, after, filter, orderBy }: DistrictEnterprisesArgs, ctx: EconomyContext) => {
    const sort = enterpriseSort(orderBy);
    const code = listScope(ctx, division.code, filter?.divisionCode);
    if (code === null) return emptyPage<EnterpriseRecord>({ first, after }, sort, ctx.cursors);
    return ctx.loaders.enterprisesByDivision[divisionFieldOf(code)].load({ group: code, filter: enterpriseMatch(filter), sort, args: { first, after } });
  },

  projects: (division: DivisionRef, { first, after, filter, orderBy }: DistrictProjectsArgs, ctx: EconomyContext) => {
    const sort = projectSort(orderBy);
    const code = listScope(ctx, division.code, filter?.divisionCode);
    if (code === null) return emptyPage<InvestmentProjectRecord>({ first, after }, sort, ctx.cursors);
    return ctx.loaders.projectsByDivision[divisionFieldOf(code)].load({ group: code, filter: projectMatch(filter), sort, args: { first, after } });
  },

  investmentTrips: (division: DivisionRef, { first, after, filter, orderBy }: DistrictInvestmentTripsArgs, ctx: EconomyContext) => {
    const sort = tripSort(orderBy);
    const code = listScope(ctx, division.code, filter?.divisionCode);
    if (code === null) return emptyPage<InvestmentTripRecord>({ first, after }, sort, ctx.cursors);
    return ctx.loaders.tripsByDivision[divisionFieldOf(code)].load({ group: code, filter: tripMatch(filter), sort, args: { first, after } });
  },

  /**
   * A division's figures only for viewers whose jurisdiction covers the whole division, as in
   * civil affairs and party building: the viewer's part under an ancestor's name would be a wrong
   * figure (README: a division seen only as an ancestor answers its indicators as null).
   */
  economyIndicators: (division: DivisionRef, { from, to }: Partial<DistrictEconomyIndicatorsArgs>, ctx: EconomyContext): IndicatorScope | null => {
    if (divisionLevelOf(division.code) === null || !ctx.access.canSeeRecordIn(division.code)) return null;
    return { code: division.code, from: from ?? null, to: to ?? null };
  },
};
