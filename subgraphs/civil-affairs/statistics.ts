import type { Role } from '../shared/identity.js';
import { suppressSmallGroups, type Suppressed } from '../shared/small-groups.js';
import { DIVISION_DIMENSIONS, groupId, rowKeys, monthOf, monthWindows, rowKey, statisticsMatch, type StatisticsRequest } from '../shared/statistics.js';
import { activeIn } from './indicators.js';
import type { AssistanceDimension, ServiceDimension } from './__generated__/resolvers-types.js';
import type { AssistanceProgram, CivilAffairsModels, DibaoTier, ServiceKind } from './models.js';

/**
 * `civilAffairsStatistics`: assistance and service figures of a division grouped by the
 * dimensions the caller asks for, each an aggregation pipeline. Only grouped rows reach
 * JavaScript, where the rows of the case and payment pipelines are merged by their key.
 *
 * Period semantics are the indicators' (indicators.ts): a case counts when active at some time
 * in [from, to) (grouped by MONTH: in each month), payments and services when dated in it.
 */
export interface AssistanceKeys {
  street?: string | null;
  community?: string | null;
  grid?: string | null;
  program?: AssistanceProgram;
  tier?: DibaoTier | null;
  urbanRural?: 'URBAN' | 'RURAL';
  month?: string;
}

export interface AssistanceRow {
  keys: AssistanceKeys;
  households: number | null;
  persons: number | null;
  amountYuan: number | null;
  payments: number | null;
}

export interface ServiceKeys {
  street?: string | null;
  community?: string | null;
  grid?: string | null;
  kind?: ServiceKind;
  course?: string | null;
  month?: string;
}

export interface ServiceRow {
  keys: ServiceKeys;
  persons: number | null;
}

type GroupedId = Record<string, unknown>;

const KEY_NAMES: Record<AssistanceDimension | ServiceDimension, string> = {
  STREET: 'street',
  COMMUNITY: 'community',
  GRID: 'grid',
  PROGRAM: 'program',
  TIER: 'tier',
  URBAN_RURAL: 'urbanRural',
  MONTH: 'month',
  KIND: 'kind',
  COURSE: 'course',
};


function byKeys<R extends { keys: object }>(a: R, b: R): number {
  return JSON.stringify(Object.values(a.keys)).localeCompare(JSON.stringify(Object.values(b.keys)));
}

/** The pipeline-expression form of `activeIn`, for a month window: started before its end, not ended before its start. */
function activeCondition(start: unknown, end: unknown): Record<string, unknown> {
  return { $and: [{ $lt: ['$startedAt', end] }, { $or: [{ $eq: [{ $ifNull: ['$endedAt', null] }, null] }, { $gte: ['$endedAt', start] }] }] };
}

