import type { PetitionDimension } from './__generated__/resolvers-types.js';
import type { UrbanManagementContext } from './context.js';
import { petitionModel, type PetitionCategory, type PetitionChannel } from './petition-model.js';
import { groupId, monthOf, statisticsMatch, statisticsRequest } from '../shared/statistics.js';

/**
 * `petitionStatistics`: petitions received in a division and period, grouped by category,
 * channel, street, community and month (Asia/Shanghai), in one aggregation pipeline. Counts of
 * petitions carry no personal data, so analysts may read them (no small-group suppression:
 * a petition count does not describe a person's circumstances the way an assistance count does).
 */
export interface PetitionStatisticsRow {
  keys: { category: PetitionCategory | null; channel: PetitionChannel | null; street: string | null; community: string | null; month: string | null };
  petitions: number;
  repeats: number;
  longStanding: number;
  closed: number;
  averageSatisfaction: number | null;
}

const DIMENSIONS: Record<PetitionDimension, unknown> = {
  CATEGORY: '$category',
  CHANNEL: '$channel',
  STREET: '$streetCode',
  COMMUNITY: '$communityCode',
  MONTH: monthOf('$receivedAt'),
};

interface GroupedRow {
  _id: Partial<Record<PetitionDimension, string | null>>;
  petitions: number;
  repeats: number;
  longStanding: number;
  closed: number;
  averageSatisfaction: number | null;
}

export async function petitionStatistics(
  ctx: UrbanManagementContext,
  args: { division: string; from?: Date | null; to?: Date | null; groupBy: readonly PetitionDimension[] },
): Promise<PetitionStatisticsRow[] | null> {
  const request = statisticsRequest(ctx.access, args);
  if (!request) return null;
  const rows = await petitionModel(ctx.connection)
    .aggregate<GroupedRow>([
      { $match: statisticsMatch(request, 'receivedAt') },
      {
        $group: {
          _id: groupId(args.groupBy, DIMENSIONS),
          petitions: { $sum: 1 },
          repeats: { $sum: { $cond: ['$repeat', 1, 0] } },
          longStanding: { $sum: { $cond: [{ $eq: ['$longStandingStatus', 'NONE'] }, 0, 1] } },
          closed: { $sum: { $cond: [{ $eq: ['$status', 'CLOSED'] }, 1, 0] } },
          averageSatisfaction: { $avg: '$satisfaction' },
        },
      },
      { $sort: { _id: 1 } },
    ])
    .exec();
  return rows.map((row) => ({
    keys: {
      category: (row._id.CATEGORY as PetitionCategory | undefined) ?? null,
      channel: (row._id.CHANNEL as PetitionChannel | undefined) ?? null,
      street: row._id.STREET ?? null,
      community: row._id.COMMUNITY ?? null,
      month: row._id.MONTH ?? null,
    },
    petitions: row.petitions,
    repeats: row.repeats,
    longStanding: row.longStanding,
    closed: row.closed,
    averageSatisfaction: row.averageSatisfaction === null ? null : Math.round(row.averageSatisfaction * 100) / 100,
  }));
}
