import { cellKeyOf, RECORD_KEY_SUM, type DisclosureControl } from '../../platform/access/disclosure-control.js';
import {
  DIVISION_DIMENSIONS,
  groupId,
  rowKeys,
  monthOf,
  monthWindows,
  rowKey,
  statisticsMatch,
  type GroupedId,
  type StatisticsRequest,
} from '../../platform/query/statistics.js';
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
 *
 * For analysts and services every figure of a row is a perturbed cell (disclosure-control.ts,
 * the same measure tags as the indicators, so a row and the indicator over the same records
 * agree); a row with a withheld count has all its figures null and `suppressed: true`.
 */
type Suppressed<R> = R & { suppressed: boolean };

interface AssistanceKeys {
  street?: string | null;
  community?: string | null;
  grid?: string | null;
  program?: AssistanceProgram;
  tier?: DibaoTier | null;
  urbanRural?: 'URBAN' | 'RURAL';
  month?: string;
}

interface AssistanceRow {
  keys: AssistanceKeys;
  households: number | null;
  persons: number | null;
  amountYuan: number | null;
  payments: number | null;
}

interface ServiceKeys {
  street?: string | null;
  community?: string | null;
  grid?: string | null;
  kind?: ServiceKind;
  course?: string | null;
  month?: string;
}

interface ServiceRow {
  keys: ServiceKeys;
  persons: number | null;
}

function byKeys<R extends { keys: object }>(a: R, b: R): number {
  return JSON.stringify(Object.values(a.keys)).localeCompare(JSON.stringify(Object.values(b.keys)));
}

/** The pipeline-expression form of `activeIn`, for a month window: started before its end, not ended before its start. */
function activeCondition(start: unknown, end: unknown): Record<string, unknown> {
  return {
    $and: [
      { $lt: ['$startedAt', end] },
      { $or: [{ $eq: [{ $ifNull: ['$endedAt', null] }, null] }, { $gte: ['$endedAt', start] }] },
    ],
  };
}

