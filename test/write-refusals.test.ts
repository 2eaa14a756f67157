import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenClaims } from '../gateway/auth.js';
import type { Domain } from '../platform/contract/identity.js';
import { createHash } from 'node:crypto';
import { BSON } from 'mongodb';
import { startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * Refusals of the creating mutations through the gateway over HTTP: a division outside the
 * caller's jurisdiction answers the same whether it exists or not (the answer discloses nothing
 * about other jurisdictions), a read-only caller (analyst, service) or an official of another
 * domain is refused before any of its input is looked at, and services do not count notice reads
 * (README: analysts and services never write). Stored data is compared before and after.
 */
let stack: TestStack;
const DISTRICT = '410503';

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

interface Create {
  domain: Domain;
  mutation: string;
  inputType: string;
  /** Where the created record would be stored. */
  collection: string;
  /** A valid input in `division`. */
  input: (division: string) => Record<string, unknown>;
  /** Invalid values of the input's own fields. */
  invalid: Record<string, unknown>;
  /** An existing division of the accepted level in another district, and a code of that level that names none. */
  outside: [string, string];
}

const CREATES: Create[] = [
  {
    domain: 'civil-affairs',
    mutation: 'applyForAssistance',
    inputType: 'ApplyForAssistanceInput',
    collection: 'assistance_cases',
    invalid: { recipientIdNumber: 'x', persons: 0 },
    input: (divisionCode) => ({
      divisionCode,
      recipientIdNumber: '120104199103202211',
      program: 'TEMPORARY',
      paymentSchedule: 'ONE_OFF',
      persons: 1,
    }),
    outside: ['120104001001', '120104999999'],
  },
  {
    domain: 'civil-affairs',
    mutation: 'draftNotice',
    inputType: 'DraftNoticeInput',
    collection: 'notices',
    invalid: { title: '   ', body: '' },
    input: (divisionCode) => ({ divisionCode, title: '通知', body: '内容', category: 'SERVICE' }),
    outside: ['120104001', '120104999'],
  },
  {
    domain: 'economy',
    mutation: 'createInvestmentProject',
    inputType: 'CreateInvestmentProjectInput',
    collection: 'investment_projects',
    invalid: { name: '   ', amountYuan: -1 },
    input: (divisionCode) => ({ divisionCode, name: '测试项目', industry: 'LOGISTICS', amountYuan: 100 }),
    outside: ['120104001', '120104999'],
  },
  {
    domain: 'urban-management',
    mutation: 'reportIncident',
    inputType: 'ReportIncidentInput',
    collection: 'incidents',
    invalid: { title: '   ', reporterPhone: '123' },
    input: (divisionCode) => ({ divisionCode, title: '楼道堆放垃圾', category: 'GARBAGE', source: 'GRID_PATROL' }),
    outside: ['120104001001', '120104999999'],
  },
  {
    domain: 'urban-management',
    mutation: 'intakePetition',
    inputType: 'IntakePetitionInput',
    collection: 'petitions',
    invalid: { title: '   ', petitionerName: '' },
    input: (divisionCode) => ({
      divisionCode,
      title: '反映噪音',
      channel: 'VISIT',
      category: 'ENVIRONMENT',
      petitionerName: '张三',
    }),
    outside: ['120104001001', '120104999999'],
  },
];

async function create(
  claims: TokenClaims,
  c: Create,
  input: Record<string, unknown>,
  key: string = randomUUID(),
): Promise<GraphQLResponse> {
  return stack.graphql(
    `mutation($input: ${c.inputType}!, $key: String!) { ${c.mutation}(input: $input, idempotencyKey: $key) { __typename } }`,
    {
      token: await stack.token(claims),
      variables: { input, key },
    },
  );
}

/** Count and SHA-256 of a collection's documents in `_id` order: unchanged when nothing was written. */
async function checksum(domain: Domain, collection: string): Promise<{ count: number; sha256: string }> {
  const hash = createHash('sha256');
  let count = 0;
  for await (const doc of stack.connections[domain].db!.collection(collection).find({}, { sort: { _id: 1 } })) {
    hash.update(BSON.serialize(doc));
    count++;
  }
  return { count, sha256: hash.digest('hex') };
}

