import DataLoader from 'dataloader';
import type { CursorList } from '../../platform/query/cursor-seal.js';
import { findConnection, mongoSort, noRows, operator, parsePage, toConnection, type Connection, type PageArgs, type SortSpec } from '../../platform/query/pagination.js';
import type { CommunityNoticeFilter, NoticeOrder } from './__generated__/resolvers-types.js';
import type { CivilAffairsContext } from './context.js';
import type { NoticeCategory, NoticeRecord } from './models.js';
import { noticeSort, targetsReaching } from './notice-queries.js';

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

function reachingFilter(codes: readonly string[], categories: readonly NoticeCategory[] | null): Record<string, unknown> {
  return { status: 'PUBLISHED', targetCodes: operator('$in', [...codes]), ...(categories ? { category: operator('$in', [...categories]) } : {}) };
}

/** The list of one community's notices: the published notices reaching it, in these categories. */
function listOf(key: CommunityNoticesKey): CursorList {
  return { name: `notices|reaching=${key.communityCode}`, filter: { categories: key.categories } };
}

function createLoader(ctx: CivilAffairsContext): DataLoader<CommunityNoticesKey, Connection<NoticeRecord>, string> {
  const { Notice } = ctx.models;
  return new DataLoader<CommunityNoticesKey, Connection<NoticeRecord>, string>(
    async (keys) => {
      // A parent's bad cursor fails that parent's field only (DataLoader takes an Error per key), not its siblings'.
      const results = new Map<CommunityNoticesKey, Connection<NoticeRecord> | Error>();
      const batches = new Map<string, CommunityNoticesKey[]>();
      for (const key of keys) {
        if (key.args.after) {
          results.set(key, await findConnection(Notice, reachingFilter(targetsReaching(key.communityCode), key.categories), key.sort, key.args, ctx.cursors, { list: listOf(key) }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
          continue;
        }
        const shape = JSON.stringify([key.categories, key.sort, key.args.first ?? null]);
        batches.set(shape, [...(batches.get(shape) ?? []), key]);
      }
      for (const batch of batches.values()) {
        const { categories, sort, args } = batch[0];
        const page = parsePage(args, sort, ctx.cursors);
        const communities = [...new Set(batch.map((key) => key.communityCode))];
        const branch = (code: string) => [
          { $match: { targetCodes: { $in: targetsReaching(code) } } },
          { $group: { _id: null, totalCount: { $sum: 1 }, nodes: { $push: '$$ROOT' } } },
          { $project: { totalCount: 1, nodes: { $slice: ['$nodes', page.limit + 1] } } },
        ];
        const [facets] = await Notice.aggregate<Record<string, FacetRow[]>>([
          { $match: reachingFilter(communities.flatMap(targetsReaching), categories) },
          { $sort: mongoSort(sort) },
          { $facet: Object.fromEntries(communities.map((code, index) => [`c${index}`, branch(code)])) },
        ]).exec();
        const byCommunity = new Map(communities.map((code, index) => [code, facets?.[`c${index}`]?.[0]]));
        for (const key of batch) {
          const row = byCommunity.get(key.communityCode);
          results.set(key, row ? toConnection(row.nodes, page, sort, row.totalCount, listOf(key)) : noRows<NoticeRecord>());
        }
      }
      return keys.map((key) => results.get(key) ?? noRows<NoticeRecord>());
    },
    { cacheKeyFn: (key) => JSON.stringify([key.communityCode, key.categories, key.sort, key.args]) },
  );
}

const loaders = new WeakMap<CivilAffairsContext, ReturnType<typeof createLoader>>();

export interface CommunityNoticesArgs extends PageArgs {
  filter?: CommunityNoticeFilter | null;
  orderBy?: NoticeOrder | null;
}

export function currentNoticesOf(ctx: CivilAffairsContext, communityCode: string, args: CommunityNoticesArgs): Promise<Connection<NoticeRecord>> | Connection<NoticeRecord> {
  const sort = noticeSort(args.orderBy, false);
  parsePage(args, sort, ctx.cursors);
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = createLoader(ctx);
    loaders.set(ctx, loader);
  }
  const categories = args.filter?.category?.length ? [...new Set(args.filter.category)].sort() : null;
  return loader.load({ communityCode, categories, sort, args: { first: args.first, after: args.after } });
}
