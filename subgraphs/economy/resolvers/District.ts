import type {
  DistrictEconomyIndicatorsArgs,
  DistrictEnterprisesArgs,
  DistrictInvestmentTripsArgs,
  DistrictProjectsArgs,
  DistrictResolvers,
} from '../__generated__/resolvers-types.js';
import {
  divisionList,
  enterpriseFilter,
  enterpriseSort,
  investmentProjectFilter,
  investmentProjectSort,
  investmentTripFilter,
  investmentTripSort,
} from '../lists.js';
import type { EconomyContext } from '../context.js';
import type { IndicatorScope } from '../indicators.js';
import type { DivisionRef } from '../models.js';
import { divisionLevelOf } from '../../../platform/world/division-code.js';

/**
 * What economy contributes to the division entities civil affairs owns. The same resolvers
 * serve District, Street and Community (Street.ts, Community.ts): a list is grouped by the
 * ancestry field of the division it covers (lists.ts), so N parents of one level are one
 * aggregation.
 */
export const divisionContributions = {
  __resolveReference: (ref: DivisionRef, ctx: EconomyContext): DivisionRef | null =>
    divisionLevelOf(ref.code) !== null && ctx.access.canSeeDivision(ref.code) ? { code: ref.code } : null,

  enterprises: (
    division: DivisionRef,
    { first, after, filter, orderBy }: DistrictEnterprisesArgs,
    ctx: EconomyContext,
  ) =>
    divisionList(
      ctx,
      ctx.loaders.enterprisesByDivision,
      division.code,
      filter?.divisionCode,
      () => enterpriseFilter(filter),
      enterpriseSort(orderBy),
      { first, after },
    ),

  projects: (division: DivisionRef, { first, after, filter, orderBy }: DistrictProjectsArgs, ctx: EconomyContext) =>
    divisionList(
      ctx,
      ctx.loaders.projectsByDivision,
      division.code,
      filter?.divisionCode,
      () => investmentProjectFilter(filter),
      investmentProjectSort(orderBy),
      { first, after },
    ),

  investmentTrips: (
    division: DivisionRef,
    { first, after, filter, orderBy }: DistrictInvestmentTripsArgs,
    ctx: EconomyContext,
  ) =>
    divisionList(
      ctx,
      ctx.loaders.tripsByDivision,
      division.code,
      filter?.divisionCode,
      () => investmentTripFilter(filter),
      investmentTripSort(orderBy),
      { first, after },
    ),

  /**
   * A division's figures only for viewers whose jurisdiction covers the whole division, as in
   * civil affairs and party building: the viewer's part under an ancestor's name would be a wrong
   * figure (README: a division seen only as an ancestor answers its indicators as null).
   */
  economyIndicators: (
    division: DivisionRef,
    { from, to }: Partial<DistrictEconomyIndicatorsArgs>,
    ctx: EconomyContext,
  ): IndicatorScope | null => {
    if (divisionLevelOf(division.code) === null || !ctx.access.canSeeRecordIn(division.code)) return null;
    return { code: division.code, from: from ?? null, to: to ?? null };
  },
};

export const District: DistrictResolvers = divisionContributions;
