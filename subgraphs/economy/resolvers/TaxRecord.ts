import type { TaxRecordResolvers } from '../__generated__/resolvers-types.js';
import { visibleEnterprise } from './Enterprise.js';

export const TaxRecord: TaxRecordResolvers = {
  id: (record) => record._id,
  amountYuan: (record) => record.amountFen / 100,
  enterprise: (record, _args, ctx) => visibleEnterprise(ctx, { id: record.enterpriseId }),
};
