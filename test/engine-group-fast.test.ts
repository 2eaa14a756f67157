import { describe, expect, it } from 'vitest';
import { serialize, type Document } from 'bson';
import { Aggregator } from 'mingo';
import { CollectionStore } from '../engine/collection-store.js';
import { groupedByExpressions } from '../engine/compiled-group.js';
import { aggregate } from '../engine/query.js';
import type { StoreView } from '../engine/store-view.js';

const D = (s: string) => new Date(s);
const FROM = D('2020-01-01T00:00:00Z');
const TO = D('2020-07-01T00:00:00Z');

/** Civil-affairs-like documents with the awkward cases: missing, null, strings for numbers, NaN, floats, arrays, documents. */
function documents(): Document[] {
  const docs: Document[] = [];
  const districts = ['410503', '410502', '410505'];
  const programs = ['DIBAO', 'TEKUN', 'LINSHI'];
  for (let i = 0; i < 240; i++) {
    const doc: Document = {
      _id: `d${i}`,
      districtCode: districts[i % 3],
      streetCode: `${districts[i % 3]}00${i % 4}`,
      program: programs[(i * 7) % 3],
      urbanRural: i % 5 === 0 ? 'RURAL' : 'URBAN',
      tier: ['A', 'B', 'C'][(i * 11) % 3],
      persons: (i % 6) + 1,
      amountFen: 1000 + i * 13,
      paidAt: new Date(Date.UTC(2019, 10 + (i % 12), 1 + (i % 27))),
      startedAt: new Date(Date.UTC(2019, i % 14, 1 + (i % 20))),
    };
    if (i % 17 === 0) doc.endedAt = new Date(Date.UTC(2019, i % 12, 3));
    if (i % 23 === 0) doc.endedAt = null;
    docs.push(doc);
  }
  // Odd values, one kind per document.
  const odd: Array<[string, unknown]> = [
    ['persons', '3'],
    ['persons', null],
    ['persons', undefined],
    ['persons', Number.NaN],
    ['persons', 2.5],
    ['persons', [1, 2]],
    ['persons', { v: 1 }],
    ['persons', true],
    ['amountFen', 0.1],
    ['amountFen', 0.2],
    ['amountFen', -7],
    ['amountFen', 2 ** 40],
    ['startedAt', '2020-03-01'],
    ['startedAt', null],
    ['startedAt', undefined],
    ['startedAt', 5],
    ['startedAt', new Date(Number.NaN)],
    ['startedAt', [FROM]],
    ['paidAt', '2020-03-01'],
    ['paidAt', null],
    ['paidAt', [FROM]],
    ['tier', null],
    ['tier', undefined],
    ['tier', 7],
    ['tier', ['A']],
    ['urbanRural', { a: 1 }],
    ['program', null],
    ['program', ['DIBAO']],
    ['districtCode', ['410503']],
    ['districtCode', 410503],
    ['endedAt', '2020-01-02'],
    ['endedAt', [null]],
  ];
  for (const [field, value] of odd) {
    const doc: Document = { ...docs[docs.length % 240], _id: `odd-${docs.length}-${field}` };
    if (value === undefined) delete doc[field];
    else doc[field] = value;
    docs.push(doc);
  }
  return docs;
}

