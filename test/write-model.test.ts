import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Schema, type Connection, type Model } from 'mongoose';
import { startEngine, type RunningEngine } from '../engine/index.js';
import { connectDatabase } from '../platform/server/database.js';
import type { Viewer } from '../platform/contract/identity.js';
import {
  createIdempotently,
  parseIdempotencyKey,
  withIdempotency,
  type IdempotencyStamp,
} from '../platform/writes/idempotency.js';
import { cursorKeyring, CursorSeal } from '../platform/query/cursor-seal.js';
import { historyConnection } from '../platform/writes/history.js';
import { requireWriteAccess } from '../platform/access/write-access.js';
import {
  applyTransition,
  creationFields,
  versionedPaths,
  type HistoryEntryRecord,
} from '../platform/writes/write-model.js';

/** The shared write model on a tiny model over the real offline engine. */
type TicketRecord = {
  _id: string;
  title: string;
  status: string;
  version?: number;
  history?: HistoryEntryRecord[];
  idempotency?: IdempotencyStamp;
};

const ticketSchema = withIdempotency(
  new Schema<TicketRecord>(
    {
      _id: { type: String, default: () => randomUUID() },
      title: { type: String, required: true },
      status: { type: String, required: true },
      ...versionedPaths,
    },
    { collection: 'tickets', versionKey: false },
  ),
);

const WORKER: Viewer = {
  sub: 'worker-1',
  role: 'community_worker',
  jurisdiction: ['410503001001'],
  domains: ['urban-management'],
};

function codeOf(error: unknown): unknown {
  return error instanceof GraphQLError ? error.extensions.code : error;
}

