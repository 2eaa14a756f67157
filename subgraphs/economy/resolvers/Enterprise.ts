import { badUserInput } from '../../../platform/contract/errors.js';
import { validCreditCode } from '../../../platform/writes/input-validation.js';
import type { EnterpriseResolvers } from '../__generated__/resolvers-types.js';
import {
  investmentProjectFilter,
  investmentProjectSort,
  serviceVisitFilter,
  serviceVisitSort,
  taxRecordFilter,
  taxRecordSort,
} from '../lists.js';
import type { EconomyContext } from '../context.js';
import type { EnterpriseRecord } from '../models.js';

/** An enterprise the viewer may see, or null (also for `_entities`: no reading around jurisdiction). */
export async function visibleEnterprise(
  ctx: EconomyContext,
  ref: { id?: string | null; creditCode?: string | null },
): Promise<EnterpriseRecord | null> {
  const record = ref.id
    ? await ctx.loaders.enterprise.load(ref.id)
    : ref.creditCode
      ? await ctx.loaders.enterpriseByCreditCode.load(ref.creditCode)
      : null;
  return record ?? null;
}

/**
 * An enterprise a mutation input names by unified social credit code: the check character is
 * verified first (a mistyped code is named as such), then the enterprise must exist inside the
 * viewer's jurisdiction; one outside it is reported like an unknown one.
 */
export async function enterpriseNamedBy(
  ctx: EconomyContext,
  creditCode: string,
  field: string,
): Promise<EnterpriseRecord> {
  const code = validCreditCode(creditCode, field);
  const enterprise = await visibleEnterprise(ctx, { creditCode: code });
  if (!enterprise) throw badUserInput(field, `no enterprise with credit code ${code} in the viewer's jurisdiction`);
  return enterprise;
}

/** Exactly one of an id and a credit code, as `Query.enterprise` takes them. */
export async function enterpriseNamedByIdOrCode(
  ctx: EconomyContext,
  ref: { enterpriseId?: string | null; enterpriseCreditCode?: string | null },
  prefix: string,
): Promise<EnterpriseRecord> {
  const { enterpriseId, enterpriseCreditCode } = ref;
  if ((enterpriseId ? 1 : 0) + (enterpriseCreditCode ? 1 : 0) !== 1) {
    throw badUserInput(`${prefix}.enterpriseId`, 'give exactly one of enterpriseId and enterpriseCreditCode');
  }
  if (enterpriseCreditCode) return enterpriseNamedBy(ctx, enterpriseCreditCode, `${prefix}.enterpriseCreditCode`);
  const enterprise = await visibleEnterprise(ctx, { id: enterpriseId });
  if (!enterprise)
    throw badUserInput(`${prefix}.enterpriseId`, `no enterprise ${enterpriseId} in the viewer's jurisdiction`);
  return enterprise;
}

export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (ref, ctx) => visibleEnterprise(ctx, ref),
  id: (enterprise) => enterprise._id,
  district: (enterprise) => ({ code: enterprise.districtCode }),
  street: (enterprise) => (enterprise.streetCode ? { code: enterprise.streetCode } : null),
  community: (enterprise) => (enterprise.communityCode ? { code: enterprise.communityCode } : null),
  building: (enterprise, _args, ctx) =>
    enterprise.buildingId ? ctx.loaders.building.load(enterprise.buildingId) : null,
  projects: (enterprise, { first, after, filter, orderBy }, ctx) => {
    const sort = investmentProjectSort(orderBy);
    return ctx.loaders.projectsByEnterprise.load({
      group: enterprise._id,
      filter: investmentProjectFilter(filter),
      sort,
      args: { first, after },
    });
  },
  taxRecords: (enterprise, { first, after, filter, orderBy }, ctx) => {
    const sort = taxRecordSort(orderBy);
    return ctx.loaders.taxRecordsByEnterprise.load({
      group: enterprise._id,
      filter: taxRecordFilter(filter),
      sort,
      args: { first, after },
    });
  },
  serviceVisits: (enterprise, { first, after, filter, orderBy }, ctx) => {
    const sort = serviceVisitSort(orderBy);
    return ctx.loaders.serviceVisitsByEnterprise.load({
      group: enterprise._id,
      filter: serviceVisitFilter(filter),
      sort,
      args: { first, after },
    });
  },
  taxTotal: async (enterprise, { year }, ctx) => {
    const fen = await ctx.loaders.taxTotal.load({ enterpriseId: enterprise._id, year });
    return { value: fen / 100, target: null, unit: '元', suppressed: false };
  },
};
