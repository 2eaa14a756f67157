import { Schema, type Connection, type Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../engine/index.js';
import { connectDatabase } from '../platform/server/database.js';
import { cursorKeyring, CursorSeal } from '../platform/query/cursor-seal.js';
import {
  findConnection,
  groupedConnectionLoader,
  operator,
  type Connection as Page,
  type SortSpec,
} from '../platform/query/pagination.js';

/** Keyset pagination over a sort field that is empty on some records (e.g. a case not yet started). */
interface Row {
  _id: string;
  startedAt: Date | null;
}

let engine: RunningEngine;
let connection: Connection;
let rows: Model<Row>;
const cursors = new CursorSeal(
  cursorKeyring({ current: 'pagination-test-cursor-secret' }),
  { sub: 'tester', role: 'admin', jurisdiction: [] },
  'civil-affairs',
);

beforeAll(async () => {
  engine = await startEngine();
  connection = await connectDatabase(engine.uri, 'pagination');
  rows = connection.model<Row>(
    'Row',
    new Schema<Row>({ _id: String, startedAt: { type: Date, default: null } }, { collection: 'rows' }),
  );
  const docs = Array.from({ length: 23 }, (_, i) => ({
    _id: `row-${String(i).padStart(2, '0')}`,
    // Every third row has no start; the others share a few dates, so ties need the _id tie-break.
    startedAt: i % 3 === 0 ? null : new Date(Date.UTC(2020, 0, 1 + (i % 4))),
  }));
  await rows.insertMany(docs);
});
afterAll(async () => {
  await connection?.close();
  await engine?.stop();
});

async function allPages(sort: SortSpec, pageSize: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<Row> = await findConnection(rows, {}, sort, { first: pageSize, after }, cursors);
    seen.push(...page.edges.map((edge) => edge.node._id));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
}

function expected(direction: 1 | -1, docs: Row[]): string[] {
  // Independent of the code under test: nulls first ascending, last descending, ties by _id.
  const key = (row: Row) => (row.startedAt === null ? -Infinity : row.startedAt.getTime());
  return [...docs].sort((a, b) => direction * (key(a) - key(b) || a._id.localeCompare(b._id))).map((row) => row._id);
}

describe('pagination: keyset cursors', () => {
  it.each([
    ['ASC', 1],
    ['DESC', -1],
  ] as const)(
    'pages %s over a field that is empty on some records, with no gaps or repeats',
    async (direction, sign) => {
      const docs = await rows.find().lean<Row[]>();
      expect(docs, 'the seeded rows').toHaveLength(23);
      for (const pageSize of [1, 4, 7]) {
        expect(await allPages({ field: 'startedAt', direction }, pageSize)).toEqual(expected(sign, docs));
      }
    },
  );
});

describe('pagination: nested pages of many parents in one batch', () => {
  it('fails only the parent whose cursor is bad; its siblings in the batch get their pages', async () => {
    interface GroupedRow {
      _id: string;
      group: string;
    }
    const grouped = connection.model<GroupedRow>(
      'GroupedRow',
      new Schema<GroupedRow>({ _id: String, group: String }, { collection: 'grouped_rows' }),
    );
    await grouped.insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: `g-${i}`, group: i % 2 ? 'odd' : 'even' })));
    const sort: SortSpec = { field: '_id', direction: 'ASC' };
    const firstPage = await groupedConnectionLoader(grouped, 'group', cursors).load({
      group: 'even',
      filter: {},
      sort,
      args: { first: 2 },
    });
    const loader = groupedConnectionLoader(grouped, 'group', cursors);
    const [good, bad, plain] = await Promise.allSettled([
      loader.load({ group: 'even', filter: {}, sort, args: { first: 2, after: firstPage.pageInfo.endCursor } }),
      loader.load({ group: 'odd', filter: {}, sort, args: { first: 2, after: 'not-a-cursor' } }),
      loader.load({ group: 'odd', filter: {}, sort, args: { first: 2 } }),
    ]);
    // Independent of the code under test: even ids in order are g-0, g-2, g-4, …; the second page starts at g-4.
    expect(good.status === 'fulfilled' && good.value.edges.map((edge) => edge.node._id)).toEqual(['g-4', 'g-6']);
    expect(plain.status === 'fulfilled' && plain.value.edges.map((edge) => edge.node._id)).toEqual(['g-1', 'g-3']);
    expect(bad.status).toBe('rejected');
    const reason = (bad as PromiseRejectedResult).reason as {
      extensions?: { code?: string; argument?: string };
      message: string;
    };
    expect(reason.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reason.message).toContain('after');
  });
});