const GROUPS: Document[] = [
  {
    _id: { code: '$districtCode', program: '$program', urbanRural: '$urbanRural', tier: '$tier' },
    households: { $sum: 1 },
    persons: { $sum: '$persons' },
    newHouseholds: { $sum: { $cond: [{ $gte: ['$startedAt', FROM] }, 1, 0] } },
  },
  {
    _id: { code: '$districtCode', program: '$program', urbanRural: '$urbanRural' },
    amountFen: { $sum: '$amountFen' },
    newCaseAmountFen: { $sum: { $cond: [{ $gte: ['$startedAt', FROM] }, '$amountFen', 0] } },
    payments: { $sum: 1 },
  },
  { _id: '$districtCode', n: { $sum: 1 }, twice: { $sum: 2 }, half: { $sum: 0.5 }, p: { $sum: '$persons' } },
  {
    _id: '$tier',
    p: { $sum: '$persons' },
    late: { $sum: { $cond: { if: { $lt: ['$paidAt', TO] }, then: '$persons', else: '$amountFen' } } },
  },
  { _id: null, n: { $sum: 1 }, a: { $sum: '$amountFen' }, x: { $sum: '$missing' } },
  { _id: 1, n: { $sum: 1 } },
  {
    _id: 'all',
    r: { $sum: { $cond: [{ $eq: ['$urbanRural', 'RURAL'] }, 1, 0] } },
    u: { $sum: { $cond: [{ $ne: ['$urbanRural', 'RURAL'] }, 1, 0] } },
  },
  {
    _id: '$streetCode',
    n: { $sum: { $cond: [{ $gt: ['$persons', 3] }, '$persons', 0.25] } },
    m: { $sum: { $cond: [{ $lte: ['$tier', 'B'] }, 1, 0] } },
  },
  { _id: { s: '$streetCode' }, n: { $sum: { $cond: [{ $gte: ['$amountFen', 1500] }, 1, 0] } } },
  {
    _id: { STREET: '$streetCode', MONTH: { $dateToString: { format: '%Y-%m', date: '$paidAt', timezone: '+08:00' } } },
    amountFen: { $sum: '$amountFen' },
    payments: { $sum: 1 },
  },
  {
    _id: { d: { $dateToString: { date: '$startedAt', format: 'day %d/%m/%Y', timezone: '-05:30' } }, t: '$tier' },
    n: { $sum: 1 },
  },
  { _id: { d: { $dateToString: { format: '%Y%m%d', date: '$endedAt' } } }, n: { $sum: 1 } },
  // Shapes left to mingo.
  { _id: { m: { $dateToString: { format: '%Y-%m %H', date: '$paidAt' } } }, n: { $sum: 1 } },
  { _id: { m: { $dateToString: { format: '%Y-%m', date: '$paidAt', timezone: 'Asia/Shanghai' } } }, n: { $sum: 1 } },
  { _id: '$persons', n: { $sum: 1 } },
  { _id: { m: { $dateToString: { format: '%Y-%m', date: '$paidAt' } } }, n: { $sum: 1 } },
  { _id: '$tier', n: { $avg: '$persons' } },
];

const MATCHES: Array<Document | null> = [
  null,
  {},
  { districtCode: { $in: ['410503'] }, paidAt: { $gte: FROM, $lt: TO } },
  {
    districtCode: { $in: ['410503', '410505'] },
    startedAt: { $lt: TO },
    $or: [{ endedAt: null }, { endedAt: { $gte: FROM } }],
  },
  { districtCode: '410503', paidAt: { $gte: FROM, $lt: TO }, program: { $in: ['DIBAO'] } },
  { program: 'DIBAO', persons: { $gt: 2 } },
  { tier: null },
  { $and: [{ program: { $ne: 'TEKUN' } }, { amountFen: { $lte: 2000 } }] },
  { districtCode: 'none' },
  { paidAt: { $gte: '2020' } },
  // Left to mingo.
  { persons: { $exists: true } },
  { 'a.b': 1 },
];

const reply = (docs: Document[]) => Buffer.from(serialize({ r: docs }));

function viaMingo(docs: Document[], pipeline: Document[]): Document[] {
  return new Aggregator(pipeline, { scriptEnabled: false }).run(docs.slice()) as Document[];
}

