import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import type { InvestmentProjectResolvers } from '../__generated__/resolvers-types.js';
import type { EconomyContext } from '../context.js';
import type { InvestmentProjectRecord } from '../models.js';
import { visibleEnterprise } from './Enterprise.js';

export async function visibleProject(ctx: EconomyContext, id: string): Promise<InvestmentProjectRecord | null> {
  const record = await ctx.loaders.investmentProject.load(id);
  return record ?? null;
}

export const InvestmentProject: InvestmentProjectResolvers = {
  __resolveReference: (ref, ctx) => visibleProject(ctx, ref.id),
  id: (project) => project._id,
  amountYuan: (project) => project.amountFen / 100,
  enterprise: (project, _args, ctx) =>
    project.enterpriseId ? visibleEnterprise(ctx, { id: project.enterpriseId }) : null,
  district: (project) => ({ code: project.districtCode }),
  street: (project) => (project.streetCode ? { code: project.streetCode } : null),
  community: (project) => (project.communityCode ? { code: project.communityCode } : null),
  keyProject: (project) => project.keyProjectCategory !== null,
  version: (project) => recordVersion(project),
  history: (project, args, ctx) => historyConnection(project, args, ctx.cursors, 'InvestmentProject'),
};
