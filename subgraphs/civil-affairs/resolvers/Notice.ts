import type { NoticeResolvers } from '../__generated__/resolvers-types.js';
import { divisionLevelOf } from '../../../platform/world/division-code.js';
import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import type { CivilAffairsContext } from '../context.js';
import type { NoticeRecord } from '../models.js';
import { loadDivision } from './Division.js';

export const Notice: NoticeResolvers = {
  id: (notice) => notice._id,
  publisher: (notice, _args, ctx) => {
    const level = divisionLevelOf(notice.divisionCode);
    return level ? loadDivision(ctx, notice.divisionCode, level) : null;
  },
  readCount: async (notice, _args, ctx) =>
    (await ctx.loaders.noticeReads.load(notice._id)).reduce((sum, row) => sum + row.count, 0),
  readCounts: (notice, _args, ctx) => ctx.loaders.noticeReads.load(notice._id),
  version: (notice) => recordVersion(notice),
  history: (notice, args, ctx) => historyConnection(notice, args, ctx.cursors, 'Notice'),
};

/**
 * Reading notices. Published notices are public information: anyone whose jurisdiction
 * overlaps a notice's publisher or targets may read it. Drafts and withdrawn notices are
 * working documents, visible only to those who manage notices (admins, civil-affairs officials
 * inside their jurisdiction).
 */
export function managesNotices(ctx: CivilAffairsContext): boolean {
  const { viewer } = ctx;
  return (
    viewer.role === 'admin' ||
    (['district_official', 'street_official', 'community_worker'].includes(viewer.role) &&
      viewer.domains.includes('civil-affairs'))
  );
}

export function canReadNotice(ctx: CivilAffairsContext, notice: NoticeRecord): boolean {
  if (notice.status !== 'PUBLISHED') return managesNotices(ctx) && ctx.access.canSeeRecordIn(notice.divisionCode);
  return (
    ctx.access.canSeeRecordIn(notice.divisionCode) ||
    notice.targetCodes.some((target) => ctx.access.canSeeDivision(target))
  );
}
