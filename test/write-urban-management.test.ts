import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { TokenClaims } from '../gateway/auth.js';
import { childrenOf, divisionByName } from '../platform/world/divisions.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * The incident lifecycle through the gateway over HTTP, with tokens of different roles;
 * expectations from the raw collection and from the documented category limits.
 */
const GUANGKAI = divisionByName('广开街道').code;
const [HOME, NEIGHBOUR] = childrenOf(GUANGKAI);
const GARBAGE_LIMIT_MS = 24 * 3_600_000;
const HOUR = 3_600_000;

const WORKER: TokenClaims = {
  sub: 'grid-worker',
  role: 'community_worker',
  jurisdiction: HOME.code,
  domains: ['urban-management'],
};
const STREET: TokenClaims = {
  sub: 'street-centre',
  role: 'street_official',
  jurisdiction: GUANGKAI,
  domains: ['urban-management'],
};
const ADMIN: TokenClaims = { sub: 'admin', role: 'admin' };

let stack: TestStack;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  const claims: Record<string, TokenClaims> = {
    worker: WORKER,
    street: STREET,
    admin: ADMIN,
    neighbourWorker: { ...WORKER, sub: 'other-worker', jurisdiction: NEIGHBOUR.code },
    analyst: { sub: 'analyst', role: 'analyst', jurisdiction: ['120104', '120116', '410102', '410503'], domains: [] },
    civilAffairsOfficial: { sub: 'civil', role: 'street_official', jurisdiction: GUANGKAI, domains: ['civil-affairs'] },
    otherStreet: {
      ...STREET,
      sub: 'other-street',
      jurisdiction: childrenOf('120104').find((street) => street.code !== GUANGKAI)!.code,
    },
  };
  for (const [name, claim] of Object.entries(claims)) tokens[name] = await stack.token(claim);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

const incidents = () => stack.connections['urban-management'].collection('incidents');

const INCIDENT_FIELDS =
  'id status version open overdue deadline reportedAt assignedAt resolvedAt closedAt department resolution';

const REPORT = `mutation($input: ReportIncidentInput!, $key: String!) { reportIncident(input: $input, idempotencyKey: $key) { ${INCIDENT_FIELDS} } }`;

const STEP_MUTATIONS: Record<string, string> = {
  accept: `mutation($id: ID!, $v: Int!, $note: String) { incident: acceptIncident(id: $id, expectedVersion: $v, note: $note) { ${INCIDENT_FIELDS} } }`,
  assign: `mutation($id: ID!, $v: Int!, $note: String) { incident: assignIncident(id: $id, expectedVersion: $v, department: "城管执法中队", note: $note) { ${INCIDENT_FIELDS} } }`,
  resolve: `mutation($id: ID!, $v: Int!, $note: String) { incident: resolveIncident(id: $id, expectedVersion: $v, result: "垃圾已清运", note: $note) { ${INCIDENT_FIELDS} } }`,
  close: `mutation($id: ID!, $v: Int!, $note: String) { incident: closeIncident(id: $id, expectedVersion: $v, note: $note) { ${INCIDENT_FIELDS} } }`,
  reopen: `mutation($id: ID!, $v: Int!, $note: String) { incident: reopenIncident(id: $id, expectedVersion: $v, note: $note) { ${INCIDENT_FIELDS} } }`,
};

type Incident = Record<string, unknown> & { id: string; status: string; version: number };
type Response = GraphQLResponse<Record<string, Incident | null>>;

function report(token: string, input: Record<string, unknown> = {}, key: string = randomUUID()): Promise<Response> {
  const variables = {
    key,
    input: { divisionCode: HOME.code, title: '楼道堆放垃圾', category: 'GARBAGE', source: 'GRID_PATROL', ...input },
  };
  return stack.graphql(REPORT, { token, variables });
}

function step(token: string, name: string, id: string, version: number, note?: string): Promise<Response> {
  return stack.graphql(STEP_MUTATIONS[name], { token, variables: { id, v: version, note } });
}

