import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenClaims } from '../gateway/auth.js';
import { ADMIN, startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * Party-building write side through the gateway over HTTP: activities with attendance (several
 * documents in one transaction) and member transfers (one document). Expectations come from
 * the raw collections. Test activities are dated 2023, a year no documented figure covers.
 */
let stack: TestStack;
const tokens: Record<string, string> = {};

interface Org {
  _id: string;
  divisionCode: string;
  communityCode: string;
  streetCode: string;
}
/** Two community organizations of one street (A, B) and one of another street (C). */
let orgA: Org;
let orgB: Org;
let orgC: Org;
let membersA: string[];
let secretaryA: string;
let memberC: string;

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  const organizations = (await raw('party_organizations')
    .find({ level: 'BRANCH', communityCode: { $ne: null } })
    .sort({ _id: 1 })
    .toArray()) as unknown as Org[];
  orgA = organizations[0];
  orgB = organizations.find((o) => o.streetCode === orgA.streetCode && o.communityCode !== orgA.communityCode)!;
  orgC = organizations.find((o) => o.streetCode !== orgA.streetCode)!;
  membersA = (
    await raw('party_members').find({ organizationId: orgA._id, position: 'MEMBER' }).sort({ _id: 1 }).toArray()
  ).map((m) => m._id as unknown as string);
  secretaryA = (await raw('party_members').findOne({ organizationId: orgA._id, position: 'SECRETARY' }))!
    ._id as unknown as string;
  memberC = (await raw('party_members').findOne({ organizationId: orgC._id }))!._id as unknown as string;
  expect(membersA.length).toBeGreaterThanOrEqual(8);

  const roles: Record<string, TokenClaims> = {
    admin: ADMIN,
    street: {
      sub: 'party-street',
      role: 'street_official',
      jurisdiction: orgA.streetCode,
      domains: ['party-building'],
    },
    street2: {
      sub: 'party-street-2',
      role: 'street_official',
      jurisdiction: orgA.streetCode,
      domains: ['party-building'],
    },
    communityA: {
      sub: 'party-community-a',
      role: 'community_worker',
      jurisdiction: orgA.communityCode,
      domains: ['party-building'],
    },
    communityA2: {
      sub: 'party-community-a2',
      role: 'community_worker',
      jurisdiction: orgA.communityCode,
      domains: ['party-building'],
    },
    economy: { sub: 'econ-street', role: 'street_official', jurisdiction: orgA.streetCode, domains: ['economy'] },
    analyst: { sub: 'analyst', role: 'analyst', jurisdiction: ['120104', '120116', '410102', '410503'] },
    service: { sub: 'service', role: 'service', jurisdiction: ['120104', '120116', '410102', '410503'] },
  };
  for (const [name, claims] of Object.entries(roles)) tokens[name] = await stack.token(claims);
});
afterAll(async () => {
  await stack?.stop();
});

function raw(collection: string) {
  return stack.connections['party-building'].collection(collection);
}

async function counts() {
  return {
    activities: await raw('party_activities').countDocuments(),
    attendances: await raw('party_attendances').countDocuments(),
  };
}

const ACTIVITY = /* GraphQL */ `
  id kind title version participantCount attendeeCount volunteerHours organization { id }
  attendees(first: 100) { edges { node { id } } }
  history { totalCount edges { node { version action fromState toState actor role note changedFields } } }
`;
const MEMBER = /* GraphQL */ `
  id version position organization { id }
  history { totalCount edges { node { version action fromState toState actor role note } } }
`;

type History = {
  totalCount: number;
  edges: Array<{
    node: {
      version: number;
      action: string;
      fromState: string | null;
      toState: string;
      actor: string;
      role: string;
      note: string | null;
    };
  }>;
};
type Activity = {
  id: string;
  version: number;
  participantCount: number;
  attendeeCount: number;
  volunteerHours: number;
  attendees: { edges: Array<{ node: { id: string } }> };
  history: History;
};
type Member = { id: string; version: number; position: string; organization: { id: string }; history: History };

let keyCounter = 0;
const newKey = () => `party-key-${Date.now()}-${keyCounter++}`;

