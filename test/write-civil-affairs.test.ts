import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { TokenClaims } from '../gateway/auth.js';
import { childrenOf, divisionByName } from '../platform/world/divisions.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * The assistance lifecycle and benefit payments through the gateway over HTTP, with tokens of
 * different roles; expectations from the raw collections.
 */
const GUANGKAI = divisionByName('广开街道').code;
const [HOME, NEIGHBOUR] = childrenOf(GUANGKAI);

const WORKER: TokenClaims = {
  sub: 'community-clerk',
  role: 'community_worker',
  jurisdiction: HOME.code,
  domains: ['civil-affairs'],
};
const STREET: TokenClaims = {
  sub: 'street-civil-affairs',
  role: 'street_official',
  jurisdiction: GUANGKAI,
  domains: ['civil-affairs'],
};

let stack: TestStack;
const tokens: Record<string, string> = {};
let applicantIdNumber: string;
let strangerIdNumber: string;

beforeAll(async () => {
  stack = await startTestStack();
  const claims: Record<string, TokenClaims> = {
    worker: WORKER,
    street: STREET,
    admin: { sub: 'admin', role: 'admin' },
    district: {
      sub: 'district-civil-affairs',
      role: 'district_official',
      jurisdiction: '120104',
      domains: ['civil-affairs'],
    },
    neighbourWorker: { ...WORKER, sub: 'other-clerk', jurisdiction: NEIGHBOUR.code },
    analyst: { sub: 'analyst', role: 'analyst', jurisdiction: ['120104', '120116', '410102', '410503'], domains: [] },
    urbanOfficial: { sub: 'urban', role: 'street_official', jurisdiction: GUANGKAI, domains: ['urban-management'] },
  };
  for (const [name, claim] of Object.entries(claims)) tokens[name] = await stack.token(claim);
  applicantIdNumber = (await residents().findOne({ communityCode: HOME.code }))!.idNumber;
  strangerIdNumber = (await residents().findOne({ communityCode: NEIGHBOUR.code }))!.idNumber;
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

const db = () => stack.connections['civil-affairs'];
const cases = () => db().collection('assistance_cases');
const payments = () => db().collection('benefit_payments');
const residents = () => db().collection('residents');

const CASE_FIELDS = 'id status version tier startedAt endedAt appliedAt persons program urbanRural';
const APPLY = `mutation($input: ApplyForAssistanceInput!, $key: String!) { applyForAssistance(input: $input, idempotencyKey: $key) { ${CASE_FIELDS} } }`;
const STEPS: Record<string, { mutation: string; from: string[]; to: string; verb: string }> = {
  communityReview: {
    mutation: 'communityReviewAssistance',
    from: ['APPLIED'],
    to: 'COMMUNITY_REVIEWED',
    verb: 'community review',
  },
  approve: { mutation: 'approveAssistance', from: ['COMMUNITY_REVIEWED'], to: 'ACTIVE', verb: 'approve' },
  reject: { mutation: 'rejectAssistance', from: ['APPLIED', 'COMMUNITY_REVIEWED'], to: 'REJECTED', verb: 'reject' },
  suspend: { mutation: 'suspendAssistance', from: ['ACTIVE'], to: 'SUSPENDED', verb: 'suspend' },
  resume: { mutation: 'resumeAssistance', from: ['SUSPENDED'], to: 'ACTIVE', verb: 'resume' },
  terminate: { mutation: 'terminateAssistance', from: ['ACTIVE', 'SUSPENDED'], to: 'CLOSED', verb: 'terminate' },
};
const CHANGE_TIER = `mutation($id: ID!, $v: Int!, $tier: DibaoTier!) { case: changeAssistanceTier(id: $id, expectedVersion: $v, tier: $tier) { ${CASE_FIELDS} } }`;
const PAY = `mutation($caseId: ID!, $month: String!, $amount: Float!, $key: String!) { recordBenefitPayment(caseId: $caseId, month: $month, amountYuan: $amount, idempotencyKey: $key) { id period months amountYuan } }`;

type Case = Record<string, unknown> & { id: string; status: string; version: number };
type Response = GraphQLResponse<Record<string, Case | null>>;

function apply(token: string, input: Record<string, unknown> = {}, key: string = randomUUID()): Promise<Response> {
  const variables = {
    key,
    input: {
      divisionCode: HOME.code,
      recipientIdNumber: applicantIdNumber,
      program: 'DIBAO',
      tier: 'B',
      paymentSchedule: 'MONTHLY',
      persons: 3,
      ...input,
    },
  };
  return stack.graphql(APPLY, { token, variables });
}

function step(token: string, name: string, id: string, version: number, note?: string): Promise<Response> {
  const query = `mutation($id: ID!, $v: Int!, $note: String) { case: ${STEPS[name].mutation}(id: $id, expectedVersion: $v, note: $note) { ${CASE_FIELDS} } }`;
  return stack.graphql(query, { token, variables: { id, v: version, note } });
}

function pay(token: string, caseId: string, month: string, amount: number, key: string = randomUUID()) {
  return stack.graphql<{
    recordBenefitPayment: { id: string; period: string; months: number; amountYuan: number } | null;
  }>(PAY, { token, variables: { caseId, month, amount, key } });
}

async function applied(): Promise<Case> {
  const response = await apply(tokens.worker);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.applyForAssistance!;
}

const codeOf = (response: GraphQLResponse<unknown>) => response.body.errors?.[0]?.extensions?.code;
const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

describe('write civil-affairs: assistance lifecycle', () => {
  it('write civil-affairs: apply → community review → street approval → tier change → suspend → resume → terminate, with history', async () => {
    const created = await applied();
    expect(created).toMatchObject({
      status: 'APPLIED',
      version: 0,
      startedAt: null,
      tier: 'B',
      persons: 3,
      urbanRural: 'URBAN',
    });
    const reviewed = (await step(tokens.worker, 'communityReview', created.id, 0, '入户调查属实')).body.data!.case!;
    expect(reviewed).toMatchObject({ status: 'COMMUNITY_REVIEWED', version: 1, startedAt: null });
    const approved = (await step(tokens.street, 'approve', created.id, 1)).body.data!.case!;
    expect(approved).toMatchObject({ status: 'ACTIVE', version: 2, startedAt: expect.any(String) });
    const tiered = (
      await stack.graphql<Record<string, Case>>(CHANGE_TIER, {
        token: tokens.street,
        variables: { id: created.id, v: 2, tier: 'A' },
      })
    ).body.data!.case;
    expect(tiered).toMatchObject({ status: 'ACTIVE', version: 3, tier: 'A' });
    expect((await step(tokens.street, 'suspend', created.id, 3)).body.data!.case).toMatchObject({
      status: 'SUSPENDED',
      version: 4,
    });
    expect((await step(tokens.street, 'resume', created.id, 4)).body.data!.case).toMatchObject({
      status: 'ACTIVE',
      version: 5,
    });
    const closed = (await step(tokens.street, 'terminate', created.id, 5, '收入超标')).body.data!.case!;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 6, endedAt: expect.any(String) });

    const stored = await cases().findOne({ _id: created.id as never });
    expect(stored).toMatchObject({
      status: 'CLOSED',
      version: 6,
      tier: 'A',
      recipientName: (await residents().findOne({ idNumber: applicantIdNumber }))!.name,
    });
    const history = await stack.graphql<{
      assistanceCase: { history: { edges: { node: Record<string, unknown> }[] } };
    }>(
      `query($id: ID!) { assistanceCase(id: $id) { history { edges { node { version action fromState toState actor role note } } } } }`,
      { token: tokens.street, variables: { id: created.id } },
    );
    expect(
      history.body.data!.assistanceCase.history.edges.map(({ node }) => [
        node.action,
        node.fromState,
        node.toState,
        node.role,
      ]),
    ).toEqual([
      ['TERMINATE', 'ACTIVE', 'CLOSED', 'STREET_OFFICIAL'],
      ['RESUME', 'SUSPENDED', 'ACTIVE', 'STREET_OFFICIAL'],
      ['SUSPEND', 'ACTIVE', 'SUSPENDED', 'STREET_OFFICIAL'],
      ['CHANGE_TIER', 'ACTIVE', 'ACTIVE', 'STREET_OFFICIAL'],
      ['APPROVE', 'COMMUNITY_REVIEWED', 'ACTIVE', 'STREET_OFFICIAL'],
      ['COMMUNITY_REVIEW', 'APPLIED', 'COMMUNITY_REVIEWED', 'COMMUNITY_WORKER'],
      ['CREATE', null, 'APPLIED', 'COMMUNITY_WORKER'],
    ]);
    expect(history.body.data!.assistanceCase.history.edges[5].node).toMatchObject({
      actor: 'community-clerk',
      note: '入户调查属实',
    });
  });

  it('write civil-affairs: an application can be rejected by the street', async () => {
    const created = await applied();
    expect((await step(tokens.district, 'reject', created.id, 0, '材料不全')).body.data!.case).toMatchObject({
      status: 'REJECTED',
      version: 1,
    });
  });

  it('write civil-affairs: every illegal transition is BAD_USER_INPUT naming current and requested state, and writes nothing', async () => {
    const template = await cases().findOne({ communityCode: HOME.code });
    let checked = 0;
    for (const state of ['APPLIED', 'COMMUNITY_REVIEWED', 'ACTIVE', 'SUSPENDED', 'CLOSED', 'REJECTED']) {
      const id = `illegal-${state}`;
      await cases().insertOne({
        ...(template ?? {}),
        _id: id as never,
        divisionCode: HOME.code,
        communityCode: HOME.code,
        streetCode: GUANGKAI,
        districtCode: '120104',
        program: 'DIBAO',
        tier: 'B',
        status: state,
      });
      for (const [name, rule] of Object.entries(STEPS)) {
        if (rule.from.includes(state)) continue;
        const response = await step(tokens.admin, name, id, 0);
        expect(response.body.errors?.[0]).toMatchObject({
          message: `cannot ${rule.verb} an assistance case in state ${state}; allowed from ${rule.from.join(', ')}`,
          extensions: { code: 'BAD_USER_INPUT', currentState: state, requestedState: rule.to },
        });
        checked++;
      }
      if (state !== 'ACTIVE') {
        const tier = await stack.graphql(CHANGE_TIER, { token: tokens.admin, variables: { id, v: 0, tier: 'A' } });
        expect(tier.body.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          currentState: state,
          requestedState: 'ACTIVE',
        });
        checked++;
      }
      const stored = await cases().findOne({ _id: id as never });
      expect(stored).toMatchObject({ status: state, tier: 'B' });
      expect(stored!.history).toBeUndefined();
    }
    expect(checked).toBe(42 - 9);
  });

  it('write civil-affairs: five parallel approvals of one version: one wins, four CONFLICT with currentVersion, one change in the history', async () => {
    const created = await applied();
    await step(tokens.worker, 'communityReview', created.id, 0);
    const responses = await Promise.all(Array.from({ length: 5 }, () => step(tokens.street, 'approve', created.id, 1)));
    expect(responses.filter((response) => response.body.data?.case)).toHaveLength(1);
    const conflicts = responses.filter((response) => codeOf(response) === 'CONFLICT');
    expect(conflicts).toHaveLength(4);
    for (const response of conflicts) expect(response.body.errors![0].extensions).toMatchObject({ currentVersion: 2 });
    const stored = await cases().findOne({ _id: created.id as never });
    expect(stored!.history.map((entry: { action: string }) => entry.action)).toEqual([
      'CREATE',
      'COMMUNITY_REVIEW',
      'APPROVE',
    ]);
  });

  it('write civil-affairs: ten parallel retries of one application create one case', async () => {
    const key = randomUUID();
    const before = await cases().countDocuments();
    const responses = await Promise.all(Array.from({ length: 10 }, () => apply(tokens.worker, {}, key)));
    const ids = new Set(responses.map((response) => response.body.data?.applyForAssistance?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    expect(await cases().countDocuments()).toBe(before + 1);
  });

  it('write civil-affairs: invalid applications name the field and leave the collection unchanged', async () => {
    const before = await cases().countDocuments();
    const badCheckDigit = applicantIdNumber.slice(0, 17) + (applicantIdNumber[17] === '1' ? '2' : '1');
    // A community the street has not got: the street official is told so (the worker's jurisdiction holds only its own community).
    const invalid: [Record<string, unknown>, string, string?][] = [
      [{ recipientIdNumber: badCheckDigit }, 'input.recipientIdNumber'],
      [{ recipientIdNumber: strangerIdNumber }, 'input.recipientIdNumber'],
      [{ divisionCode: `${GUANGKAI}998` }, 'input.divisionCode', 'street'],
      [{ tier: null }, 'input.tier'],
      [{ program: 'TEMPORARY', tier: 'A' }, 'input.tier'],
      [{ persons: 0 }, 'input.persons'],
      [{ appliedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'input.appliedAt'],
    ];
    for (const [input, field, caller] of invalid) {
      const response = await apply(tokens[caller ?? 'worker'], input);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    }
    expect(await cases().countDocuments()).toBe(before);
  });

  it('write civil-affairs: roles and jurisdiction are checked, refusals write nothing', async () => {
    const before = await cases().countDocuments();
    expect(codeOf(await apply(tokens.analyst))).toBe('FORBIDDEN');
    expect(codeOf(await apply(tokens.urbanOfficial))).toBe('FORBIDDEN');
    expect(codeOf(await apply(tokens.neighbourWorker))).toBe('FORBIDDEN');
    expect(await cases().countDocuments()).toBe(before);

    const created = await applied();
    await step(tokens.worker, 'communityReview', created.id, 0);
    expect(codeOf(await step(tokens.worker, 'approve', created.id, 1))).toBe('FORBIDDEN');
    // Outside the jurisdiction a case is not there: the same NOT_FOUND as for an id that never existed.
    const outside = await step(tokens.neighbourWorker, 'approve', created.id, 1);
    const missing = await step(tokens.neighbourWorker, 'approve', `${created.id}-missing`, 1);
    expect(codeOf(outside)).toBe('NOT_FOUND');
    expect(outside.body.errors![0].message.replace(created.id, 'ID')).toBe(
      missing.body.errors![0].message.replace(`${created.id}-missing`, 'ID'),
    );
    expect(codeOf(await step(tokens.urbanOfficial, 'approve', created.id, 1))).toBe('FORBIDDEN');
    expect(codeOf(await step(tokens.analyst, 'approve', created.id, 1))).toBe('FORBIDDEN');
    expect(await cases().findOne({ _id: created.id as never })).toMatchObject({
      status: 'COMMUNITY_REVIEWED',
      version: 1,
    });
    expect((await step(tokens.street, 'approve', created.id, 1)).body.data!.case).toMatchObject({ status: 'ACTIVE' });
  });
});

describe('write civil-affairs: benefit payments', () => {
  it('write civil-affairs: one payment per ACTIVE case and month; retries return it; invalid amounts and months write nothing', async () => {
    const created = await applied();
    await step(tokens.worker, 'communityReview', created.id, 0);
    await step(tokens.street, 'approve', created.id, 1);
    const before = await payments().countDocuments();
    const month = thisMonth();

    const key = randomUUID();
    const retries = await Promise.all(
      Array.from({ length: 5 }, () => pay(tokens.street, created.id, month, 1008.5, key)),
    );
    expect(new Set(retries.map((response) => response.body.data?.recordBenefitPayment?.id)).size).toBe(1);
    expect(retries[0].body.data!.recordBenefitPayment).toMatchObject({ period: month, months: 1, amountYuan: 1008.5 });
    expect(await payments().findOne({ caseId: created.id })).toMatchObject({ amountFen: 100850, period: month });

    expect(codeOf(await pay(tokens.street, created.id, month, 1008.5))).toBe('CONFLICT');
    const invalid: [string, number, string][] = [
      [month, -1, 'amountYuan'],
      [month, 1.005, 'amountYuan'],
      ['2999-01', 10, 'month'],
      ['2024-13', 10, 'month'],
      ['2000-01', 10, 'month'],
    ];
    for (const [period, amount, field] of invalid) {
      const response = await pay(tokens.street, created.id, period, amount);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    }
    expect(codeOf(await pay(tokens.worker, created.id, month, 10))).toBe('FORBIDDEN');
    expect(codeOf(await pay(tokens.analyst, created.id, month, 10))).toBe('FORBIDDEN');

    await step(tokens.street, 'suspend', created.id, 2);
    const suspended = await pay(tokens.street, created.id, month, 10);
    expect(suspended.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', currentState: 'SUSPENDED' },
    });
    expect(await payments().countDocuments()).toBe(before + 1);

    const total = await stack.graphql<{ assistanceCase: { totalPaidYuan: number } }>(
      `query($id: ID!) { assistanceCase(id: $id) { totalPaidYuan } }`,
      { token: tokens.street, variables: { id: created.id } },
    );
    expect(total.body.data!.assistanceCase.totalPaidYuan).toBe(1008.5);
  });
});