describe('one-pass $group of the statistics', () => {
  const docs = documents();
  const indexed = new CollectionStore('t.c', () => {});
  indexed.createIndex({ key: { districtCode: 1 }, name: 'd' });
  indexed.createIndex({ key: { program: 1 }, name: 'p' });
  for (const doc of docs) indexed.insert(doc);
  const data: StoreView = { get: () => indexed, ensure: () => indexed };
  const inputs: Array<[string, Document[]]> = [
    ['all', docs],
    ['plain only', docs.filter((doc) => !String(doc._id).startsWith('odd'))],
    [
      'null and missing keys',
      docs.filter(
        (doc) => !String(doc._id).startsWith('odd') || doc.tier === null || !('tier' in doc) || doc.program === null,
      ),
    ],
    ['empty', []],
    ['one', docs.slice(0, 1)],
  ];

  it('gives the reply bytes mingo gives, for every pipeline and input', () => {
    let fast = 0;
    let total = 0;
    for (const group of GROUPS) {
      for (const match of MATCHES) {
        const pipeline = match ? [{ $match: match }, { $group: group }] : [{ $group: group }];
        for (const [name, input] of inputs) {
          const direct = groupedByExpressions(input, pipeline);
          let expected: Buffer;
          try {
            expected = reply(viaMingo(input, pipeline));
          } catch {
            // mingo refuses (e.g. $dateToString of a string): this path must not have answered.
            expect(direct).toBeNull();
            continue;
          }
          total++;
          if (direct) {
            fast++;
            expect(reply(direct).equals(expected), `${name} ${JSON.stringify(pipeline)}`).toBe(true);
          }
        }
        // Through the engine's aggregate (index narrowing, residual filter, then this path or mingo):
        // mingo over the candidates in the order the index lookup hands them out.
        const candidates = match ? (indexed.lookup(match)?.docs ?? docs) : docs;
        let expected: Buffer | Error;
        try {
          expected = reply(viaMingo(candidates, pipeline));
        } catch (error) {
          expected = error as Error;
        }
        if (expected instanceof Error) expect(() => aggregate(data, 't', indexed, pipeline)).toThrow(expected.message);
        else
          expect(reply(aggregate(data, 't', indexed, pipeline)).equals(expected), JSON.stringify(pipeline)).toBe(true);
      }
    }
    // The plain-data runs of the supported shapes do take the fast path.
    expect(fast).toBeGreaterThan(total / 3);
  });

  it('runs the leading $match before the copying stages with the same result as mingo', () => {
    const windows = [
      { month: '2020-01', start: FROM, end: D('2020-02-01T00:00:00Z') },
      { month: '2020-02', start: D('2020-02-01T00:00:00Z'), end: D('2020-03-01T00:00:00Z') },
    ];
    const monthly: Document[] = [
      {
        $addFields: {
          month: {
            $map: {
              input: {
                $filter: {
                  input: { $literal: windows },
                  as: 'w',
                  cond: {
                    $and: [
                      { $lt: ['$startedAt', '$$w.end'] },
                      { $or: [{ $eq: [{ $ifNull: ['$endedAt', null] }, null] }, { $gte: ['$endedAt', '$$w.start'] }] },
                    ],
                  },
                },
              },
              as: 'w',
              in: '$$w.month',
            },
          },
        },
      },
      { $unwind: '$month' },
      {
        $group: {
          _id: { STREET: '$streetCode', MONTH: '$month' },
          households: { $sum: 1 },
          persons: { $sum: '$persons' },
        },
      },
    ];
    const rests: Document[][] = [monthly, [{ $set: { x: 1 } }, { $sort: { _id: 1 } }], [{ $project: { persons: 1 } }]];
    for (const rest of rests) {
      for (const match of MATCHES) {
        if (!match) continue;
        const pipeline = [{ $match: match }, ...rest];
        const candidates = indexed.lookup(match)?.docs ?? docs;
        let expected: Buffer | Error;
        try {
          expected = reply(viaMingo(candidates, pipeline));
        } catch (error) {
          expected = error as Error;
        }
        if (expected instanceof Error) expect(() => aggregate(data, 't', indexed, pipeline)).toThrow(expected.message);
        else
          expect(reply(aggregate(data, 't', indexed, pipeline)).equals(expected), JSON.stringify(pipeline)).toBe(true);
      }
    }
    // Stored documents untouched by $set.
    const stored = indexed.all();
    expect(stored).toHaveLength(docs.length);
    expect(stored.some((doc) => 'x' in doc)).toBe(false);
  });

  it('takes the fast path on clean data and leaves awkward documents to mingo', () => {
    const clean = docs.filter((doc) => !String(doc._id).startsWith('odd'));
    expect(groupedByExpressions(clean, [{ $match: MATCHES[3] as Document }, { $group: GROUPS[0] }])).not.toBeNull();
    expect(groupedByExpressions(clean, [{ $match: MATCHES[2] as Document }, { $group: GROUPS[1] }])).not.toBeNull();
    const nullish = docs.filter((doc) => !String(doc._id).startsWith('odd') || doc.tier === null || !('tier' in doc));
    expect(nullish.length).toBe(clean.length + 2);
    expect(groupedByExpressions(nullish, [{ $group: GROUPS[0] }])).not.toBeNull();
    expect(groupedByExpressions(nullish, [{ $group: GROUPS[3] }])).not.toBeNull();
    expect(groupedByExpressions(docs, [{ $group: GROUPS[0] }])).toBeNull();
    expect(groupedByExpressions(clean, [{ $match: MATCHES[4] as Document }, { $group: GROUPS[9] }])).not.toBeNull();
    expect(groupedByExpressions(clean, [{ $group: GROUPS[11] }])).not.toBeNull();
    expect(groupedByExpressions(clean, [{ $group: GROUPS[12] }])).toBeNull();
    expect(groupedByExpressions(clean, [{ $match: { persons: { $exists: true } } }, { $group: GROUPS[2] }])).toBeNull();
  });
});
