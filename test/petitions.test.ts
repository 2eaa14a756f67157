import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { TokenClaims } from '../gateway/auth.js';
import { childrenOf, divisionByName } from '../platform/world/divisions.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * Petitions (信访) through the gateway over HTTP: the lifecycle with its statutory deadlines
 * (15 days to accept, 60 to handle, one 30-day extension), escalation into a long-standing case,
 * cross-domain references, masking and audit of the petitioner per role, and analysts' aggregates.
 * Expected deadlines are computed here from the documented day counts and the raw records.
 */
const DAY = 86_400_000;
const GUANGKAI = divisionByName('广开街道').code;
const [HOME] = childrenOf(GUANGKAI);

const HANDLER: TokenClaims = {
  sub: 'guangkai-petitions',
  role: 'street_official',
  jurisdiction: GUANGKAI,
  domains: ['urban-management'],
};

let stack: TestStack;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  const claims: Record<string, TokenClaims> = {
    handler: HANDLER,
    admin: { sub: 'admin', role: 'admin' },
    worker: { sub: 'grid-worker', role: 'community_worker', jurisdiction: HOME.code, domains: ['urban-management'] },
    civilAffairs: {
      sub: 'guangkai-civil',
      role: 'street_official',
      jurisdiction: GUANGKAI,
      domains: ['civil-affairs'],
    },
    analyst: { sub: 'analyst', role: 'analyst', jurisdiction: ['120104', '120116', '410102', '410503'], domains: [] },
  };
  for (const [name, claim] of Object.entries(claims)) tokens[name] = await stack.token(claim);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