function activityInput(overrides: Record<string, unknown> = {}) {
  return {
    organizationId: orgA._id,
    kind: 'VOLUNTEER_SERVICE',
    title: '党员志愿者清扫楼道',
    startsAt: '2023-04-01T09:00:00+08:00',
    endsAt: '2023-04-01T12:00:00+08:00',
    attendeeIds: membersA.slice(0, 3),
    otherParticipants: 2,
    volunteerHoursEach: 3,
    ...overrides,
  };
}

function record(input: Record<string, unknown>, as = 'communityA', key = newKey()) {
  return stack.graphql<{ recordPartyActivity: Activity }>(
    `mutation($input: RecordPartyActivityInput!, $key: String!) { recordPartyActivity(input: $input, idempotencyKey: $key) { ${ACTIVITY} } }`,
    { variables: { input, key }, token: tokens[as] },
  );
}
function attend(activity: { id: string; version: number }, memberIds: string[], as = 'communityA') {
  return stack.graphql<{ recordAttendance: Activity }>(
    `mutation($id: ID!, $members: [ID!]!, $version: Int!) { recordAttendance(activityId: $id, memberIds: $members, expectedVersion: $version) { ${ACTIVITY} } }`,
    { variables: { id: activity.id, members: memberIds, version: activity.version }, token: tokens[as] },
  );
}
function transfer(memberId: string, toOrganizationId: string, expectedVersion: number, as = 'street') {
  return stack.graphql<{ transferPartyMember: Member }>(
    `mutation($member: ID!, $to: ID!, $version: Int!) { transferPartyMember(memberId: $member, toOrganizationId: $to, expectedVersion: $version, note: "随迁") { ${MEMBER} } }`,
    { variables: { member: memberId, to: toOrganizationId, version: expectedVersion }, token: tokens[as] },
  );
}

function ok<T>(result: GraphQLResponse<Record<string, T>>): T {
  expect(result.body.errors).toBeUndefined();
  return Object.values(result.body.data!)[0];
}
function errorOf(result: GraphQLResponse) {
  expect(result.body.errors?.length).toBe(1);
  return result.body.errors![0];
}

