import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { divisionFilter } from '../../platform/world/division-code.js';
import type { CursorSeal } from '../../platform/query/cursor-seal.js';
import { groupedConnectionLoader, uniqueKeyLoader } from '../../platform/query/pagination.js';
import { createIndicatorLoader } from './indicators.js';
import type { CivilAffairsModels } from './models.js';

/**
 * Per-request loaders: every entity reference and every nested list goes through one of these,
 * so N parents or N representations cost one database query per batch.
 */
export function createCivilAffairsLoaders(models: CivilAffairsModels, cursors: CursorSeal, options: { perturbs: boolean }) {
  return {
    division: uniqueKeyLoader(models.Division, 'code'),
    resident: uniqueKeyLoader(models.Resident, '_id'),
    assistanceCase: uniqueKeyLoader(models.AssistanceCase, '_id'),
    childDivisions: groupedConnectionLoader(models.Division, 'parentCode', cursors),
    residentsByDistrict: groupedConnectionLoader(models.Resident, 'districtCode', cursors),
    residentsByStreet: groupedConnectionLoader(models.Resident, 'streetCode', cursors),
    residentsByCommunity: groupedConnectionLoader(models.Resident, 'communityCode', cursors),
    residentsByGrid: groupedConnectionLoader(models.Resident, 'gridCode', cursors),
    casesByCommunity: groupedConnectionLoader(models.AssistanceCase, 'communityCode', cursors),
    casesByRecipient: groupedConnectionLoader(models.AssistanceCase, 'recipientId', cursors),
    paymentsByCase: groupedConnectionLoader(models.BenefitPayment, 'caseId', cursors),
    totalPaidFenByCase: new DataLoader<string, number>(async (caseIds) => {
      const rows = await models.BenefitPayment.aggregate<{ _id: string; amountFen: number }>([
        { $match: { caseId: { $in: [...caseIds] } } },
        { $group: { _id: '$caseId', amountFen: { $sum: '$amountFen' } } },
      ]).exec();
      const byCase = new Map(rows.map((row) => [row._id, row.amountFen]));
      return caseIds.map((id) => byCase.get(id) ?? 0);
    }),
    /** Keyed by [jurisdiction scope, enterprise id]: an enterprise's hires are counted inside the viewer's scope only. */
    jobFairHires: new DataLoader<string, number | null>(async (keys) => {
      const parsed = keys.map((key) => JSON.parse(key) as [string, string]);
      const results = new Map<string, number>();
      for (const scope of new Set(parsed.map(([prefix]) => prefix))) {
        const ids = parsed.filter(([prefix]) => prefix === scope).map(([, id]) => id);
        const rows = await models.JobFairParticipation.aggregate<{ _id: string; hires: number }>([
          { $match: { enterpriseId: { $in: ids }, ...(scope === '' ? {} : divisionFilter(scope)) } },
          { $group: { _id: '$enterpriseId', hires: { $sum: '$hiringIntentions' } } },
        ]).exec();
        for (const row of rows) results.set(JSON.stringify([scope, row._id]), row.hires);
      }
      return keys.map((key) => results.get(key) ?? null);
    }),
    indicators: createIndicatorLoader(models, { unitTops: options.perturbs }),
  };
}

export type CivilAffairsLoaders = ReturnType<typeof createCivilAffairsLoaders>;

/** `$in` built from typed values, marked trusted so the connection's sanitizeFilter keeps it an operator. */
export function anyOf(values: readonly unknown[]): unknown {
  return mongoose.trusted({ $in: [...values] });
}