describe('write model', () => {
  let engine: RunningEngine;
  let connection: Connection;
  let Ticket: Model<TicketRecord>;

  beforeAll(async () => {
    engine = await startEngine();
    connection = await connectDatabase(engine.uri, 'write_model');
    Ticket = connection.model<TicketRecord>('Ticket', ticketSchema);
    await Ticket.init();
  });

  afterAll(async () => {
    await connection?.close();
    await engine?.stop();
  });

  const open = (id: string, expectedVersion: number) =>
    applyTransition(Ticket, {
      what: 'a ticket',
      id,
      expectedVersion,
      action: 'CLOSE',
      from: ['OPEN'],
      to: 'CLOSED',
      set: { title: 'done' },
      note: 'ok',
      viewer: WORKER,
      authorize: () => {},
    });

  it('write model: a record without version (seeded) is version 0 and its first step makes it 1 with one history entry', async () => {
    await Ticket.collection.insertOne({ _id: 'legacy' as never, title: 'old', status: 'OPEN' });
    const updated = await open('legacy', 0);
    expect(updated).toMatchObject({ status: 'CLOSED', version: 1, title: 'done' });
    expect(updated.history).toEqual([
      expect.objectContaining({
        version: 1,
        fromState: 'OPEN',
        toState: 'CLOSED',
        action: 'CLOSE',
        actorSub: 'worker-1',
        changedFields: ['title'],
      }),
    ]);
  });

  it('write model: an illegal step names current and requested state; a stale version is CONFLICT with currentVersion; nothing written', async () => {
    const refusedState = await open('legacy', 1).catch((error: GraphQLError) => error);
    expect(refusedState).toMatchObject({
      message: 'cannot close a ticket in state CLOSED; allowed from OPEN',
      extensions: { code: 'BAD_USER_INPUT', currentState: 'CLOSED', requestedState: 'CLOSED' },
    });
    const stale = await open('legacy', 0).catch((error: GraphQLError) => error);
    expect(stale).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 1 } });
    expect(await Ticket.findById('legacy').lean()).toMatchObject({ version: 1, history: [expect.anything()] });
    expect(codeOf(await open('missing', 0).catch((error: unknown) => error))).toBe('NOT_FOUND');
  });

  it('write model: of five parallel steps from the same version exactly one wins', async () => {
    await Ticket.create({
      _id: 'race',
      title: 't',
      status: 'OPEN',
      ...creationFields(WORKER, 'OPEN', null, ['title']),
    });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => open('race', 0)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(4);
    for (const r of rejected) {
      expect((r.reason as GraphQLError).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    }
    const stored = await Ticket.findById('race').lean();
    expect(stored?.history?.map((entry) => entry.action)).toEqual(['CREATE', 'CLOSE']);
  });

  it('write model: ten parallel creations with one key create one record; another payload with the key is CONFLICT', async () => {
    const key = parseIdempotencyKey(randomUUID());
    const create = (title: string) =>
      createIdempotently(Ticket, {
        viewer: WORKER,
        idempotencyKey: key,
        payload: { title },
        build: () => ({ _id: randomUUID(), title, status: 'OPEN', ...creationFields(WORKER, 'OPEN', null, ['title']) }),
      });
    const before = await Ticket.countDocuments();
    const ids = await Promise.all(Array.from({ length: 10 }, () => create('same').then((record) => record._id)));
    expect(new Set(ids).size).toBe(1);
    expect(await Ticket.countDocuments()).toBe(before + 1);
    expect(codeOf(await create('other').catch((error: unknown) => error))).toBe('CONFLICT');
    const otherCaller = await createIdempotently(Ticket, {
      viewer: { ...WORKER, sub: 'worker-2' },
      idempotencyKey: key,
      payload: { title: 'same' },
      build: () => ({ _id: randomUUID(), title: 'same', status: 'OPEN' }),
    });
    expect(otherCaller._id).not.toBe(ids[0]);
    expect(
      codeOf(
        (() => {
          try {
            return parseIdempotencyKey('short');
          } catch (error) {
            return error;
          }
        })(),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('write model: history pages newest first with cursors', async () => {
    const record = await Ticket.findById('race').lean<TicketRecord>();
    const cursors = new CursorSeal(
      cursorKeyring(undefined),
      { sub: 'worker-1', role: 'community_worker', jurisdiction: ['410503001001'] },
      'urban-management',
    );
    const first = historyConnection(record!, { first: 1 }, cursors, 'Ticket');
    expect(first.edges.map((edge) => edge.node.action)).toEqual(['CLOSE']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = historyConnection(record!, { first: 5, after: first.pageInfo.endCursor }, cursors, 'Ticket');
    expect(() =>
      historyConnection(
        { ...record!, _id: 'another' },
        { first: 5, after: first.pageInfo.endCursor },
        cursors,
        'Ticket',
      ),
    ).toThrow(/not a cursor returned by this list/);
    expect(second.edges.map((edge) => edge.node.action)).toEqual(['CREATE']);
    expect(second.totalCount).toBe(2);
  });

  it('write model: role matrix (analyst read-only, other domain, outside jurisdiction, level too low)', () => {
    const attempt = (viewer: Viewer, divisionCode: string, minimumLevel: 'COMMUNITY' | 'STREET' | 'DISTRICT') => {
      try {
        requireWriteAccess({ viewer, domain: 'urban-management' }, { divisionCode, minimumLevel });
        return 'ok';
      } catch (error) {
        return codeOf(error);
      }
    };
    const street: Viewer = {
      sub: 's',
      role: 'street_official',
      jurisdiction: ['410503001'],
      domains: ['urban-management'],
    };
    expect(attempt({ sub: 'a', role: 'admin', jurisdiction: [], domains: [] }, '120104001001', 'DISTRICT')).toBe('ok');
    expect(attempt(street, '410503001001', 'STREET')).toBe('ok');
    expect(attempt(street, '410503001001', 'DISTRICT')).toBe('FORBIDDEN');
    expect(attempt(street, '410503002001', 'COMMUNITY')).toBe('FORBIDDEN');
    expect(attempt({ ...street, domains: ['economy'] }, '410503001001', 'COMMUNITY')).toBe('FORBIDDEN');
    expect(attempt(WORKER, '410503001001', 'COMMUNITY')).toBe('ok');
    expect(attempt(WORKER, '410503001001', 'STREET')).toBe('FORBIDDEN');
    expect(attempt({ ...WORKER, role: 'analyst' }, '410503001001', 'COMMUNITY')).toBe('FORBIDDEN');
  });
});