describe('party-building writes: activities and attendance', () => {
  it('party activities: a community worker records an activity with its attendees in one write', async () => {
    const before = await counts();
    const activity = ok(await record(activityInput()));
    expect(activity).toMatchObject({
      version: 0,
      participantCount: 5,
      attendeeCount: 3,
      volunteerHours: 15,
      organization: { id: orgA._id },
    });
    expect(activity.attendees.edges.map((e) => e.node.id).sort()).toEqual(membersA.slice(0, 3));
    expect(activity.history.edges[0].node).toMatchObject({
      version: 0,
      action: 'CREATE',
      fromState: null,
      toState: 'VOLUNTEER_SERVICE',
      actor: 'party-community-a',
      role: 'COMMUNITY_WORKER',
    });
    expect(await counts()).toEqual({ activities: before.activities + 1, attendances: before.attendances + 3 });
    const rows = await raw('party_attendances').find({ activityId: activity.id }).toArray();
    expect(rows.map((row) => [row.memberOrganizationId, row.volunteerHours, row.divisionCode])).toEqual(
      Array(3).fill([orgA._id, 3, orgA.divisionCode]),
    );
  });

  it('party activities: parallel retries with one idempotency key record one activity and its attendance once', async () => {
    const before = await counts();
    const key = newKey();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => record(activityInput({ title: '并发重试的学习会' }), 'communityA', key)),
    );
    expect(new Set(results.map((r) => ok(r).id)).size).toBe(1);
    expect(await counts()).toEqual({ activities: before.activities + 1, attendances: before.attendances + 3 });
    expect(errorOf(await record(activityInput({ title: '另一个活动' }), 'communityA', key)).extensions?.code).toBe(
      'CONFLICT',
    );
  });

  it('party activities: invalid input names the field and writes neither the activity nor any attendance', async () => {
    const before = await counts();
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ attendeeIds: [...membersA.slice(0, 2), 'pmem-unknown'] }, 'input.attendeeIds'],
      [{ attendeeIds: [membersA[0], memberC] }, 'input.attendeeIds'],
      [{ attendeeIds: [membersA[0], membersA[0]] }, 'input.attendeeIds'],
      [{ volunteerHoursEach: -1 }, 'input.volunteerHoursEach'],
      [{ otherParticipants: -3 }, 'input.otherParticipants'],
      [{ startsAt: future, endsAt: future }, 'input.startsAt'],
      [{ endsAt: '2023-03-31T09:00:00+08:00' }, 'input.endsAt'],
      [{ title: ' ' }, 'input.title'],
      [{ organizationId: orgC._id }, 'input.organizationId'],
    ];
    for (const [overrides, field] of cases) {
      expect(errorOf(await record(activityInput(overrides))).extensions, JSON.stringify(overrides)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: field,
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('party activities: attendance added later bumps the version, keeps the history, refuses repeats and stale versions', async () => {
    const activity = ok(await record(activityInput()));
    const before = await counts();
    const attended = ok(await attend(activity, membersA.slice(3, 5)));
    expect(attended).toMatchObject({ version: 1, participantCount: 7, attendeeCount: 5, volunteerHours: 21 });
    expect(attended.history.edges[0].node).toMatchObject({
      version: 1,
      action: 'RECORD_ATTENDANCE',
      fromState: 'VOLUNTEER_SERVICE',
      toState: 'VOLUNTEER_SERVICE',
    });
    expect(await counts()).toEqual({ activities: before.activities, attendances: before.attendances + 2 });

    expect(errorOf(await attend(attended, [membersA[0]])).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'memberIds',
    });
    expect(errorOf(await attend(activity, [membersA[5]])).extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 1,
    });
    expect(errorOf(await attend(attended, [memberC])).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'memberIds',
    });
    expect(await counts()).toEqual({ activities: before.activities, attendances: before.attendances + 2 });
    expect(await raw('party_activities').findOne({ _id: activity.id as never })).toMatchObject({
      version: 1,
      participantCount: 7,
    });
  });

  it('party activities: two parallel attendance updates of one version: exactly one wins, with its rows only', async () => {
    const activity = ok(await record(activityInput({ attendeeIds: [] })));
    const results = await Promise.all([
      attend(activity, [membersA[0], membersA[1]], 'communityA'),
      attend(activity, [membersA[2]], 'communityA2'),
    ]);
    const winners = results.filter((r) => !r.body.errors);
    expect(winners).toHaveLength(1);
    expect(errorOf(results.find((r) => r.body.errors)!).extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 1,
    });
    const winner = ok(winners[0]);
    const rows = await raw('party_attendances').find({ activityId: activity.id }).toArray();
    expect(rows.map((row) => row.memberId).sort()).toEqual(winner.attendees.edges.map((e) => e.node.id).sort());
    const stored = await raw('party_activities').findOne({ _id: activity.id as never });
    expect(stored!.history.filter((entry: { action: string }) => entry.action === 'RECORD_ATTENDANCE')).toHaveLength(1);
    expect(stored!.participantCount).toBe(2 + rows.length);
  });

  it('party activities: read-only roles, other domains and other divisions are refused', async () => {
    const before = await counts();
    for (const role of ['analyst', 'service', 'economy'])
      expect(errorOf(await record(activityInput(), role)).extensions?.code, role).toBe('FORBIDDEN');
    // Organization B lies in another community: invisible to the worker of A, named like an unknown one.
    expect(
      errorOf(await record(activityInput({ organizationId: orgB._id, attendeeIds: [] }))).extensions,
    ).toMatchObject({ argumentName: 'input.organizationId' });
    const activity = ok(await record(activityInput({ attendeeIds: [] }), 'street'));
    for (const role of ['analyst', 'service', 'economy'])
      expect(errorOf(await attend(activity, [membersA[0]], role)).extensions?.code, role).toBe('FORBIDDEN');
    expect(await counts()).toEqual({ activities: before.activities + 1, attendances: before.attendances });
  });
});

