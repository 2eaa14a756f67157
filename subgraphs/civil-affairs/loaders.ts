import DataLoader from 'dataloader';
import type { Model } from 'mongoose';
import { divisionFilter } from '../../platform/world/division-code.js';
import type { CursorList, CursorSeal } from '../../platform/query/cursor-seal.js';
import {
  findConnection,
  groupedConnectionLoader,
  mongoSort,
  noRows,
  operator,
  parsePage,
  toConnection,
  uniqueKeyLoader,
  type Connection,
  type PageArgs,
  type SortSpec,
} from '../../platform/query/pagination.js';
import { createIndicatorLoader } from './indicators.js';
import { communityNoticeFilter, targetsReaching } from './lists.js';
import type { CivilAffairsModels, NoticeCategory, NoticeReadRecord, NoticeRecord } from './models.js';

/**
 * Per-request loaders: every entity reference and every nested list goes through one of these,
 * so N parents or N representations cost one database query per batch.
 */
export function createCivilAffairsLoaders(
  models: CivilAffairsModels,
  cursors: CursorSeal,
  options: { perturbs: boolean },
) {
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
    /** A notice's read counters: one query for all notices of a response. */
    noticeReads: new DataLoader<string, NoticeReadRecord[]>(async (ids) => {
      const filter: Record<string, unknown> = { noticeId: operator('$in', [...ids]) };
      const rows = await models.NoticeRead.find(filter).sort({ _id: 1 }).lean<NoticeReadRecord[]>().exec();
      return ids.map((id) => rows.filter((row) => row.noticeId === id));
    }),
    communityNotices: communityNoticesLoader(models.Notice, cursors),
  };
}

/**
 * `Community.notices`: the published notices whose targets include the community's district,
 * street or itself. Targets are prefixes, so parents cannot be grouped on one stored field as
 * `groupedConnectionLoader` does; instead all communities asking for the same page shape share
 * ONE aggregation: a `$match` on the union of their prefixes (the `targetCodes` index), the sort,
 * then one `$facet` branch per community that keeps the notices reaching it, counts and slices.
 * A page after a cursor is rare in nested lists and is answered by its own query.
 */
interface CommunityNoticesKey {
  communityCode: string;
  categories: readonly NoticeCategory[] | null;
  sort: SortSpec;
  args: PageArgs;
}

type FacetRow = { totalCount: number; nodes: NoticeRecord[] };

/** The list of one community's notices: the published notices reaching it, in these categories. */
function communityNoticeList(key: CommunityNoticesKey): CursorList {
  return { name: `notices|reaching=${key.communityCode}`, filter: { categories: key.categories } };
}

function communityNoticesLoader(
  Notice: Model<NoticeRecord>,
  cursors: CursorSeal,
): DataLoader<CommunityNoticesKey, Connection<NoticeRecord>, string> {
  return new DataLoader<CommunityNoticesKey, Connection<NoticeRecord>, string>(
    async (keys) => {
      // A parent's bad cursor fails that parent's field only (DataLoader takes an Error per key), not its siblings'.
      const results = new Map<CommunityNoticesKey, Connection<NoticeRecord> | Error>();
      const batches = new Map<string, CommunityNoticesKey[]>();
      for (const key of keys) {
        if (key.args.after) {
          results.set(
            key,
            await findConnection(
              Notice,
              communityNoticeFilter(targetsReaching(key.communityCode), key.categories),
              key.sort,
              key.args,
              cursors,
              { list: communityNoticeList(key) },
            ).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
          );
          continue;
        }
        const shape = JSON.stringify([key.categories, key.sort, key.args.first ?? null]);
        batches.set(shape, [...(batches.get(shape) ?? []), key]);
      }
      for (const batch of batches.values()) {
        const { categories, sort, args } = batch[0];
        const page = parsePage(args, sort, cursors);
        const communities = [...new Set(batch.map((key) => key.communityCode))];
        const branch = (code: string) => [
          { $match: { targetCodes: { $in: targetsReaching(code) } } },
          { $group: { _id: null, totalCount: { $sum: 1 }, nodes: { $push: '$$ROOT' } } },
          { $project: { totalCount: 1, nodes: { $slice: ['$nodes', page.limit + 1] } } },
        ];
        const [facets] = await Notice.aggregate<Record<string, FacetRow[]>>([
          { $match: communityNoticeFilter(communities.flatMap(targetsReaching), categories) },
          { $sort: mongoSort(sort) },
          { $facet: Object.fromEntries(communities.map((code, index) => [`c${index}`, branch(code)])) },
        ]).exec();
        const byCommunity = new Map(communities.map((code, index) => [code, facets?.[`c${index}`]?.[0]]));
        for (const key of batch) {
          const row = byCommunity.get(key.communityCode);
          results.set(
            key,
            row
              ? toConnection(row.nodes, page, sort, row.totalCount, communityNoticeList(key))
              : noRows<NoticeRecord>(),
          );
        }
      }
      return keys.map((key) => results.get(key) ?? noRows<NoticeRecord>());
    },
    { cacheKeyFn: (key) => JSON.stringify([key.communityCode, key.categories, key.sort, key.args]) },
  );
}

export type CivilAffairsLoaders = ReturnType<typeof createCivilAffairsLoaders>;
