import DataLoader from 'dataloader';
import { DIVISION_FIELD_BY_LEVEL, type DivisionField } from '../../platform/world/division-code.js';
import type { CursorSeal } from '../../platform/query/cursor-seal.js';
import {
  groupedConnectionLoader,
  uniqueKeyLoader,
  type Connection,
  type GroupedPageKey,
} from '../../platform/query/pagination.js';
import { createIndicatorLoader } from './indicators.js';
import type {
  BuildingRecord,
  EconomyModels,
  EnterpriseRecord,
  InvestmentProjectRecord,
  InvestmentTripRecord,
  ServiceVisitRecord,
  TaxRecordRecord,
} from './models.js';

type GroupedLoader<T> = DataLoader<GroupedPageKey, Connection<T>, string>;

/** One grouped loader per ancestry field, so a nested list under any division level is one query per batch. */
function byDivision<T extends { _id: unknown }>(
  model: Parameters<typeof groupedConnectionLoader<T>>[0],
  cursors: CursorSeal,
): Record<DivisionField, GroupedLoader<T>> {
  const fields = Object.values(DIVISION_FIELD_BY_LEVEL);
  return Object.fromEntries(fields.map((field) => [field, groupedConnectionLoader(model, field, cursors)])) as Record<
    DivisionField,
    GroupedLoader<T>
  >;
}

interface TaxTotalKey {
  enterpriseId: string;
  year: number;
}

/** Tax per enterprise and year for every enterprise in the batch: one aggregation. */
function taxTotalLoader(models: EconomyModels): DataLoader<TaxTotalKey, number, string> {
  return new DataLoader<TaxTotalKey, number, string>(
    async (keys) => {
      const rows = await models.TaxRecord.aggregate<{ _id: { enterpriseId: string; year: number }; amountFen: number }>(
        [
          {
            $match: {
              enterpriseId: { $in: [...new Set(keys.map((key) => key.enterpriseId))] },
              year: { $in: [...new Set(keys.map((key) => key.year))] },
            },
          },
          { $group: { _id: { enterpriseId: '$enterpriseId', year: '$year' }, amountFen: { $sum: '$amountFen' } } },
        ],
      ).exec();
      const totals = new Map(rows.map((row) => [`${row._id.enterpriseId}:${row._id.year}`, row.amountFen]));
      return keys.map((key) => totals.get(`${key.enterpriseId}:${key.year}`) ?? 0);
    },
    { cacheKeyFn: (key) => `${key.enterpriseId}:${key.year}` },
  );
}

/** Created per request (see context.ts): caches never outlive one request's viewer. */
export function createEconomyLoaders(models: EconomyModels, cursors: CursorSeal) {
  return {
    enterprise: uniqueKeyLoader<EnterpriseRecord>(models.Enterprise, '_id'),
    enterpriseByCreditCode: uniqueKeyLoader<EnterpriseRecord>(models.Enterprise, 'creditCode'),
    investmentProject: uniqueKeyLoader<InvestmentProjectRecord>(models.InvestmentProject, '_id'),
    building: uniqueKeyLoader<BuildingRecord>(models.Building, '_id'),
    enterprisesByDivision: byDivision<EnterpriseRecord>(models.Enterprise, cursors),
    projectsByDivision: byDivision<InvestmentProjectRecord>(models.InvestmentProject, cursors),
    tripsByDivision: byDivision<InvestmentTripRecord>(models.InvestmentTrip, cursors),
    projectsByEnterprise: groupedConnectionLoader<InvestmentProjectRecord>(
      models.InvestmentProject,
      'enterpriseId',
      cursors,
    ),
    taxRecordsByEnterprise: groupedConnectionLoader<TaxRecordRecord>(models.TaxRecord, 'enterpriseId', cursors),
    serviceVisitsByEnterprise: groupedConnectionLoader<ServiceVisitRecord>(
      models.ServiceVisit,
      'enterpriseId',
      cursors,
    ),
    taxTotal: taxTotalLoader(models),
    indicators: createIndicatorLoader(models),
  };
}

export type EconomyLoaders = ReturnType<typeof createEconomyLoaders>;
