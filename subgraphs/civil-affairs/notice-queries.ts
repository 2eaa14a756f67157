import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { divisionFilter, isWithin, parseDivisionCode } from '../../platform/world/division-code.js';
import { containsText, emptyPage, findConnection, operator, type Connection, type PageArgs, type SortSpec } from '../../platform/query/pagination.js';
import type { NoticeFilter, NoticeOrder } from './__generated__/resolvers-types.js';
import { badUserInput } from '../../platform/contract/errors.js';
import type { CivilAffairsContext } from './context.js';
import { searchTitleOf, type NoticeReadRecord, type NoticeRecord } from './models.js';
import { dateArgument } from '../../platform/contract/scalars.js';

/**
 * Reading notices. Published notices are public information: anyone whose jurisdiction
 * overlaps a notice's publisher or targets may read it. Drafts and withdrawn notices are
 * working documents, visible only to those who manage notices (admins, civil-affairs officials
 * inside their jurisdiction).
 */
const NEWEST_FIRST: SortSpec = { field: 'publishedAt', direction: 'DESC' };
const NEWEST_DRAFT_FIRST: SortSpec = { field: 'draftedAt', direction: 'DESC' };

/** The codes whose notices reach a community: its district, its street and itself. */
export function targetsReaching(communityCode: string): string[] {
  return [communityCode.slice(0, 6), communityCode.slice(0, 9), communityCode];
}

export function reachesCommunity(notice: NoticeRecord, communityCode: string): boolean {
  return notice.status === 'PUBLISHED' && notice.targetCodes.some((target) => isWithin(communityCode, target));
}

function managesNotices(ctx: CivilAffairsContext): boolean {
  const { viewer } = ctx;
  return viewer.role === 'admin' || (['district_official', 'street_official', 'community_worker'].includes(viewer.role) && viewer.domains.includes('civil-affairs'));
}

export function canReadNotice(ctx: CivilAffairsContext, notice: NoticeRecord): boolean {
  if (notice.status !== 'PUBLISHED') return managesNotices(ctx) && ctx.access.canSeeRecordIn(notice.divisionCode);
  return ctx.access.canSeeRecordIn(notice.divisionCode) || notice.targetCodes.some((target) => ctx.access.canSeeDivision(target));
}

/**
 * The sort of a notice list: newest first when `orderBy` is omitted. `publishedAt` is null on
 * drafts, and keyset pages need a field that is never null, so PUBLISHED_AT is refused for a
 * list that may hold drafts.
 */
export function noticeSort(orderBy: NoticeOrder | null | undefined, mayHoldDrafts: boolean): SortSpec {
  if (!orderBy) return mayHoldDrafts ? NEWEST_DRAFT_FIRST : NEWEST_FIRST;
  const field = orderBy.field ?? 'PUBLISHED_AT';
  if (field === 'PUBLISHED_AT' && mayHoldDrafts) throw badUserInput('orderBy', 'PUBLISHED_AT needs filter.status without DRAFT: drafts have no publishedAt');
  return { field: field === 'DRAFTED_AT' ? 'draftedAt' : 'publishedAt', direction: orderBy.direction ?? 'DESC' };
}

function dateRange(from: Date | null, to: Date | null): unknown {
  if (from && to) return mongoose.trusted({ $gte: from, $lt: to });
  if (from) return operator('$gte', from);
  if (to) return operator('$lt', to);
  return undefined;
}

/** The officials' list: notices published by divisions inside the requested scope and the jurisdiction. */
export function noticeList(
  ctx: CivilAffairsContext,
  filter: NoticeFilter | null | undefined,
  orderBy: NoticeOrder | null | undefined,
  args: PageArgs,
): Promise<Connection<NoticeRecord>> | Connection<NoticeRecord> {
  const requested = filter?.divisionCode ? parseDivisionCode(filter.divisionCode, 'filter.divisionCode') : null;
  const statuses = managesNotices(ctx) ? filter?.status : (filter?.status ?? ['PUBLISHED']).filter((status) => status === 'PUBLISHED');
  const sort = noticeSort(orderBy, !(statuses && statuses.length > 0 && !statuses.includes('DRAFT')));
  const from = dateArgument(filter?.from, 'filter.from');
  const to = dateArgument(filter?.to, 'filter.to');
  const scope = ctx.access.scope(requested);
  if (scope === null || (statuses && statuses.length === 0)) return emptyPage(args, sort, ctx.cursors);
  const conditions: Record<string, unknown>[] = [];
  if (scope !== '') conditions.push(divisionFilter(scope));
  if (statuses) conditions.push({ status: operator('$in', statuses) });
  if (filter?.category?.length) conditions.push({ category: operator('$in', filter.category) });
  if (filter?.titleContains) conditions.push({ searchTitle: containsText(searchTitleOf(filter.titleContains), 'filter.titleContains') });
  const published = dateRange(from, to);
  if (published) conditions.push({ publishedAt: published });
  const query = conditions.length === 0 ? {} : { $and: conditions };
  return findConnection(ctx.models.Notice, query, sort, args, ctx.cursors);
}

/** Per-request loader of a notice's read counters: one query for all notices of a response. */
const readLoaders = new WeakMap<CivilAffairsContext, DataLoader<string, NoticeReadRecord[]>>();

export function noticeReads(ctx: CivilAffairsContext, noticeId: string): Promise<NoticeReadRecord[]> {
  let loader = readLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, NoticeReadRecord[]>(async (ids) => {
      const filter: Record<string, unknown> = { noticeId: operator('$in', [...ids]) };
      const rows = await ctx.models.NoticeRead.find(filter).sort({ _id: 1 }).lean<NoticeReadRecord[]>().exec();
      return ids.map((id) => rows.filter((row) => row.noticeId === id));
    });
    readLoaders.set(ctx, loader);
  }
  return loader.load(noticeId);
}
