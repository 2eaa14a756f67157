import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { TokenClaims } from '../gateway/auth.js';
import { divisionByName } from '../platform/world/divisions.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * Notices (信息发布) through the gateway over HTTP. Which communities a street's notice must
 * reach comes from the raw divisions collection (each community's parent), not from the code
 * under test.
 */
const GUANGKAI = divisionByName('广开街道').code;
const DAGANG = divisionByName('大港街道').code;

const STREET: TokenClaims = {
  sub: 'guangkai-civil',
  role: 'street_official',
  jurisdiction: GUANGKAI,
  domains: ['civil-affairs'],
};
const ADMIN: TokenClaims = { sub: 'admin', role: 'admin' };

let stack: TestStack;
const tokens: Record<string, string> = {};
let guangkaiCommunities: string[];
let neighbourCommunities: string[];

beforeAll(async () => {
  stack = await startTestStack();
  const divisions = stack.connections['civil-affairs'].collection<{
    _id: string;
    parentCode: string | null;
    level: string;
  }>('divisions');
  guangkaiCommunities = (await divisions.find({ parentCode: GUANGKAI, level: 'COMMUNITY' }).toArray())
    .map((d) => d._id)
    .sort();
  const neighbour = (await divisions.findOne({
    parentCode: GUANGKAI.slice(0, 6),
    level: 'STREET',
    _id: { $ne: GUANGKAI },
  }))!._id;
  neighbourCommunities = (await divisions.find({ parentCode: neighbour, level: 'COMMUNITY' }).toArray())
    .map((d) => d._id)
    .sort();
  const dagangFirstCommunity = (await divisions.findOne({ parentCode: DAGANG, level: 'COMMUNITY' }))!._id;
  const claims: Record<string, TokenClaims> = {
    street: STREET,
    admin: ADMIN,
    worker: {
      sub: 'guangkai-worker',
      role: 'community_worker',
      jurisdiction: guangkaiCommunities[0],
      domains: ['civil-affairs'],
    },
    urbanOfficial: {
      sub: 'guangkai-urban',
      role: 'street_official',
      jurisdiction: GUANGKAI,
      domains: ['urban-management'],
    },
    platform: { sub: 'hui-an-dagang', role: 'service', jurisdiction: DAGANG, domains: [] },
    dagangClerk: {
      sub: 'dagang-clerk',
      role: 'community_worker',
      jurisdiction: dagangFirstCommunity,
      domains: ['civil-affairs'],
    },
    analyst: { sub: 'analyst', role: 'analyst', jurisdiction: ['120104', '120116', '410102', '410503'], domains: [] },
  };
  for (const [name, claim] of Object.entries(claims)) tokens[name] = await stack.token(claim);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

type Notice = {
  id: string;
  status: string;
  version: number;
  title: string;
  targetCodes: string[];
  readCount: number;
  readCounts: Array<{ communityCode: string; count: number }>;
};
const NOTICE_FIELDS =
  'id status version title targetCodes publishedAt withdrawnAt readCount readCounts { communityCode count }';
const DRAFT = `mutation($input: DraftNoticeInput!, $key: String!) { draftNotice(input: $input, idempotencyKey: $key) { ${NOTICE_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { notice: publishNotice(id: $id, expectedVersion: $v) { ${NOTICE_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!) { notice: withdrawNotice(id: $id, expectedVersion: $v, note: "内容有误") { ${NOTICE_FIELDS} history { edges { node { action fromState toState } } } } }`;
const READ = `mutation($id: ID!, $community: ID!) { recordNoticeRead(noticeId: $id, communityCode: $community) { communityCode count } }`;

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

async function published(token: string, input: Record<string, unknown>): Promise<Notice> {
  const drafted = await stack.graphql<{ draftNotice: Notice }>(DRAFT, {
    token,
    variables: {
      key: randomUUID(),
      input: { title: '关于开展消防安全检查的通知', body: '请各社区居民配合检查。', category: 'SAFETY', ...input },
    },
  });
  expect(drafted.body.errors).toBeUndefined();
  const draft = drafted.body.data!.draftNotice;
  const response = await stack.graphql<{ notice: Notice }>(PUBLISH, {
    token,
    variables: { id: draft.id, v: draft.version },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.notice;
}

/** The ids of each community's current notices, one aliased query for all of them. */
async function currentNotices(codes: string[], token = tokens.admin): Promise<Record<string, string[]>> {
  const fields = codes
    .map((code, i) => `c${i}: community(code: "${code}") { code notices(first: 100) { edges { node { id } } } }`)
    .join('\n');
  const response = await stack.graphql<
    Record<string, { code: string; notices: { edges: Array<{ node: { id: string } }> } | null } | null>
  >(`{ ${fields} }`, { token });
  expect(response.body.errors).toBeUndefined();
  return Object.fromEntries(
    codes.map((code, i) => [code, response.body.data![`c${i}`]?.notices?.edges.map((edge) => edge.node.id) ?? []]),
  );
}

describe('notices: targeting and lifecycle', () => {
  it('notices: a street notice reaches each of its communities and no community of a neighbour street', async () => {
    expect(guangkaiCommunities.length).toBe(13);
    const notice = await published(tokens.street, { divisionCode: GUANGKAI });
    expect(notice).toMatchObject({ status: 'PUBLISHED', version: 1, targetCodes: [GUANGKAI] });
    expect(neighbourCommunities.length, 'communities of the neighbour street').toBeGreaterThan(0);
    const reached = await currentNotices([...guangkaiCommunities, ...neighbourCommunities]);
    for (const code of guangkaiCommunities) expect(reached[code]).toContain(notice.id);
    for (const code of neighbourCommunities) expect(reached[code]).not.toContain(notice.id);
  });

  it('notices: a notice targeted at one community reaches it alone; newest first', async () => {
    const [target, other] = guangkaiCommunities;
    const older = await published(tokens.street, {
      divisionCode: GUANGKAI,
      targetCodes: [target],
      title: '社区活动通知',
      category: 'ACTIVITY',
    });
    const newer = await published(tokens.street, {
      divisionCode: GUANGKAI,
      targetCodes: [target],
      title: '社区服务通知',
      category: 'SERVICE',
    });
    const reached = await currentNotices([target, other]);
    expect(reached[target].indexOf(newer.id)).toBeLessThan(reached[target].indexOf(older.id));
    expect(reached[other]).not.toContain(older.id);
  });

  it('notices: withdraw hides it from every community, with history and version checks', async () => {
    const notice = await published(tokens.street, { divisionCode: GUANGKAI });
    const stale = await stack.graphql(WITHDRAW, { token: tokens.street, variables: { id: notice.id, v: 0 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const withdrawn = await stack.graphql<{
      notice: Notice & { history: { edges: Array<{ node: Record<string, unknown> }> } };
    }>(WITHDRAW, { token: tokens.street, variables: { id: notice.id, v: 1 } });
    expect(withdrawn.body.errors).toBeUndefined();
    expect(withdrawn.body.data!.notice.history.edges.map((edge) => edge.node)).toEqual([
      { action: 'WITHDRAW', fromState: 'PUBLISHED', toState: 'WITHDRAWN' },
      { action: 'PUBLISH', fromState: 'DRAFT', toState: 'PUBLISHED' },
      { action: 'CREATE', fromState: null, toState: 'DRAFT' },
    ]);
    const reached = await currentNotices(guangkaiCommunities);
    expect(guangkaiCommunities).toHaveLength(13);
    for (const code of guangkaiCommunities) expect(reached[code]).not.toContain(notice.id);
    const again = await stack.graphql(WITHDRAW, { token: tokens.street, variables: { id: notice.id, v: 2 } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    // The raw record agrees: withdrawn, with its time.
    const raw = await stack.connections['civil-affairs'].collection('notices').findOne({ _id: notice.id as never });
    expect(raw).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    expect(raw!.withdrawnAt).toBeInstanceOf(Date);
  });

  it('notices: roles — a community worker may not publish for the street, an urban-management official may not draft, an analyst may not write', async () => {
    const input = { divisionCode: GUANGKAI, title: '通知', body: '正文', category: 'POLICY' };
    for (const token of [tokens.worker, tokens.urbanOfficial, tokens.analyst]) {
      const response = await stack.graphql(DRAFT, { token, variables: { key: randomUUID(), input } });
      expect(codeOf(response)).toBe('FORBIDDEN');
    }
    const outside = await stack.graphql(DRAFT, {
      token: tokens.street,
      variables: { key: randomUUID(), input: { ...input, targetCodes: [neighbourCommunities[0]] } },
    });
    expect(codeOf(outside)).toBe('BAD_USER_INPUT');
    expect(outside.body.errors![0].message).toContain('input.targetCodes[0]');
  });

  it('notices: a retried draft with the same idempotency key creates one notice', async () => {
    const key = randomUUID();
    const variables = {
      key,
      input: { divisionCode: GUANGKAI, title: '重复提交测试', body: '正文', category: 'POLICY' },
    };
    const results = await Promise.all(
      [1, 2, 3].map(() => stack.graphql<{ draftNotice: Notice }>(DRAFT, { token: tokens.street, variables })),
    );
    const ids = new Set(results.map((result) => result.body.data?.draftNotice.id));
    expect(ids.size).toBe(1);
    expect(
      await stack.connections['civil-affairs'].collection('notices').countDocuments({ title: '重复提交测试' }),
    ).toBe(1);
  });

  it('notices: reads are counted per community by its civil-affairs staff (not by services, which never write), only where the notice reaches', async () => {
    const notice = await published(tokens.admin, {
      divisionCode: DAGANG,
      title: '關於春港花園停水的通知',
      category: 'SERVICE',
    });
    const dagangCommunity = (await stack.connections['civil-affairs']
      .collection<{ _id: string }>('divisions')
      .findOne({ parentCode: DAGANG, level: 'COMMUNITY' }))!._id;
    for (let i = 0; i < 3; i++) {
      const read = await stack.graphql(READ, {
        token: tokens.dagangClerk,
        variables: { id: notice.id, community: dagangCommunity },
      });
      expect(read.body.errors).toBeUndefined();
    }
    const byPlatform = await stack.graphql(READ, {
      token: tokens.platform,
      variables: { id: notice.id, community: dagangCommunity },
    });
    expect(codeOf(byPlatform)).toBe('FORBIDDEN');
    const elsewhere = await stack.graphql(READ, {
      token: tokens.admin,
      variables: { id: notice.id, community: guangkaiCommunities[0] },
    });
    expect(codeOf(elsewhere)).toBe('BAD_USER_INPUT');
    const outsideJurisdiction = await stack.graphql(READ, {
      token: tokens.dagangClerk,
      variables: { id: notice.id, community: guangkaiCommunities[0] },
    });
    expect(codeOf(outsideJurisdiction)).toBe('FORBIDDEN');
    const read = await stack.graphql<{ notice: Notice }>(`query($id: ID!) { notice(id: $id) { ${NOTICE_FIELDS} } }`, {
      token: tokens.admin,
      variables: { id: notice.id },
    });
    expect(read.body.data!.notice).toMatchObject({
      readCount: 3,
      readCounts: [{ communityCode: dagangCommunity, count: 3 }],
      version: 1,
    });
  });

  it('notices: the officials list finds a Traditional-script title by its Simplified form; drafts stay hidden from other domains', async () => {
    const notice = await published(tokens.admin, {
      divisionCode: DAGANG,
      title: '興華里社區環境整治通知',
      category: 'ACTIVITY',
    });
    const search = `query($filter: NoticeFilter) { notices(filter: $filter, first: 100) { totalCount edges { node { id status } } } }`;
    const found = await stack.graphql<{ notices: { edges: Array<{ node: { id: string } }> } }>(search, {
      token: tokens.admin,
      variables: { filter: { titleContains: '兴华里', divisionCode: DAGANG } },
    });
    expect(found.body.data!.notices.edges.map((edge) => edge.node.id)).toContain(notice.id);
    const drafts = await stack.graphql<{ notices: { totalCount: number } }>(search, {
      token: tokens.urbanOfficial,
      variables: { filter: { status: ['DRAFT'] } },
    });
    expect(drafts.body.data!.notices.totalCount).toBe(0);
    const ownDrafts = await stack.graphql<{ notices: { totalCount: number } }>(search, {
      token: tokens.street,
      variables: { filter: { status: ['DRAFT'] } },
    });
    expect(ownDrafts.body.data!.notices.totalCount).toBeGreaterThan(0);
  });

  it('notices: the seeded 慧·安大港 notices reach 大港 communities by street and by community; the withdrawn one does not', async () => {
    const raw = await stack.connections['civil-affairs']
      .collection<{ _id: string; title: string; status: string; targetCodes: string[] }>('notices')
      .find({ streetCode: DAGANG, _id: { $regex: '^notice-' } })
      .toArray();
    const [fuyuan, zhenye] = ['福苑里社區', '振業里社區'].map((name) => divisionByName(name).code);
    const reached = await currentNotices([fuyuan, zhenye]);
    for (const code of [fuyuan, zhenye]) {
      const expected = raw
        .filter(
          (notice) => notice.status === 'PUBLISHED' && notice.targetCodes.some((target) => code.startsWith(target)),
        )
        .map((notice) => notice._id);
      expect(expected.length, `seeded notices reaching ${code}`).toBeGreaterThan(0);
      expect(reached[code].filter((id) => id.startsWith('notice-')).sort()).toEqual(expected.sort());
    }
    const withdrawn = raw.find((notice) => notice.status === 'WITHDRAWN')!;
    expect(reached[fuyuan]).not.toContain(withdrawn._id);
    expect(raw.find((notice) => notice.title === '福苑里社區義務植樹活動招募志願者')!.targetCodes).toEqual([fuyuan]);
  });
});