type Petition = Record<string, unknown> & { id: string; status: string; version: number };
const FIELDS = `id status version repeat longStandingStatus matterPetitionCount overdue receivedAt acceptanceDeadline acceptedAt handlingDeadline deadlineExtended department reply satisfaction`;
const INTAKE = `mutation($input: IntakePetitionInput!, $key: String!) { petition: intakePetition(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const STEP = (mutation: string, extra = '') =>
  `mutation($id: ID!, $v: Int!) { petition: ${mutation}(id: $id, expectedVersion: $v${extra}) { ${FIELDS} } }`;
const STEPS = {
  accept: STEP('acceptPetition'),
  assign: STEP('assignPetition', ', department: "街道城管科"'),
  extend: STEP('extendPetitionDeadline', ', reason: "需协调区住建委"'),
  reply: STEP('replyPetition', ', reply: "已协调物业整改"'),
  close: STEP('closePetition', ', satisfaction: 4'),
  reopen: STEP('reopenPetition'),
  escalate: STEP('escalatePetition'),
};

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;
const petitions = () => stack.connections['urban-management'].collection<Record<string, unknown>>('petitions');

async function intake(input: Record<string, unknown> = {}, token = tokens.worker): Promise<Petition> {
  const variables = {
    key: randomUUID(),
    input: {
      divisionCode: HOME.code,
      title: '小区楼道长期堆物',
      channel: 'VISIT',
      category: 'URBAN_MANAGEMENT',
      petitionerName: '王秀英',
      petitionerPhone: '13812345678',
      ...input,
    },
  };
  const response = await stack.graphql<{ petition: Petition }>(INTAKE, { token, variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.petition;
}

async function step(name: keyof typeof STEPS, petition: Petition, token = tokens.handler): Promise<Petition> {
  const response = await stack.graphql<{ petition: Petition }>(STEPS[name], {
    token,
    variables: { id: petition.id, v: petition.version },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.petition;
}

describe('petitions: lifecycle and deadlines', () => {
  it('petitions: intake → accept → assign → extend → reply → close, with 15/60/+30 day deadlines and history', async () => {
    const receivedAt = new Date(Date.now() - 3 * DAY);
    const received = await intake({ receivedAt: receivedAt.toISOString() });
    expect(received).toMatchObject({
      status: 'RECEIVED',
      version: 0,
      repeat: false,
      longStandingStatus: 'NONE',
      overdue: false,
      handlingDeadline: null,
    });
    expect(Date.parse(received.acceptanceDeadline as string)).toBe(receivedAt.getTime() + 15 * DAY);

    const accepted = await step('accept', received, tokens.worker);
    expect(Date.parse(accepted.handlingDeadline as string) - Date.parse(accepted.acceptedAt as string)).toBe(60 * DAY);
    const assigned = await step('assign', accepted);
    expect(assigned.department).toBe('街道城管科');
    const extended = await step('extend', assigned);
    expect(extended.deadlineExtended).toBe(true);
    expect(Date.parse(extended.handlingDeadline as string) - Date.parse(accepted.handlingDeadline as string)).toBe(
      30 * DAY,
    );

    const second = await stack.graphql(STEPS.extend, {
      token: tokens.handler,
      variables: { id: extended.id, v: extended.version },
    });
    expect(codeOf(second)).toBe('BAD_USER_INPUT');
    expect(second.body.errors![0].message).toContain('only once');

    const replied = await step('reply', extended);
    const closed = await step('close', replied);
    expect(closed).toMatchObject({
      status: 'CLOSED',
      satisfaction: 4,
      reply: '已协调物业整改',
      overdue: false,
      version: 5,
    });

    const raw = await petitions().findOne({ _id: closed.id as never });
    expect((raw!.history as Array<{ action: string }>).map((entry) => entry.action)).toEqual([
      'CREATE',
      'ACCEPT',
      'ASSIGN',
      'EXTEND_DEADLINE',
      'REPLY',
      'CLOSE',
    ]);
    expect((raw!.handlingDeadline as Date).getTime()).toBe((raw!.acceptedAt as Date).getTime() + 90 * DAY);
  });

  it('petitions: illegal steps and stale versions are refused and write nothing; a community worker may not assign', async () => {
    const received = await intake();
    const early = await stack.graphql(STEPS.reply, { token: tokens.handler, variables: { id: received.id, v: 0 } });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.body.errors![0].extensions).toMatchObject({ currentState: 'RECEIVED', requestedState: 'REPLIED' });
    const accepted = await step('accept', received);
    const stale = await stack.graphql(STEPS.assign, { token: tokens.handler, variables: { id: accepted.id, v: 0 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const byWorker = await stack.graphql(STEPS.assign, {
      token: tokens.worker,
      variables: { id: accepted.id, v: accepted.version },
    });
    expect(codeOf(byWorker)).toBe('FORBIDDEN');
    expect(await petitions().findOne({ _id: accepted.id as never })).toMatchObject({ status: 'ACCEPTED', version: 1 });
  });

  it('petitions: unaccepted after 15 days is overdue', async () => {
    const late = await intake({ receivedAt: new Date(Date.now() - 16 * DAY).toISOString() });
    expect(late.overdue).toBe(true);
    const onTime = await intake({ receivedAt: new Date(Date.now() - 14 * DAY).toISOString() });
    expect(onTime.overdue).toBe(false);
  });

  it('petitions: a retried intake with the same idempotency key creates one petition', async () => {
    const variables = {
      key: randomUUID(),
      input: {
        divisionCode: HOME.code,
        title: '重复登记测试',
        channel: 'LETTER',
        category: 'OTHER',
        petitionerName: '李建国',
      },
    };
    const results = await Promise.all(
      [1, 2, 3].map(() => stack.graphql<{ petition: Petition }>(INTAKE, { token: tokens.worker, variables })),
    );
    expect(new Set(results.map((result) => result.body.data?.petition.id)).size).toBe(1);
    expect(await petitions().countDocuments({ title: '重复登记测试' })).toBe(1);
  });
});

describe('petitions: long-standing cases (积案)', () => {
  it('petitions: the fourth petition on one matter escalates the matter; closing resolves it', async () => {
    const matterKey = `matter-${randomUUID()}`;
    const filed: Petition[] = [];
    for (let i = 0; i < 4; i++)
      filed.push(await intake({ matterKey, channel: i === 3 ? 'LEADER_RECEPTION_DAY' : 'LETTER' }));
    expect(filed.map((p) => p.repeat)).toEqual([false, true, true, true]);
    expect(filed.slice(0, 3).map((p) => p.longStandingStatus)).toEqual(['NONE', 'NONE', 'NONE']);
    expect(filed[3]).toMatchObject({ longStandingStatus: 'LONG_STANDING', matterPetitionCount: 4 });
    const raw = await petitions().find({ matterKey }).toArray();
    expect(raw.map((p) => p.longStandingStatus)).toEqual([
      'LONG_STANDING',
      'LONG_STANDING',
      'LONG_STANDING',
      'LONG_STANDING',
    ]);
    expect(
      raw.filter((p) => (p.history as Array<{ action: string }>).some((entry) => entry.action === 'ESCALATE')),
    ).toHaveLength(3);

    let petition = await step('accept', filed[3]);
    for (const name of ['assign', 'reply', 'close'] as const) petition = await step(name, petition);
    expect(petition.longStandingStatus).toBe('RESOLVED');
  });

  it('petitions: an explicit escalation takes the whole matter into a long-standing case', async () => {
    const matterKey = `matter-${randomUUID()}`;
    const first = await intake({ matterKey });
    const second = await intake({ matterKey });
    const escalated = await step('escalate', second);
    expect(escalated).toMatchObject({ longStandingStatus: 'LONG_STANDING', version: 1 });
    expect(await petitions().findOne({ _id: first.id as never })).toMatchObject({
      longStandingStatus: 'LONG_STANDING',
      version: 1,
    });
    const again = await stack.graphql(STEPS.escalate, { token: tokens.handler, variables: { id: escalated.id, v: 1 } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
  });
});

describe('petitions: across domains and access', () => {
  it('petitions: a petition resolves the enterprise, the assistance case and the incident it concerns through the gateway', async () => {
    const enterprise = (await stack.connections.economy
      .collection<{ _id: string; name: string }>('enterprises')
      .findOne({ communityCode: HOME.code }))!;
    const assistance = (await stack.connections['civil-affairs']
      .collection<{ _id: string; program: string }>('assistance_cases')
      .findOne({ streetCode: GUANGKAI }))!;
    const incident = (await stack.connections['urban-management']
      .collection<{ _id: string; title: string }>('incidents')
      .findOne({ communityCode: HOME.code }))!;
    const filed = await intake({
      category: 'ENTERPRISE_DISPUTE',
      enterpriseId: enterprise._id,
      assistanceCaseId: assistance._id,
      incidentId: incident._id,
    });
    const response = await stack.graphql<{
      petition: Record<string, { id: string; name?: string; program?: string; title?: string }>;
    }>(
      `query($id: ID!) { petition(id: $id) { enterprise { id name } assistanceCase { id program } incident { id title } } }`,
      { token: tokens.admin, variables: { id: filed.id } },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.petition).toEqual({
      enterprise: { id: enterprise._id, name: enterprise.name },
      assistanceCase: { id: assistance._id, program: assistance.program },
      incident: { id: incident._id, title: incident.title },
    });
  });

  it('petitions: the petitioner is full and audited for the handling department, masked and unaudited for others', async () => {
    const filed = await intake({ petitionerName: '赵国庆', petitionerPhone: '13912345678' });
    const query = `query($id: ID!) { petition(id: $id) { petitionerName petitionerPhone } }`;
    const audits = () =>
      stack.connections['urban-management'].collection('audit_records').find({ recordId: filed.id }).toArray();

    const masked = await stack.graphql<{ petition: Record<string, string> }>(query, {
      token: tokens.civilAffairs,
      variables: { id: filed.id },
    });
    expect(masked.body.data!.petition).toEqual({ petitionerName: '赵**', petitionerPhone: '139****5678' });
    expect(await audits()).toHaveLength(0);

    const full = await stack.graphql<{ petition: Record<string, string> }>(query, {
      token: tokens.handler,
      variables: { id: filed.id },
    });
    expect(full.body.data!.petition).toEqual({ petitionerName: '赵国庆', petitionerPhone: '13912345678' });
    const rows = await audits();
    expect(rows.map((row) => [row.sub, row.field]).sort()).toEqual([
      ['guangkai-petitions', 'petitionerName'],
      ['guangkai-petitions', 'petitionerPhone'],
    ]);
  });

  it('petitions: analysts get no petition rows, only aggregates: exact for an official, perturbed and small cells withheld for the analyst', async () => {
    const list = await stack.graphql(`{ petitions { totalCount } }`, { token: tokens.analyst });
    expect(codeOf(list)).toBe('FORBIDDEN');
    const one = await stack.graphql(`{ petition(id: "x") { id } }`, { token: tokens.analyst });
    expect(codeOf(one)).toBe('FORBIDDEN');

    type Stats = {
      petitionStatistics: Array<{ keys: { channel: string }; petitions: number | null; suppressed: boolean }>;
    };
    const query = `query($division: ID!) { petitionStatistics(division: $division, groupBy: [CHANNEL]) { keys { channel } petitions suppressed } }`;
    const expected = await petitions()
      .aggregate<{ _id: string; n: number }>([
        { $match: { streetCode: GUANGKAI } },
        { $group: { _id: '$channel', n: { $sum: 1 } } },
      ])
      .toArray();
    const exact = Object.fromEntries(expected.map((row) => [row._id, row.n]));
    const official = await stack.graphql<Stats>(query, { token: tokens.handler, variables: { division: GUANGKAI } });
    expect(official.body.errors).toBeUndefined();
    expect(
      Object.fromEntries(official.body.data!.petitionStatistics.map((row) => [row.keys.channel, row.petitions])),
    ).toEqual(exact);

    const stats = await stack.graphql<Stats>(query, { token: tokens.analyst, variables: { division: GUANGKAI } });
    expect(stats.body.errors).toBeUndefined();
    expect(stats.body.data!.petitionStatistics.map((row) => row.keys.channel).sort()).toEqual(
      Object.keys(exact).sort(),
    );
    expect(stats.body.data!.petitionStatistics.length, 'channels of 广开街 petitions').toBeGreaterThan(0);
    for (const row of stats.body.data!.petitionStatistics) {
      const n = exact[row.keys.channel];
      if (n < 5) expect(row, row.keys.channel).toMatchObject({ petitions: null, suppressed: true });
      // A row may publish its petitions and withhold a smaller count of it (repeats, closed …): suppressed says so.
      if (row.petitions === null) expect(row.suppressed).toBe(true);
      else expect(Math.abs(row.petitions - n), row.keys.channel).toBeLessThanOrEqual(2);
    }
  });

  it("petitions: the seed has 南开区's 2012 leader reception days in every month and long-standing cases, two resolved", async () => {
    const stats = await stack.graphql<{
      petitionStatistics: Array<{ keys: { channel: string; month: string }; petitions: number; longStanding: number }>;
    }>(
      `{ petitionStatistics(division: "120104", from: "2012-01-01", to: "2013-01-01", groupBy: [CHANNEL, MONTH]) { keys { channel month } petitions longStanding } }`,
      { token: tokens.analyst },
    );
    expect(stats.body.errors).toBeUndefined();
    const receptionMonths = stats.body
      .data!.petitionStatistics.filter((row) => row.keys.channel === 'LEADER_RECEPTION_DAY')
      .map((row) => row.keys.month);
    expect(new Set(receptionMonths).size).toBe(12);
    const seeded = await petitions()
      .find({ matterKey: { $regex: '^matter-seed-' }, longStandingStatus: { $ne: 'NONE' } })
      .toArray();
    expect(seeded.map((p) => p.longStandingStatus).sort()).toEqual([
      'LONG_STANDING',
      'LONG_STANDING',
      'RESOLVED',
      'RESOLVED',
    ]);
  });
});
