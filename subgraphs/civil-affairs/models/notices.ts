import { Schema } from 'mongoose';
import { scopeToJurisdiction, type ScopeFilter } from '../../../platform/access/data-scope.js';
import { divisionPaths, withDivisionAncestry } from '../../../platform/query/division-fields.js';
import { ancestorCodes, recordsFilter } from '../../../platform/access/jurisdiction.js';
import { withIdempotency, type Idempotent } from '../../../platform/writes/idempotency.js';
import { searchName } from '../../../platform/query/search-name.js';
import { versionedPaths, type Versioned } from '../../../platform/writes/write-model.js';

/**
 * Notices (信息发布, e.g. 大港街道's 慧·安大港 platform). A notice belongs to its publishing
 * division (`divisionCode` and ancestry: the officials' list is scoped by it) and reaches the
 * divisions in `targetCodes`: a community receives a notice when one of the targets is a prefix
 * of its code (its district, its street or itself). A community has at most three such
 * prefixes, so "current notices of a community" is one indexed `$in` on `targetCodes`.
 *
 * Read counts are counters per (notice, community) in their own collection: a resident opening
 * a notice is not a change of the notice, so it neither bumps the version nor adds history.
 * Both schemas are registered by `createCivilAffairsModels` (models.ts) with the domain's others.
 */
export const NOTICE_CATEGORIES = ['POLICY', 'SERVICE', 'SAFETY', 'ACTIVITY'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];
export const NOTICE_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export type NoticeRecord = {
  /** The publishing division and its ancestry. */
  divisionCode: string;
  districtCode: string;
  streetCode: string | null;
  communityCode: string | null;
  gridCode: string | null;
  title: string;
  /** The title in Simplified script (大港's notices are written in Traditional), for `titleContains`. */
  searchTitle: string;
  body: string;
  category: NoticeCategory;
  status: NoticeStatus;
  targetCodes: string[];
  draftedAt: Date;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
} & Versioned &
  Idempotent;

export type NoticeReadRecord = {
  /** `<noticeId>:<communityCode>` */
  _id: string;
  noticeId: string;
  communityCode: string;
  count: number;
};

/** Anchored prefix: the codes a subtree root stands for, indexable on MongoDB. */
const under = (root: string) => ({ $regex: `^${root}` });

/**
 * A viewer sees the notices their jurisdiction published, and the published notices that reach
 * it: targeted at a division inside it, or at one of its ancestors.
 */
const visibleNotices: ScopeFilter = (jurisdiction) => {
  const own = recordsFilter(jurisdiction);
  if (own === null) return null;
  const targets = [
    { targetCodes: { $in: [...jurisdiction, ...ancestorCodes(jurisdiction)] } },
    ...jurisdiction.map((root) => ({ targetCodes: under(root) })),
  ];
  return { $or: [own, { status: 'PUBLISHED', $or: targets }] };
};

/** Read counters of the communities inside the jurisdiction, or of the community holding a grid in it. */
const visibleNoticeReads: ScopeFilter = (jurisdiction) =>
  jurisdiction.length === 0
    ? null
    : { $or: jurisdiction.map((root) => ({ communityCode: root.length >= 12 ? root.slice(0, 12) : under(root) })) };

export const noticeSchema = withDivisionAncestry(
  new Schema<NoticeRecord>(
    {
      _id: { type: String, required: true },
      ...divisionPaths,
      title: { type: String, required: true },
      searchTitle: { type: String, required: true },
      body: { type: String, required: true },
      category: { type: String, enum: NOTICE_CATEGORIES, required: true },
      status: { type: String, enum: NOTICE_STATUSES, required: true },
      targetCodes: { type: [String], required: true },
      draftedAt: { type: Date, required: true },
      publishedAt: { type: Date, default: null },
      withdrawnAt: { type: Date, default: null },
      ...versionedPaths,
    },
    { collection: 'notices', versionKey: false },
  ),
  visibleNotices,
);
withIdempotency(noticeSchema);
noticeSchema.index({ targetCodes: 1, status: 1, publishedAt: -1 });
noticeSchema.index({ publishedAt: -1 });

export const noticeReadSchema = new Schema<NoticeReadRecord>(
  {
    _id: { type: String, required: true },
    noticeId: { type: String, required: true, index: true },
    communityCode: { type: String, required: true },
    count: { type: Number, required: true },
  },
  { collection: 'notice_reads', versionKey: false },
);
scopeToJurisdiction(noticeReadSchema, visibleNoticeReads);

export function noticeReadId(noticeId: string, communityCode: string): string {
  return `${noticeId}:${communityCode}`;
}

/** The Simplified-script key `titleContains` searches (see search-name.ts). */
export function searchTitleOf(title: string): string {
  return searchName(title);
}