export async function assistanceStatistics(
  models: CivilAffairsModels,
  request: StatisticsRequest,
  options: {
    groupBy: readonly AssistanceDimension[];
    programs: readonly AssistanceProgram[];
    control: DisclosureControl;
  },
): Promise<Suppressed<AssistanceRow>[]> {
  const groupBy = [...new Set(options.groupBy)];
  const byMonth = groupBy.includes('MONTH');
  const programs = { program: { $in: [...options.programs] } };
  const caseDimensions = {
    ...DIVISION_DIMENSIONS,
    PROGRAM: '$program',
    TIER: '$tier',
    URBAN_RURAL: '$urbanRural',
    MONTH: '$month',
  };

  // Cases are a stock: grouped by MONTH, each case counts in every month it was active in.
  const activeCases = byMonth
    ? [
        {
          $addFields: {
            month: {
              $map: {
                input: {
                  $filter: {
                    input: { $literal: monthWindows(request.from, request.to) },
                    as: 'window',
                    cond: activeCondition('$$window.start', '$$window.end'),
                  },
                },
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
    {
      $group: {
        _id: groupId(groupBy, caseDimensions),
        households: { $sum: 1 },
        persons: { $sum: '$persons' },
        keys: RECORD_KEY_SUM,
      },
    },
  ];

  // Payments carry no tier: grouped by TIER, they are first summed per case (one row per case
  // instead of one per payment), then each case's tier is looked up and the sums regrouped.
  // Perturbed figures also need each row's largest total of one case, so they are summed per case too.
  const paymentDimensions = { ...caseDimensions, MONTH: monthOf('$paidAt') };
  const perCase = groupBy.filter((dimension) => dimension !== 'TIER');
  const regrouped = Object.fromEntries(perCase.map((dimension) => [dimension, `$_id.${dimension}`]));
  const caseSums = { amountFen: { $sum: '$amountFen' }, payments: { $sum: 1 }, keys: RECORD_KEY_SUM };
  const rowSums = {
    amountFen: { $sum: '$amountFen' },
    payments: { $sum: '$payments' },
    keys: { $sum: '$keys' },
    topCaseFen: { $max: '$amountFen' },
  };
  const grouping = groupBy.includes('TIER')
    ? [
        { $group: { _id: { ...groupId(perCase, paymentDimensions), caseId: '$caseId' }, ...caseSums } },
        {
          $lookup: {
            from: models.AssistanceCase.collection.collectionName,
            localField: '_id.caseId',
            foreignField: '_id',
            as: 'case',
          },
        },
        { $group: { _id: { ...regrouped, TIER: { $arrayElemAt: ['$case.tier', 0] } }, ...rowSums } },
      ]
    : options.control.perturbs
      ? [
          { $group: { _id: { ...groupId(perCase, paymentDimensions), caseId: '$caseId' }, ...caseSums } },
          { $group: { _id: regrouped, ...rowSums } },
        ]
      : [{ $group: { _id: groupId(groupBy, paymentDimensions), ...caseSums } }];
  const paymentsPipeline = [{ $match: { ...statisticsMatch(request, 'paidAt'), ...programs } }, ...grouping];

  const [cases, payments] = await Promise.all([
    models.AssistanceCase.aggregate<{ _id: GroupedId; households: number; persons: number; keys: number }>(
      casesPipeline,
    ).exec(),
    models.BenefitPayment.aggregate<{
      _id: GroupedId;
      amountFen: number;
      payments: number;
      keys: number;
      topCaseFen?: number;
    }>(paymentsPipeline).exec(),
  ]);

  interface Cells {
    row: AssistanceRow;
    caseKeys: number;
    paymentKeys: number;
    topCaseFen: number;
  }
  const rows = new Map<string, Cells>();
  const rowOf = (id: GroupedId) => {
    const key = rowKey(id, groupBy);
    const row = rows.get(key) ?? {
      row: { keys: rowKeys<AssistanceKeys>(id, groupBy), households: 0, persons: 0, amountYuan: 0, payments: 0 },
      caseKeys: 0,
      paymentKeys: 0,
      topCaseFen: 0,
    };
    rows.set(key, row);
    return row;
  };
  for (const grouped of cases) {
    const cells = rowOf(grouped._id);
    Object.assign(cells.row, { households: grouped.households, persons: grouped.persons });
    cells.caseKeys = grouped.keys;
  }
  for (const grouped of payments) {
    const cells = rowOf(grouped._id);
    Object.assign(cells.row, { amountYuan: grouped.amountFen / 100, payments: grouped.payments });
    Object.assign(cells, { paymentKeys: grouped.keys, topCaseFen: grouped.topCaseFen ?? 0 });
  }
  const control = options.control;
  return [...rows.values()]
    .map(({ row, caseKeys, paymentKeys, topCaseFen }): Suppressed<AssistanceRow> => {
      if (!control.perturbs) return { ...row, suppressed: false };
      const households = control.count({
        tag: 'assistance_cases/households',
        value: row.households ?? 0,
        key: cellKeyOf(caseKeys),
      });
      const persons = control.count({
        tag: 'assistance_cases/persons',
        value: row.persons ?? 0,
        key: cellKeyOf(caseKeys),
      });
      const paid = control.count({
        tag: 'benefit_payments/payments',
        value: row.payments ?? 0,
        key: cellKeyOf(paymentKeys),
      });
      if (households.suppressed || persons.suppressed || paid.suppressed)
        return { ...row, households: null, persons: null, amountYuan: null, payments: null, suppressed: true };
      const amountYuan = control.amount({
        tag: 'benefit_payments/amount',
        value: row.amountYuan ?? 0,
        key: cellKeyOf(paymentKeys),
        top: topCaseFen / 100,
      });
      return {
        ...row,
        households: households.value,
        persons: persons.value,
        payments: paid.value,
        amountYuan,
        suppressed: false,
      };
    })
    .sort(byKeys);
}

export async function serviceStatistics(
  models: CivilAffairsModels,
  request: StatisticsRequest,
  options: { groupBy: readonly ServiceDimension[]; kinds: readonly ServiceKind[] | null; control: DisclosureControl },
): Promise<Suppressed<ServiceRow>[]> {
  const groupBy = [...new Set(options.groupBy)];
  const dimensions = { ...DIVISION_DIMENSIONS, KIND: '$kind', COURSE: '$course', MONTH: monthOf('$date') };
  const rows = await models.ServiceRecord.aggregate<{ _id: GroupedId; persons: number; keys: number }>([
    {
      $match: { ...statisticsMatch(request, 'date'), ...(options.kinds ? { kind: { $in: [...options.kinds] } } : {}) },
    },
    { $group: { _id: groupId(groupBy, dimensions), persons: { $sum: 1 }, keys: RECORD_KEY_SUM } },
  ]).exec();
  return rows
    .map((row): Suppressed<ServiceRow> => {
      const persons = options.control.count({
        tag: 'service_records/persons',
        value: row.persons,
        key: cellKeyOf(row.keys),
      });
      return { keys: rowKeys<ServiceKeys>(row._id, groupBy), persons: persons.value, suppressed: persons.suppressed };
    })
    .sort(byKeys);
}
