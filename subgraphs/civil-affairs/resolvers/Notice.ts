import type { MutationResolvers, NoticeResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { divisionLevelOf } from '../../../platform/world/division-code.js';
import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import { draftNotice, publishNotice, recordNoticeRead, withdrawNotice } from '../writes/notices.js';
import { canReadNotice, noticeList, noticeReads } from '../notice-queries.js';
import { loadDivision } from './divisions.js';
import { writerFor } from '../../../platform/access/write-access.js';
import type { CivilAffairsContext } from '../context.js';

export const Notice: NoticeResolvers = {
  id: (notice) => notice._id,
  publisher: (notice, _args, ctx) => {
    const level = divisionLevelOf(notice.divisionCode);
    return level ? loadDivision(ctx, notice.divisionCode, level) : null;
  },
  readCount: async (notice, _args, ctx) => (await noticeReads(ctx, notice._id)).reduce((sum, row) => sum + row.count, 0),
  readCounts: (notice, _args, ctx) => noticeReads(ctx, notice._id),
  version: (notice) => recordVersion(notice),
  history: (notice, args, ctx) => historyConnection(notice, args, ctx.cursors, 'Notice'),
};

export const noticeQuery: Pick<QueryResolvers, 'notice' | 'notices'> = {
  async notice(_root, { id }, ctx) {
    const found = await ctx.models.Notice.findById(id).lean().exec();
    return found && canReadNotice(ctx, found) ? found : null;
  },
  notices: (_root, { filter, orderBy, first, after }, ctx) => noticeList(ctx, filter, orderBy, { first, after }),
};

const writer = writerFor<CivilAffairsContext>();

export const noticeMutation: Pick<MutationResolvers, 'draftNotice' | 'publishNotice' | 'withdrawNotice' | 'recordNoticeRead'> = {
  draftNotice: writer((ctx, { input, idempotencyKey }) => draftNotice(ctx, input, idempotencyKey)),
  publishNotice: writer(publishNotice),
  withdrawNotice: writer(withdrawNotice),
  recordNoticeRead: writer(recordNoticeRead),
};