describe('party-building writes: member transfers', () => {
  const COMMUNITY_ORGS = /* GraphQL */ `
    query ($code: ID!) {
      community(code: $code) {
        name
        partyOrganizations(first: 50) {
          edges {
            node {
              id
              memberCount
              members(first: 100) {
                totalCount
                edges {
                  node {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  `;
  type CommunityOrgs = {
    community: {
      name: string;
      partyOrganizations: {
        edges: Array<{
          node: {
            id: string;
            memberCount: number;
            members: { totalCount: number; edges: Array<{ node: { id: string } }> };
          };
        }>;
      };
    };
  };

  async function organizationsOf(code: string) {
    const result = await stack.graphql<CommunityOrgs>(COMMUNITY_ORGS, { variables: { code }, token: tokens.street });
    expect(result.body.errors).toBeUndefined();
    return new Map(result.body.data!.community.partyOrganizations.edges.map((e) => [e.node.id, e.node]));
  }

  it('party transfers: a member moved to an organization of another community appears there through the gateway', async () => {
    const memberId = membersA[6];
    const moved = ok(await transfer(memberId, orgB._id, 0));
    expect(moved).toMatchObject({ version: 1, position: 'MEMBER', organization: { id: orgB._id } });
    expect(moved.history.edges[0].node).toMatchObject({
      version: 1,
      action: 'TRANSFER',
      fromState: orgA._id,
      toState: orgB._id,
      note: '随迁',
      role: 'STREET_OFFICIAL',
    });

    const stored = await raw('party_members').findOne({ _id: memberId as never });
    const target = await raw('party_organizations').findOne({ _id: orgB._id as never });
    expect(stored).toMatchObject({
      organizationId: orgB._id,
      organizationPath: target!.path,
      divisionCode: orgB.divisionCode,
      communityCode: orgB.communityCode,
      version: 1,
    });

    const atB = (await organizationsOf(orgB.communityCode)).get(orgB._id)!;
    const atA = (await organizationsOf(orgA.communityCode)).get(orgA._id)!;
    expect(atB.members.edges.map((e) => e.node.id)).toContain(memberId);
    expect(atA.members.edges.map((e) => e.node.id)).not.toContain(memberId);
    expect(atB.memberCount).toBe(await raw('party_members').countDocuments({ organizationId: orgB._id }));
    expect(atA.memberCount).toBe(await raw('party_members').countDocuments({ organizationId: orgA._id }));
    // The attendance rows keep the organization the member attended from.
    expect(await raw('party_attendances').countDocuments({ memberId, memberOrganizationId: orgB._id })).toBe(0);
  });

  it('party transfers: same organization, secretaries, stale versions and parallel transfers', async () => {
    const memberId = membersA[7];
    expect(errorOf(await transfer(memberId, orgA._id, 0)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'toOrganizationId',
    });
    expect(errorOf(await transfer(secretaryA, orgB._id, 0)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'memberId',
    });
    expect(errorOf(await transfer(memberId, 'porg-unknown', 0)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'toOrganizationId',
    });
    expect(errorOf(await transfer(memberId, orgB._id, 3)).extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 0,
    });

    const results = await Promise.all([
      transfer(memberId, orgB._id, 0, 'street'),
      transfer(memberId, orgB._id, 0, 'street2'),
      transfer(memberId, orgB._id, 0, 'admin'),
    ]);
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    const losers = results.filter((r) => r.body.errors);
    expect(losers).toHaveLength(2);
    for (const loser of losers)
      expect(errorOf(loser).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const stored = await raw('party_members').findOne({ _id: memberId as never });
    expect(stored!.history.map((entry: { action: string }) => entry.action)).toEqual(['TRANSFER']);
  });

  it('party transfers: community workers, read-only roles, other domains and other streets are refused', async () => {
    const memberId = membersA[5];
    for (const role of ['communityA', 'analyst', 'service', 'economy'])
      expect(errorOf(await transfer(memberId, orgB._id, 0, role)).extensions?.code, role).toBe('FORBIDDEN');
    // Organization C lies in another street: not visible to this street official.
    expect(errorOf(await transfer(memberId, orgC._id, 0)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'toOrganizationId',
    });
    expect(errorOf(await transfer(memberC, orgA._id, 0)).extensions?.code).toBe('NOT_FOUND');
    const stored = await raw('party_members').findOne({ _id: memberId as never });
    expect(stored).toMatchObject({ organizationId: orgA._id });
    expect(stored!.history).toBeUndefined();
  });
});
