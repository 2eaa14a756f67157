import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf } from '../platform/world/divisions.js';
import { enterpriseId } from '../platform/world/keys.js';
import { createPartyBuildingModels, type PartyBuildingModels } from '../subgraphs/party-building/models.js';
import { rawModels } from './utils/raw-models.js';
import type { Viewer } from '../platform/contract/identity.js';
import { ADMIN, ANALYST, official, startSubgraphHarness, type SubgraphHarness } from './utils/subgraph-harness.js';

const GUANGKAI = '120104004';
const TONGBAILU = '410102005';
const DAGANG = '120116011';
const FENGHE_RILI = '410102005001';

let pb: SubgraphHarness;
let models: PartyBuildingModels;
const partyOfficial = (code: string, role?: Viewer['role']) => official(code, 'party-building', role);
beforeAll(async () => {
  pb = await startSubgraphHarness('party-building');
  models = rawModels(pb.connection, createPartyBuildingModels(pb.connection));
});
afterAll(async () => {
  await pb?.stop();
});

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename
  ... on Community { code partyOrganizations(first: 10) { totalCount edges { node { id name sector level memberCount } } } }
  ... on Street { code partyOrganizations(first: 0, filter: { sector: COMMUNITY }) { totalCount } }
  ... on Enterprise { id partyOrganization { id name sector enterprise { id } memberCount } }
  ... on PartyOrganization { id name }
} }`;

describe('figures: the documents through GraphQL', () => {
  it('北关区 (003): 47 party organizations in the district organs, all at the December 2020 宣讲培训', async () => {
    const result = await pb.run(`{
      partyOrganization(id: "porg-410503-organs") { name sector children(first: 100) { totalCount edges { node { sector divisionCode } } } }
      partyActivities(filter: { divisionCode: "410503", kind: TRAINING, from: "2020-12-09", to: "2020-12-10" }) {
        totalCount edges { node { title attendingOrganizationCount attendeeCount startsAt } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const committee = result.data!.partyOrganization;
    expect(committee.name).toBe('中共北关区直属机关工作委员会');
    expect(committee.children.totalCount).toBe(47);
    expect(committee.children.edges).toHaveLength(47);
    expect(
      committee.children.edges.every(
        (edge: any) => edge.node.sector === 'ORGAN' && edge.node.divisionCode === '410503',
      ),
    ).toBe(true);
    const [training] = result.data!.partyActivities.edges.map((edge: any) => edge.node);
    expect(training.title).toContain('学习贯彻党的十九届五中全会精神');
    expect(training.attendingOrganizationCount).toBe(47);
    // 书记、副书记 of each of the 47 organizations
    expect(training.attendeeCount).toBe(47 * 2);
    expect(training.startsAt).toBe('2020-12-09T06:30:00.000Z');
  });

  it('北关区 (003): 区直属机关宣讲团 lectures from 12月9日 to 12月31日', async () => {
    const result = await pb.run(
      `{ partyActivities(filter: { divisionCode: "410503", kind: LECTURE, titleContains: "区直属机关宣讲团" }) { edges { node { startsAt endsAt } } } }`,
    );
    const [lecture] = result.data!.partyActivities.edges.map((edge: any) => edge.node);
    expect(lecture.startsAt.slice(0, 10)).toBe('2020-12-09');
    expect(new Date(lecture.endsAt).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })).toBe('2020-12-31');
  });

  it('广开街 (000) 13 and 桐柏路街道 (001) 19 communities each have a community party organization', async () => {
    const result = await pb.run(ENTITIES, {
      representations: [
        { __typename: 'Street', code: GUANGKAI },
        { __typename: 'Street', code: TONGBAILU },
      ],
    });
    expect(result.data!._entities.map((street: any) => street.partyOrganizations.totalCount)).toEqual([13, 19]);
  });

  it('广开街 (000): organizations in 机关, 社区 and 两新, each evaluated in the 2010 创先争优', async () => {
    const result = await pb.run(`{
      partyEvaluations(first: 100, filter: { divisionCode: "${GUANGKAI}", kind: STRIVE_FOR_EXCELLENCE, year: 2010 }) { totalCount edges { node { organization { sector } } } }
    }`);
    const sectors = new Set(result.data!.partyEvaluations.edges.map((edge: any) => edge.node.organization.sector));
    expect([...sectors].sort()).toEqual(['COMMUNITY', 'NON_PUBLIC', 'ORGAN']);
  });

  it('风和日丽 (001): 每周有活动、每月有比赛 in 2007', async () => {
    const result = await pb.run(`{
      weekly: partyActivities(first: 0, filter: { divisionCode: "${FENGHE_RILI}", kind: SCIENCE_POPULARIZATION, from: "2007-01-01", to: "2008-01-01" }) { totalCount }
      monthly: partyActivities(first: 0, filter: { divisionCode: "${FENGHE_RILI}", kind: COMPETITION, from: "2007-01-01", to: "2008-01-01" }) { totalCount }
    }`);
    expect(result.data!.weekly.totalCount).toBe(52);
    expect(result.data!.monthly.totalCount).toBe(12);
  });

  it('大港街道 (004): 千名志愿者 planted 200余 trees at 福苑里 on 2016-03-11; target of 100 activities; secretary 韓英', async () => {
    const result = await pb.run(`{
      partyActivities(filter: { divisionCode: "${DAGANG}", kind: VOLUNTEER_SERVICE, from: "2016-03-11", to: "2016-03-12", titleContains: "千名志愿者" }) {
        edges { node { title participantCount volunteerHours outputs { key value unit } community { code } organization { secretaryName } } }
      }
      partyOrganizations(first: 0, filter: { divisionCode: "${DAGANG}", sector: NON_PUBLIC }) { totalCount }
    }`);
    expect(result.errors).toBeUndefined();
    const [planting] = result.data!.partyActivities.edges.map((edge: any) => edge.node);
    expect(planting.participantCount).toBe(1000);
    expect(planting.outputs[0]).toMatchObject({ key: 'treesPlanted', unit: '棵' });
    expect(planting.outputs[0].value).toBeGreaterThan(200);
    expect(planting.organization.secretaryName).toBe('韓英');
    expect(result.data!.partyOrganizations.totalCount).toBeGreaterThan(0);

    const indicators = await pb.run(ENTITY_INDICATORS, { representations: [{ __typename: 'Street', code: DAGANG }] });
    const dagang = indicators.data!._entities[0].partyBuildingIndicators;
    expect(dagang.volunteerActivities.target).toBe(100);
    expect(dagang.participants.value).toBeGreaterThanOrEqual(1000);
  });
});