export async function assistanceStatistics(
  models: CivilAffairsModels,
  request: StatisticsRequest,
  options: { groupBy: readonly AssistanceDimension[]; programs: readonly AssistanceProgram[]; role: Role },
): Promise<Suppressed<AssistanceRow>[]> {
  const groupBy = [...new Set(options.groupBy)];
  const byMonth = groupBy.includes('MONTH');
  const programs = { program: { $in: [...options.programs] } };
  const caseDimensions = { ...DIVISION_DIMENSIONS, PROGRAM: '$program', TIER: '$tier', URBAN_RURAL: '$urbanRural', MONTH: '$month' };

  // Cases are a stock: grouped by MONTH, each case counts in every month it was active in.
  const activeCases = byMonth
    ? [
        {
          $addFields: {
            month: {
              $map: {
                input: { $filter: { input: { $literal: monthWindows(request.from, request.to) }, as: 'window', cond: activeCondition('$$window.start', '$$window.end') } },
                as: 'window',
                in: '$$window.month',
              },
            },
          },
        },
        { $unwind: '$month' },
      ]
    : [];
  const casesPipeline = [
    { $match: { ...statisticsMatch(request), ...programs, ...activeIn(request.from, request.to) } },
    ...activeCases,
    { $group: { _id: groupId(groupBy, caseDimensions), households: { $sum: 1 }, persons: { $sum: '$persons' } } },
  ];

  // Payments carry no tier: grouped by TIER, they are first summed per case (one row per case
  // instead of one per payment), then each case's tier is looked up and the sums regrouped.
  const paymentDimensions = { ...caseDimensions, MONTH: monthOf('$paidAt') };
  const perCase = groupBy.filter((dimension) => dimension !== 'TIER');
  const regrouped = Object.fromEntries(perCase.map((dimension) => [dimension, `$_id.${dimension}`]));
  const grouping = groupBy.includes('TIER')
    ? [
        { $group: { _id: { ...groupId(perCase, paymentDimensions), caseId: '$caseId' }, amountFen: { $sum: '$amountFen' }, payments: { $sum: 1 } } },
        { $lookup: { from: models.AssistanceCase.collection.collectionName, localField: '_id.caseId', foreignField: '_id', as: 'case' } },
        { $group: { _id: { ...regrouped, TIER: { $arrayElemAt: ['$case.tier', 0] } }, amountFen: { $sum: '$amountFen' }, payments: { $sum: '$payments' } } },
      ]
    : [{ $group: { _id: groupId(groupBy, paymentDimensions), amountFen: { $sum: '$amountFen' }, payments: { $sum: 1 } } }];
  const paymentsPipeline = [{ $match: { ...statisticsMatch(request, 'paidAt'), ...programs } }, ...grouping];

  const [cases, payments] = await Promise.all([
    models.AssistanceCase.aggregate<{ _id: GroupedId; households: number; persons: number }>(casesPipeline).exec(),
    models.BenefitPayment.aggregate<{ _id: GroupedId; amountFen: number; payments: number }>(paymentsPipeline).exec(),
  ]);

  const rows = new Map<string, AssistanceRow>();
  const rowOf = (id: GroupedId) => {
    const key = rowKey(id, groupBy);
    const row = rows.get(key) ?? { keys: rowKeys<AssistanceKeys>(id, groupBy, KEY_NAMES), households: 0, persons: 0, amountYuan: 0, payments: 0 };
    rows.set(key, row);
    return row;
  };
  for (const row of cases) Object.assign(rowOf(row._id), { households: row.households, persons: row.persons });
  for (const row of payments) Object.assign(rowOf(row._id), { amountYuan: row.amountFen / 100, payments: row.payments });
  return suppressSmallGroups(
    [...rows.values()].sort(byKeys),
    options.role,
    (row) => row.persons ?? 0,
    (row) => ({ ...row, households: null, persons: null, amountYuan: null, payments: null }),
  );
}

export async function serviceStatistics(
  models: CivilAffairsModels,
  request: StatisticsRequest,
  options: { groupBy: readonly ServiceDimension[]; kinds: readonly ServiceKind[] | null; role: Role },
): Promise<Suppressed<ServiceRow>[]> {
  const groupBy = [...new Set(options.groupBy)];
  const dimensions = { ...DIVISION_DIMENSIONS, KIND: '$kind', COURSE: '$course', MONTH: monthOf('$date') };
  const rows = await models.ServiceRecord.aggregate<{ _id: GroupedId; persons: number }>([
    { $match: { ...statisticsMatch(request, 'date'), ...(options.kinds ? { kind: { $in: [...options.kinds] } } : {}) } },
    { $group: { _id: groupId(groupBy, dimensions), persons: { $sum: 1 } } },
  ]).exec();
  return suppressSmallGroups(
    rows.map((row): ServiceRow => ({ keys: rowKeys<ServiceKeys>(row._id, groupBy, KEY_NAMES), persons: row.persons })).sort(byKeys),
    options.role,
    (row) => row.persons ?? 0,
    (row) => ({ ...row, persons: null }),
  );
}
