import type {
  Maybe,
  FacilityFilter,
  FacilityOrder,
  IncidentFilter,
  IncidentOrder,
  RectificationProjectFilter,
  RectificationProjectOrder,
  SafetyDesignationFilter,
  SafetyDesignationOrder,
  UrbanManagementIndicators,
} from '../__generated__/resolvers-types.js';
import { divisionLevelOf } from '../../../platform/world/division-code.js';
import type { Connection } from '../../../platform/query/pagination.js';
import type { UrbanManagementContext } from '../context.js';
import {
  designationConditions,
  designationSort,
  facilityConditions,
  facilitySort,
  incidentConditions,
  incidentSort,
  rectificationConditions,
  rectificationSort,
} from '../lists.js';
import type { FacilityRecord, IncidentRecord, RectificationProjectRecord, SafetyDesignationRecord } from '../models.js';
import { periodArguments } from '../../../platform/contract/scalars.js';
import { divisionList } from './lists.js';

/**
 * The fields urban management contributes to District, Street, Community and Grid are the same
 * roll-up at different levels (the parent's code selects the ancestry field), so each type's
 * resolver file delegates here.
 */
interface ListArgs<F, O> {
  first?: Maybe<number>;
  after?: Maybe<string>;
  filter?: Maybe<F>;
  orderBy?: Maybe<O>;
}

export function incidentsOf(code: string, args: ListArgs<IncidentFilter, IncidentOrder>, ctx: UrbanManagementContext): Promise<Connection<IncidentRecord>> {
  return divisionList(ctx, ctx.loaders.incidentsIn, code, incidentConditions(args.filter, ctx.now), incidentSort(args.orderBy), args);
}

export function facilitiesOf(code: string, args: ListArgs<FacilityFilter, FacilityOrder>, ctx: UrbanManagementContext): Promise<Connection<FacilityRecord>> {
  return divisionList(ctx, ctx.loaders.facilitiesIn, code, facilityConditions(args.filter), facilitySort(args.orderBy), args);
}

export function rectificationProjectsOf(
  code: string,
  args: ListArgs<RectificationProjectFilter, RectificationProjectOrder>,
  ctx: UrbanManagementContext,
): Promise<Connection<RectificationProjectRecord>> {
  return divisionList(ctx, ctx.loaders.rectificationProjectsIn, code, rectificationConditions(args.filter), rectificationSort(args.orderBy), args);
}

export function safetyDesignationsOf(
  code: string,
  args: ListArgs<SafetyDesignationFilter, SafetyDesignationOrder>,
  ctx: UrbanManagementContext,
): Promise<Connection<SafetyDesignationRecord>> {
  return divisionList(ctx, ctx.loaders.safetyDesignationsIn, code, designationConditions(args.filter), designationSort(args.orderBy), args);
}

/**
 * Indicators of a division the viewer's jurisdiction covers entirely; null for one it sees only
 * as an ancestor (its part under the wider name would be a wrong figure), as in every subgraph.
 */
export async function indicatorsOf(
  code: string,
  args: { from?: Maybe<Date>; to?: Maybe<Date> },
  ctx: UrbanManagementContext,
): Promise<UrbanManagementIndicators | null> {
  const { from, to } = periodArguments(args.from, args.to, { from: 'from', to: 'to' });
  if (divisionLevelOf(code) === null || !ctx.access.canSeeRecordIn(code)) return null;
  return ctx.loaders.indicators.load({ code, from, to });
}