const ENTITY_INDICATORS = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Street { partyBuildingIndicators(from: "2016-01-01", to: "2017-01-01") { volunteerActivities { value target unit } participants { value } } }
  ... on Community { code partyBuildingIndicators(from: "2010-01-01", to: "2011-01-01") { organizations { value unit } members { value } activities { value } volunteerHours { value } memberAttendances { value } organizationsBySector { key count } } }
} }`;

describe('entities: Community and Enterprise representations', () => {
  it('Community.partyOrganizations with member counts, for 13 communities in one query per collection', async () => {
    const codes = childrenOf(GUANGKAI).map((community) => community.code);
    expect(codes).toHaveLength(13);
    const representations = codes.map((code) => ({ __typename: 'Community', code }));
    let result: any;
    const organizationQueries = await pb.commandsOn('party_organizations', async () => {
      const memberQueries = await pb.commandsOn('party_members', async () => {
        result = await pb.run(ENTITIES, { representations });
      });
      expect(memberQueries).toHaveLength(1);
    });
    expect(organizationQueries).toHaveLength(1);
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toHaveLength(13);
    for (const community of result.data._entities) {
      const expected = await models.organization.countDocuments({ communityCode: community.code });
      expect(community.partyOrganizations.totalCount).toBe(expected);
      expect(community.partyOrganizations.edges.filter((edge: any) => edge.node.sector === 'COMMUNITY')).toHaveLength(
        1,
      );
      for (const { node } of community.partyOrganizations.edges) {
        expect(node.memberCount).toBe(await models.member.countDocuments({ organizationId: node.id }));
      }
    }
  });

  it('Enterprise.partyOrganization for non-public organizations, batched; unknown enterprises get null', async () => {
    const communities = childrenOf(GUANGKAI).map((community) => community.code);
    const representations = [
      ...communities.map((code) => ({ __typename: 'Enterprise', id: enterpriseId(code, 0) })),
      { __typename: 'Enterprise', id: 'ent-unknown' },
    ];
    let result: any;
    const queries = await pb.commandsOn('party_organizations', async () => {
      result = await pb.run(ENTITIES, { representations });
    });
    expect(queries).toHaveLength(1);
    const organizations = result.data._entities.map((enterprise: any) => enterprise.partyOrganization);
    expect(organizations.at(-1)).toBeNull();
    expect(communities).toHaveLength(13);
    const known = organizations.slice(0, -1);
    expect(known).toHaveLength(communities.length);
    for (const [index, organization] of known.entries()) {
      expect(organization).toMatchObject({
        sector: 'NON_PUBLIC',
        enterprise: { id: enterpriseId(communities[index], 0) },
      });
      expect(organization.memberCount).toBeGreaterThan(0);
    }
  });

  it('indicators of 13 communities: one aggregation per collection, values equal to plain counts', async () => {
    const codes = childrenOf(GUANGKAI).map((community) => community.code);
    let result: any;
    const activityQueries = await pb.commandsOn('party_activities', async () => {
      result = await pb.run(ENTITY_INDICATORS, {
        representations: codes.map((code) => ({ __typename: 'Community', code })),
      });
    });
    expect(activityQueries).toHaveLength(1);
    expect(result.data._entities).toHaveLength(13);
    const from = new Date('2010-01-01T00:00:00+08:00');
    const to = new Date('2011-01-01T00:00:00+08:00');
    for (const community of result.data._entities) {
      const indicators = community.partyBuildingIndicators;
      expect(indicators.organizations).toEqual({
        value: await models.organization.countDocuments({ communityCode: community.code }),
        unit: '个',
      });
      expect(indicators.members.value).toBe(await models.member.countDocuments({ communityCode: community.code }));
      const activities = await models.activity.find({ communityCode: community.code }).lean();
      const inYear = activities.filter((activity) => activity.startsAt >= from && activity.startsAt < to);
      expect(indicators.activities.value).toBe(inYear.length);
      expect(indicators.volunteerHours.value).toBe(inYear.reduce((sum, activity) => sum + activity.volunteerHours, 0));
    }
  });
});

describe('access: masking and jurisdiction', () => {
  const MEMBER = `query ($id: ID!) { partyMember(id: $id) { name phone resident { id } community { code } } }`;

  it('member names and phones: full for admin and party officials in jurisdiction, masked for officials of other domains, FORBIDDEN for analysts', async () => {
    const member = (await models.member.find({ communityCode: FENGHE_RILI }).lean()).find(
      (candidate) => candidate.residentId !== null,
    )!;
    const admin = await pb.run(MEMBER, { id: member._id }, ADMIN);
    expect(admin.data!.partyMember).toMatchObject({
      name: member.name,
      phone: member.phone,
      resident: { id: member.residentId },
    });
    const official = await pb.run(MEMBER, { id: member._id }, partyOfficial(FENGHE_RILI));
    expect(official.data!.partyMember.phone).toBe(member.phone);
    const otherDomain = await pb.run(
      MEMBER,
      { id: member._id },
      { sub: 'x', role: 'community_worker', jurisdiction: [FENGHE_RILI], domains: ['economy'] },
    );
    expect(otherDomain.data!.partyMember.phone).toBe(`${member.phone!.slice(0, 3)}****${member.phone!.slice(-4)}`);
    expect(otherDomain.data!.partyMember.name).toBe(
      Array.from(member.name)[0] + '*'.repeat(Array.from(member.name).length - 1),
    );
    const analyst = await pb.run(MEMBER, { id: member._id }, ANALYST);
    expect(analyst.data?.partyMember).toBeNull();
    expect(analyst.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Query.partyMember' });
  });

  it('a community worker of another community sees nothing of it: root fields, lists and _entities', async () => {
    const worker = partyOfficial(childrenOf(TONGBAILU)[1].code);
    const member = (await models.member.findOne({ communityCode: FENGHE_RILI }).lean())!;
    const organizationId = `porg-${FENGHE_RILI}`;
    const result = await pb.run(
      `query ($member: ID!, $organization: ID!, $representations: [_Any!]!) {
        partyMember(id: $member) { id }
        partyOrganization(id: $organization) { id }
        partyOrganizations(filter: { divisionCode: "${FENGHE_RILI}" }) { totalCount }
        partyActivities(filter: { divisionCode: "${FENGHE_RILI}" }) { totalCount }
        _entities(representations: $representations) { ... on Community { code } ... on PartyOrganization { id } ... on Street { code partyOrganizations { totalCount } partyBuildingIndicators { members { value } } } }
      }`,
      {
        member: member._id,
        organization: organizationId,
        representations: [
          { __typename: 'Community', code: FENGHE_RILI },
          { __typename: 'PartyOrganization', id: organizationId },
          { __typename: 'Street', code: TONGBAILU },
        ],
      },
      worker,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.partyMember).toBeNull();
    expect(result.data!.partyOrganization).toBeNull();
    expect(result.data!.partyOrganizations.totalCount).toBe(0);
    expect(result.data!.partyActivities.totalCount).toBe(0);
    const [community, organization, street] = result.data!._entities;
    expect(community).toBeNull();
    expect(organization).toBeNull();
    // The worker sees their street, its organizations only inside their own community, and no street-wide figures.
    expect(street.code).toBe(TONGBAILU);
    expect(street.partyOrganizations.totalCount).toBe(
      await models.organization.countDocuments({ communityCode: worker.jurisdiction[0] }),
    );
    expect(street.partyBuildingIndicators).toBeNull();
  });

  it('an activity held in a community by its street’s committee: the community worker sees the activity, its organizer (outside the community) is null, not an internal error', async () => {
    const activity = (await models.activity.find({ divisionCode: `${DAGANG}001` }).lean()).find(
      (candidate) => !candidate.organizationId.startsWith(`porg-${DAGANG}001`),
    )!;
    expect(activity, 'the seed has a community activity organized above the community').toBeDefined();
    const query = `query ($community: String!) { partyActivities(first: 100, filter: { divisionCode: $community }) { totalCount edges { node { id organization { id } } } } }`;
    const worker = await pb.run(query, { community: `${DAGANG}001` }, partyOfficial(`${DAGANG}001`));
    expect(worker.errors).toBeUndefined();
    const nodes = worker.data!.partyActivities.edges.map(
      (edge: { node: { id: string; organization: { id: string } | null } }) => edge.node,
    );
    expect(nodes.find((node: { id: string }) => node.id === activity._id)).toEqual({
      id: activity._id,
      organization: null,
    });
    const street = await pb.run(query, { community: `${DAGANG}001` }, partyOfficial(DAGANG, 'street_official'));
    expect(
      street
        .data!.partyActivities.edges.map((edge: { node: { id: string } }) => edge.node)
        .find((node: { id: string }) => node.id === activity._id),
    ).toEqual({ id: activity._id, organization: { id: activity.organizationId } });
  });
});

describe('errors: bad input names the argument', () => {
  it.each([
    ['first over 100', '{ partyMembers(first: 101) { totalCount } }', 'first'],
    ['a cursor that is not ours', '{ partyOrganizations(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after'],
    [
      'a division code of the wrong shape',
      '{ partyActivities(filter: { divisionCode: "1201" }) { totalCount } }',
      'filter.divisionCode',
    ],
    [
      'an empty period',
      '{ partyActivities(filter: { from: "2020-12-31", to: "2020-12-01" }) { totalCount } }',
      'filter.to',
    ],
    [
      'an empty join period',
      '{ partyMembers(filter: { joinedFrom: "2020-12-31", joinedTo: "2020-12-01" }) { totalCount } }',
      'filter.joinedTo',
    ],
  ])('%s', async (_name, query, argumentName) => {
    const result = await pb.run(query);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });

  it('an unparsable DateTime variable', async () => {
    const result = await pb.run('query ($from: DateTime) { partyActivities(filter: { from: $from }) { totalCount } }', {
      from: '2020-13-45',
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('filter.from');
  });

  it('unknown ids give null and unknown codes empty lists, without errors', async () => {
    const result = await pb.run(
      '{ partyOrganization(id: "nope") { id } partyOrganizations(filter: { divisionCode: "999999" }) { totalCount } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ partyOrganization: null, partyOrganizations: { totalCount: 0 } });
  });
});

describe('pagination: cursor pages through a list', () => {
  it('pages through a community organization’s members without gaps or repeats', async () => {
    const organizationId = `porg-${FENGHE_RILI}`;
    const expected = await models.member.countDocuments({ organizationId });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: any = await pb.run(
        'query ($after: String, $organization: ID!) { partyMembers(first: 7, after: $after, filter: { organizationId: $organization }, orderBy: { field: BIRTH_DATE, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id birthDate } } } }',
        { after, organization: organizationId },
      );
      const page = result.data.partyMembers;
      expect(page.totalCount).toBe(expected);
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
  });
});

describe('lists: nested lists are sorted, filtered and batched', () => {
  type Direction = 'ASC' | 'DESC';
  /** Ids of `model`'s documents matching `filter`, sorted independently of the keyset code. */
  async function sortedIds(
    model: PartyBuildingModels[keyof PartyBuildingModels],
    filter: Record<string, unknown>,
    field: string,
    direction: Direction,
    pick = '_id',
  ) {
    const docs = await (model as any).find(filter).lean().exec();
    const sign = direction === 'ASC' ? 1 : -1;
    const compare = (a: unknown, b: unknown) =>
      a instanceof Date ? a.getTime() - (b as Date).getTime() : a! < b! ? -1 : a! > b! ? 1 : 0;
    docs.sort((a: any, b: any) => sign * (compare(a[field], b[field]) || compare(a._id, b._id)));
    return docs.map((doc: any) => doc[pick]);
  }
  /** The group with the most documents of `model`, keyed by `field`. */
  async function largestGroup(model: PartyBuildingModels[keyof PartyBuildingModels], field: string): Promise<string> {
    const [row] = await (model as any)
      .aggregate([
        { $group: { _id: `$${field}`, count: { $sum: 1 } } },
        { $sort: { count: -1, _id: 1 } },
        { $limit: 1 },
      ])
      .exec();
    return row._id;
  }
  const ids = (connection: any) => connection.edges.map((edge: any) => edge.node.id);

  it.each(['ASC', 'DESC'] as const)(
    'lists: children by name, members by birth date, evaluations by score (%s)',
    async (direction) => {
      const evaluated = await largestGroup(models.evaluation, 'organizationId');
      const data = await pb.data(
        `query ($direction: SortDirection!, $evaluated: ID!) {
        committee: partyOrganization(id: "porg-410503-organs") { children(first: 100, orderBy: { field: NAME, direction: $direction }) { edges { node { id } } } }
        community: partyOrganization(id: "porg-${FENGHE_RILI}") { members(first: 100, orderBy: { field: BIRTH_DATE, direction: $direction }) { edges { node { id } } } }
        evaluated: partyOrganization(id: $evaluated) { evaluations(first: 100, orderBy: { field: SCORE, direction: $direction }) { edges { node { id } } } }
      }`,
        { direction, evaluated },
      );
      expect(ids(data.committee.children)).toEqual(
        await sortedIds(models.organization, { parentId: 'porg-410503-organs' }, 'name', direction),
      );
      expect(ids(data.community.members)).toEqual(
        await sortedIds(models.member, { organizationId: `porg-${FENGHE_RILI}` }, 'birthDate', direction),
      );
      expect(ids(data.evaluated.evaluations)).toEqual(
        await sortedIds(models.evaluation, { organizationId: evaluated }, 'score', direction),
      );
    },
  );

  it.each(['ASC', 'DESC'] as const)(
    'lists: a member’s activities by start, an activity’s attendees by organization (%s)',
    async (direction) => {
      const [member, activity] = await Promise.all([
        largestGroup(models.attendance, 'memberId'),
        largestGroup(models.attendance, 'activityId'),
      ]);
      const data = await pb.data(
        `query ($direction: SortDirection!, $member: ID!, $activity: ID!) {
        partyMember(id: $member) { activities(first: 100, orderBy: { field: STARTS_AT, direction: $direction }) { edges { node { id } } } }
        attended: _entities(representations: [{ __typename: "PartyActivity", id: $activity }]) {
          ... on PartyActivity { attendees(first: 100, orderBy: { field: ORGANIZATION, direction: $direction }) { edges { node { id } } } }
        }
      }`,
        { direction, member, activity },
      );
      expect(ids(data.partyMember.activities)).toEqual(
        await sortedIds(models.attendance, { memberId: member }, 'startsAt', direction, 'activityId'),
      );
      expect(ids(data.attended[0].attendees)).toEqual(
        await sortedIds(models.attendance, { activityId: activity }, 'memberOrganizationId', direction, 'memberId'),
      );
    },
  );

  it('lists: two pages of attendees under a non-default sort, no gaps, no repeats', async () => {
    const activity = await largestGroup(models.attendance, 'activityId');
    const expected = await sortedIds(
      models.attendance,
      { activityId: activity },
      'memberOrganizationId',
      'DESC',
      'memberId',
    );
    expect(expected.length).toBeGreaterThan(10);
    const page = (after: string | null) =>
      pb.data(
        `query ($activity: ID!, $after: String, $first: Int!) { _entities(representations: [{ __typename: "PartyActivity", id: $activity }]) {
          ... on PartyActivity { attendees(first: $first, after: $after, orderBy: { field: ORGANIZATION, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }
        } }`,
        { activity, after, first: Math.ceil(expected.length / 2) },
      );
    const first = (await page(null))._entities[0].attendees;
    const second = (await page(first.pageInfo.endCursor))._entities[0].attendees;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...ids(first), ...ids(second)]).toEqual(expected);
    expect(second.totalCount).toBe(expected.length);
  });

  it('lists: nested filters (members by sex, evaluations by year, activities by kind) match raw counts', async () => {
    const evaluated = await largestGroup(models.evaluation, 'organizationId');
    const { year } = (await models.evaluation.findOne({ organizationId: evaluated }).lean().exec())!;
    const data = await pb.data(
      `query ($evaluated: ID!, $year: Int!) {
        community: partyOrganization(id: "porg-${FENGHE_RILI}") {
          members(first: 0, filter: { sex: FEMALE, status: FULL }) { totalCount }
          activities(first: 0, filter: { kind: COMPETITION, from: "2007-01-01", to: "2008-01-01" }) { totalCount }
        }
        evaluated: partyOrganization(id: $evaluated) { evaluations(first: 0, filter: { year: $year }) { totalCount } }
      }`,
      { evaluated, year },
    );
    const organizationId = `porg-${FENGHE_RILI}`;
    const [women, competitions, evaluations] = await Promise.all([
      models.member.countDocuments({ organizationId, sex: 'FEMALE', status: 'FULL' }),
      models.activity.collection.countDocuments({
        organizationId,
        kind: 'COMPETITION',
        startsAt: { $gte: new Date('2007-01-01'), $lt: new Date('2008-01-01') },
      }),
      models.evaluation.countDocuments({ organizationId: evaluated, year }),
    ]);
    expect(women).toBeGreaterThan(0);
    expect(competitions).toBeGreaterThan(0);
    expect(data.community.members.totalCount).toBe(women);
    expect(data.community.activities.totalCount).toBe(competitions);
    expect(data.evaluated.evaluations.totalCount).toBe(evaluations);
  });

  it('lists: filtered, sorted members of 47 organizations in one query', async () => {
    const queries = await pb.commandsOn('party_members', () =>
      pb.data(`{ partyOrganization(id: "porg-410503-organs") { children(first: 100) { edges { node {
        members(first: 3, filter: { position: SECRETARY }, orderBy: { field: BIRTH_DATE, direction: DESC }) { totalCount }
      } } } } }`),
    );
    expect(queries).toHaveLength(1);
  });

  it('lists: a cursor from another sort order is BAD_USER_INPUT naming after', async () => {
    const data = await pb.data(
      `{ partyOrganization(id: "porg-410503-organs") { children(first: 2, orderBy: { field: NAME }) { pageInfo { endCursor } } } }`,
    );
    const result = await pb.run(
      'query ($after: String) { partyOrganization(id: "porg-410503-organs") { children(first: 2, after: $after, orderBy: { field: FOUNDED_ON }) { totalCount } } }',
      {
        after: data.partyOrganization.children.pageInfo.endCursor,
      },
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});
