import type { EnterpriseResolvers } from '../__generated__/resolvers-types.js';
import { investmentProjectFilter, investmentProjectSort, serviceVisitFilter, serviceVisitSort, taxRecordFilter, taxRecordSort } from '../lists.js';
import type { EconomyContext } from '../context.js';
import type { EnterpriseRecord } from '../models.js';

/** An enterprise the viewer may see, or null (also for `_entities`: no reading around jurisdiction). */
export async function visibleEnterprise(ctx: EconomyContext, ref: { id?: string | null; creditCode?: string | null }): Promise<EnterpriseRecord | null> {
  const record = ref.id ? await ctx.loaders.enterprise.load(ref.id) : ref.creditCode ? await ctx.loaders.enterpriseByCreditCode.load(ref.creditCode) : null;
  return record ?? null;
}

export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (ref, ctx) => visibleEnterprise(ctx, ref),
  id: (enterprise) => enterprise._id,
  district: (enterprise) => ({ code: enterprise.districtCode }),
  street: (enterprise) => (enterprise.streetCode ? { code: enterprise.streetCode } : null),
  community: (enterprise) => (enterprise.communityCode ? { code: enterprise.communityCode } : null),
  building: (enterprise, _args, ctx) => (enterprise.buildingId ? ctx.loaders.building.load(enterprise.buildingId) : null),
  projects: (enterprise, { first, after, filter, orderBy }, ctx) => {
    const sort = investmentProjectSort(orderBy);
    return ctx.loaders.projectsByEnterprise.load({ group: enterprise._id, filter: investmentProjectFilter(filter), sort, args: { first, after } });
  },
  taxRecords: (enterprise, { first, after, filter, orderBy }, ctx) => {
    const sort = taxRecordSort(orderBy);
    return ctx.loaders.taxRecordsByEnterprise.load({ group: enterprise._id, filter: taxRecordFilter(filter), sort, args: { first, after } });
  },
  serviceVisits: (enterprise, { first, after, filter, orderBy }, ctx) => {
    const sort = serviceVisitSort(orderBy);
    return ctx.loaders.serviceVisitsByEnterprise.load({ group: enterprise._id, filter: serviceVisitFilter(filter), sort, args: { first, after } });
  },
  taxTotal: async (enterprise, { year }, ctx) => {
    const fen = await ctx.loaders.taxTotal.load({ enterpriseId: enterprise._id, year });
    return { value: fen / 100, target: null, unit: '元', suppressed: false };
  },
};