async function reported(): Promise<Incident> {
  const response = await report(tokens.worker);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.reportIncident!;
}

const codeOf = (response: Response) => response.body.errors?.[0]?.extensions?.code;

describe('write urban-management: incident lifecycle', () => {
  it('write urban-management: report → accept → assign → resolve → close → reopen → assign, each recorded in the history', async () => {
    const before = Date.now();
    const created = await reported();
    expect(created).toMatchObject({ status: 'REPORTED', version: 0, open: true, overdue: false });
    expect(Date.parse(created.deadline as string) - Date.parse(created.reportedAt as string)).toBe(GARBAGE_LIMIT_MS);

    const accepted = (await step(tokens.worker, 'accept', created.id, 0, '已核实')).body.data!.incident!;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', version: 1 });
    const assigned = (await step(tokens.street, 'assign', created.id, 1)).body.data!.incident!;
    expect(assigned).toMatchObject({
      status: 'ASSIGNED',
      version: 2,
      department: '城管执法中队',
      deadline: created.deadline,
    });
    const resolved = (await step(tokens.street, 'resolve', created.id, 2)).body.data!.incident!;
    expect(resolved).toMatchObject({ status: 'RESOLVED', version: 3, open: false, resolution: '垃圾已清运' });
    const closed = (await step(tokens.street, 'close', created.id, 3)).body.data!.incident!;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 4 });
    const reopened = (await step(tokens.street, 'reopen', created.id, 4, '居民反映仍有垃圾')).body.data!.incident!;
    expect(reopened).toMatchObject({ status: 'REOPENED', version: 5, open: true, resolvedAt: null, closedAt: null });
    const reassigned = (await step(tokens.street, 'assign', created.id, 5)).body.data!.incident!;
    expect(reassigned).toMatchObject({ status: 'ASSIGNED', version: 6 });
    // A reopened incident gets a fresh deadline from its new assignment.
    expect(Date.parse(reassigned.deadline as string) - Date.parse(reassigned.assignedAt as string)).toBe(
      GARBAGE_LIMIT_MS,
    );

    const stored = await incidents().findOne({ _id: created.id as never });
    expect(stored).toMatchObject({
      status: 'ASSIGNED',
      version: 6,
      department: '城管执法中队',
      resolution: '垃圾已清运',
    });
    expect(stored!.reportedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const history = await stack.graphql<{
      incident: { history: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
    }>(
      `query($id: ID!) { incident(id: $id) { history(first: 10) { totalCount edges { node { version action fromState toState actor role note changedFields } } } } }`,
      { token: tokens.street, variables: { id: created.id } },
    );
    const entries = history.body.data!.incident.history.edges.map((edge) => edge.node);
    expect(history.body.data!.incident.history.totalCount).toBe(7);
    expect(entries.map((entry) => [entry.version, entry.action, entry.fromState, entry.toState])).toEqual([
      [6, 'ASSIGN', 'REOPENED', 'ASSIGNED'],
      [5, 'REOPEN', 'CLOSED', 'REOPENED'],
      [4, 'CLOSE', 'RESOLVED', 'CLOSED'],
      [3, 'RESOLVE', 'ASSIGNED', 'RESOLVED'],
      [2, 'ASSIGN', 'ACCEPTED', 'ASSIGNED'],
      [1, 'ACCEPT', 'REPORTED', 'ACCEPTED'],
      [0, 'CREATE', null, 'REPORTED'],
    ]);
    expect(entries[1]).toMatchObject({
      actor: 'street-centre',
      role: 'STREET_OFFICIAL',
      note: '居民反映仍有垃圾',
      changedFields: ['resolvedAt', 'closedAt'],
    });
    expect(entries[5]).toMatchObject({
      actor: 'grid-worker',
      role: 'COMMUNITY_WORKER',
      note: '已核实',
      changedFields: ['acceptedAt'],
    });
    expect(stored!.history).toHaveLength(7);
  });

  it('write urban-management: a seeded incident is version 0 and takes a step', async () => {
    const seeded = await incidents().findOne({
      streetCode: GUANGKAI,
      status: 'CLOSED',
      _id: { $regex: /^inc-/ } as never,
    });
    expect(seeded).not.toBeNull();
    expect(seeded!.version).toBeUndefined();
    const reopened = await step(tokens.street, 'reopen', String(seeded!._id), 0);
    expect(reopened.body.data!.incident).toMatchObject({ status: 'REOPENED', version: 1, resolvedAt: null });
  });

  it('write urban-management: every illegal transition is BAD_USER_INPUT naming current and requested state, and writes nothing', async () => {
    const allowed: Record<string, { from: string[]; to: string }> = {
      accept: { from: ['REPORTED'], to: 'ACCEPTED' },
      assign: { from: ['ACCEPTED', 'REOPENED'], to: 'ASSIGNED' },
      resolve: { from: ['ASSIGNED'], to: 'RESOLVED' },
      close: { from: ['RESOLVED'], to: 'CLOSED' },
      reopen: { from: ['RESOLVED', 'CLOSED'], to: 'REOPENED' },
    };
    const template = await incidents().findOne({ communityCode: HOME.code });
    let checked = 0;
    for (const state of ['REPORTED', 'ACCEPTED', 'ASSIGNED', 'RESOLVED', 'CLOSED', 'REOPENED']) {
      const id = `illegal-${state}`;
      await incidents().insertOne({ ...template, _id: id as never, status: state });
      for (const [name, rule] of Object.entries(allowed)) {
        if (rule.from.includes(state)) continue;
        const response = await step(tokens.admin, name, id, 0);
        expect(response.body.errors?.[0]).toMatchObject({
          message: `cannot ${name} an incident in state ${state}; allowed from ${rule.from.join(', ')}`,
          extensions: { code: 'BAD_USER_INPUT', currentState: state, requestedState: rule.to },
        });
        checked++;
      }
      const stored = await incidents().findOne({ _id: id as never });
      expect(stored).toMatchObject({ status: state });
      expect(stored!.version).toBeUndefined();
      expect(stored!.history).toBeUndefined();
    }
    expect(checked).toBe(23);
  });

  it('write urban-management: five parallel steps from the same version: one wins, four CONFLICT with currentVersion, one change in the history', async () => {
    const created = await reported();
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) => step(tokens.worker, 'accept', created.id, 0, `attempt ${i}`)),
    );
    expect(responses.filter((response) => response.body.data?.incident)).toHaveLength(1);
    const conflicts = responses.filter((response) => codeOf(response) === 'CONFLICT');
    expect(conflicts).toHaveLength(4);
    for (const response of conflicts) expect(response.body.errors![0].extensions).toMatchObject({ currentVersion: 1 });
    const stored = await incidents().findOne({ _id: created.id as never });
    expect(stored).toMatchObject({ version: 1, status: 'ACCEPTED' });
    expect(stored!.history.map((entry: { action: string }) => entry.action)).toEqual(['CREATE', 'ACCEPT']);
  });

  it('write urban-management: ten parallel retries of one report create one incident; the same key with another payload is CONFLICT', async () => {
    const key = randomUUID();
    const before = await incidents().countDocuments();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => report(tokens.worker, { title: '井盖缺失' }, key)),
    );
    const ids = new Set(responses.map((response) => response.body.data?.reportIncident?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    expect(await incidents().countDocuments()).toBe(before + 1);
    expect(await incidents().countDocuments({ 'idempotency.key': key })).toBe(1);
    const reused = await report(tokens.worker, { title: '另一件事' }, key);
    expect(codeOf(reused)).toBe('CONFLICT');
    expect(await incidents().countDocuments()).toBe(before + 1);
  });

  it('write urban-management: invalid input names the field and leaves the collection unchanged', async () => {
    const before = await incidents().countDocuments();
    // A community the street has not got: the street's centre is told so (the worker's jurisdiction holds only its own community).
    const cases: [Record<string, unknown>, string, string?, string?][] = [
      [{ reportedAt: new Date(Date.now() + 2 * HOUR).toISOString() }, 'input.reportedAt'],
      [{ divisionCode: `${GUANGKAI}999` }, 'input.divisionCode', undefined, 'street'],
      [{ divisionCode: GUANGKAI }, 'input.divisionCode'],
      [{ title: '   ' }, 'input.title'],
      [{ reporterPhone: '12345' }, 'input.reporterPhone'],
      [{}, 'idempotencyKey', 'short'],
    ];
    for (const [input, field, key, caller] of cases) {
      const response = await report(tokens[caller ?? 'worker'], input, key);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    }
    const created = await reported();
    const badVersion = await step(tokens.worker, 'accept', created.id, -1);
    expect(badVersion.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'expectedVersion',
    });
    expect(await incidents().countDocuments()).toBe(before + 1);
    expect(codeOf(await step(tokens.admin, 'accept', 'no-such-incident', 0))).toBe('NOT_FOUND');
  });

  it('write urban-management: roles and jurisdiction are checked, refusals write nothing', async () => {
    const before = await incidents().countDocuments();
    expect(codeOf(await report(tokens.analyst))).toBe('FORBIDDEN');
    expect(codeOf(await report(tokens.civilAffairsOfficial))).toBe('FORBIDDEN');
    expect(codeOf(await report(tokens.neighbourWorker))).toBe('FORBIDDEN');
    expect(await incidents().countDocuments()).toBe(before);

    const created = await reported();
    await step(tokens.worker, 'accept', created.id, 0);
    expect(codeOf(await step(tokens.worker, 'assign', created.id, 1))).toBe('FORBIDDEN');
    // Outside the jurisdiction a record is not there: the same NOT_FOUND as for an id that never existed.
    const missing = await step(tokens.otherStreet, 'assign', `${created.id}-missing`, 1);
    for (const outside of [
      await step(tokens.otherStreet, 'assign', created.id, 1),
      await step(tokens.neighbourWorker, 'reopen', created.id, 1),
    ]) {
      expect(codeOf(outside)).toBe('NOT_FOUND');
      expect(outside.body.errors![0].message.replace(created.id, 'ID')).toBe(
        missing.body.errors![0].message.replace(`${created.id}-missing`, 'ID'),
      );
    }
    expect(codeOf(await step(tokens.analyst, 'assign', created.id, 1))).toBe('FORBIDDEN');
    expect(await incidents().findOne({ _id: created.id as never })).toMatchObject({ status: 'ACCEPTED', version: 1 });
    expect((await step(tokens.street, 'assign', created.id, 1)).body.data!.incident).toMatchObject({
      status: 'ASSIGNED',
    });
  });
});

describe('write urban-management: cross-domain read after write', () => {
  it('write urban-management: a resolved incident leaves the community open incidents read through civil affairs', async () => {
    const openIncidents = async () => {
      const response = await stack.graphql<{
        community: { incidents: { totalCount: number; edges: { node: { id: string } }[] } };
      }>(
        `query($code: ID!) { community(code: $code) { incidents(first: 100, filter: { open: true }, orderBy: { field: REPORTED_AT, direction: DESC }) { totalCount edges { node { id } } } } }`,
        { token: tokens.street, variables: { code: HOME.code } },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.community.incidents;
    };
    const created = await reported();
    const before = await openIncidents();
    expect(before.edges.map((edge) => edge.node.id)).toContain(created.id);
    await step(tokens.worker, 'accept', created.id, 0);
    await step(tokens.street, 'assign', created.id, 1);
    await step(tokens.street, 'resolve', created.id, 2);
    const after = await openIncidents();
    expect(after.edges.map((edge) => edge.node.id)).not.toContain(created.id);
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.totalCount).toBe(
      await incidents().countDocuments({
        communityCode: HOME.code,
        status: { $in: ['REPORTED', 'ACCEPTED', 'ASSIGNED', 'REOPENED'] },
      }),
    );
  });
});