const official = (domain: Domain): TokenClaims => ({
  sub: `district-${domain}`,
  role: 'district_official',
  jurisdiction: DISTRICT,
  domains: [domain],
});
const errorOf = (response: GraphQLResponse) => response.body.errors?.[0];

describe('write refusals', () => {
  it.each(CREATES.map((c) => [c.mutation, c] as const))(
    'write refusals: %s answers a division outside the jurisdiction the same whether it exists or not',
    async (_name, c) => {
      const before = await checksum(c.domain, c.collection);
      const [existing, missing] = c.outside;
      const answers = [
        await create(official(c.domain), c, c.input(existing)),
        await create(official(c.domain), c, c.input(missing)),
      ];
      expect(answers.map((answer) => errorOf(answer)?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(errorOf(answers[0])!.message.replace(existing, 'CODE')).toBe(
        errorOf(answers[1])!.message.replace(missing, 'CODE'),
      );
      expect(await checksum(c.domain, c.collection)).toEqual(before);
    },
  );

  it.each(CREATES.map((c) => [c.mutation, c] as const))(
    'write refusals: %s refuses read-only callers and other domains before looking at the input',
    async (_name, c) => {
      const before = await checksum(c.domain, c.collection);
      const callers: TokenClaims[] = [
        { sub: 'analyst', role: 'analyst', jurisdiction: DISTRICT, domains: [] },
        { sub: 'service', role: 'service', jurisdiction: DISTRICT, domains: [c.domain] },
        official(c.domain === 'economy' ? 'civil-affairs' : 'economy'),
      ];
      const inputs = [c.input('4105'), c.input('999999999999'), { ...c.input(DISTRICT), ...c.invalid }];
      for (const caller of callers) {
        for (const input of inputs) {
          const answer = await create(caller, c, input, 'short');
          expect(errorOf(answer)?.extensions?.code, `${caller.role} ${JSON.stringify(input)}`).toBe('FORBIDDEN');
        }
      }
      expect(await checksum(c.domain, c.collection)).toEqual(before);
    },
  );

  it('write refusals: services and analysts do not count notice reads; a civil-affairs worker of the community does', async () => {
    const notices = stack.connections['civil-affairs'].collection<{ _id: string; targetCodes: string[] }>('notices');
    const notice = (await notices.findOne({ status: 'PUBLISHED', _id: { $regex: '^notice-' } } as never))!;
    const community = (await stack.connections['civil-affairs']
      .collection<{ _id: string }>('divisions')
      .findOne({ level: 'COMMUNITY', parentCode: notice.targetCodes[0] } as never))!._id;
    const READ =
      'mutation($id: ID!, $community: ID!) { recordNoticeRead(noticeId: $id, communityCode: $community) { count } }';
    const reads = stack.connections['civil-affairs'].collection('notice_reads');
    const before = await reads.find({ noticeId: notice._id }).sort({ _id: 1 }).toArray();
    for (const claims of [
      { sub: 'platform', role: 'service', jurisdiction: community, domains: ['civil-affairs'] },
      { sub: 'analyst', role: 'analyst', jurisdiction: community, domains: [] },
    ] as TokenClaims[]) {
      const answer = await stack.graphql(READ, {
        token: await stack.token(claims),
        variables: { id: notice._id, community },
      });
      expect(errorOf(answer)?.extensions?.code, claims.role).toBe('FORBIDDEN');
    }
    expect(await reads.find({ noticeId: notice._id }).sort({ _id: 1 }).toArray()).toEqual(before);
    const worker: TokenClaims = {
      sub: 'clerk',
      role: 'community_worker',
      jurisdiction: community,
      domains: ['civil-affairs'],
    };
    const counted = await stack.graphql<{ recordNoticeRead: { count: number } }>(READ, {
      token: await stack.token(worker),
      variables: { id: notice._id, community },
    });
    expect(counted.body.errors).toBeUndefined();
    const previous = before.find((row) => row.communityCode === community)?.count ?? 0;
    expect(counted.body.data!.recordNoticeRead.count).toBe(previous + 1);
  });
});