describe('pagination: sealed cursors', () => {
  const sort: SortSpec = { field: 'startedAt', direction: 'ASC' };
  const refused = async (run: () => Promise<unknown>) => {
    const error = (await run().then(
      () => null,
      (reason: unknown) => reason,
    )) as { extensions?: { code?: string }; message?: string } | null;
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('not a cursor returned by this list');
  };

  it('opens on the same list, filter (in any key order), sort and viewer; refuses every other one', async () => {
    const filter = { startedAt: operator('$ne', null), _id: operator('$ne', 'x') };
    const page = await findConnection(rows, filter, sort, { first: 2 }, cursors);
    const after = page.pageInfo.endCursor!;
    const reordered = { _id: operator('$ne', 'x'), startedAt: operator('$ne', null) };
    expect((await findConnection(rows, reordered, sort, { first: 1, after }, cursors)).edges).toHaveLength(1);
    await refused(() => findConnection(rows, { startedAt: operator('$ne', null) }, sort, { first: 1, after }, cursors));
    await refused(() => findConnection(rows, filter, { ...sort, direction: 'DESC' }, { first: 1, after }, cursors));
    await refused(() =>
      findConnection(rows, filter, sort, { first: 1, after }, cursors, { list: { name: 'other', filter } }),
    );
    const otherViewer = new CursorSeal(
      cursorKeyring({ current: 'pagination-test-cursor-secret' }),
      { sub: 'tester', role: 'admin', jurisdiction: ['110101'] },
      'civil-affairs',
    );
    await refused(() => findConnection(rows, filter, sort, { first: 1, after }, otherViewer));
    const otherDomain = new CursorSeal(
      cursorKeyring({ current: 'pagination-test-cursor-secret' }),
      { sub: 'tester', role: 'admin', jurisdiction: [] },
      'economy',
    );
    await refused(() => findConnection(rows, filter, sort, { first: 1, after }, otherDomain));
    const bytes = Buffer.from(after, 'base64url');
    for (const index of [0, 5, 20, bytes.length - 1]) {
      const flipped = Buffer.from(bytes);
      flipped[index] ^= 0x01;
      await refused(() =>
        findConnection(rows, filter, sort, { first: 1, after: flipped.toString('base64url') }, cursors),
      );
    }
    await refused(() => findConnection(rows, filter, sort, { first: 1, after: `${after}=` }, cursors));
  });

  it('keys rotate: the previous secret still opens, never seals; dropped, its cursors are refused', async () => {
    const viewer = { sub: 'tester', role: 'admin' as const, jurisdiction: [] as string[] };
    const old = new CursorSeal(cursorKeyring({ current: 'old-secret' }), viewer, 'civil-affairs');
    const after = (await findConnection(rows, {}, sort, { first: 3 }, old)).pageInfo.endCursor!;
    const rotated = new CursorSeal(
      cursorKeyring({ current: 'new-secret', previous: 'old-secret' }),
      viewer,
      'civil-affairs',
    );
    const next = await findConnection(rows, {}, sort, { first: 3, after }, rotated);
    expect(next.edges).toHaveLength(3);
    const onlyNew = new CursorSeal(cursorKeyring({ current: 'new-secret' }), viewer, 'civil-affairs');
    expect(
      (await findConnection(rows, {}, sort, { first: 1, after: next.pageInfo.endCursor }, onlyNew)).edges,
    ).toHaveLength(1);
    await refused(() => findConnection(rows, {}, sort, { first: 1, after }, onlyNew));
  });
});
