import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidIdNumber } from '../platform/world/identifiers.js';
import { residentId } from '../platform/world/keys.js';
import type { Viewer } from '../platform/contract/identity.js';
import { ADMIN, ANALYST, official, startSubgraphHarness, type SubgraphHarness } from './utils/subgraph-harness.js';

let ca: SubgraphHarness;
/** Runs as `viewer` (admin by default). */
const runAs = (query: string, viewer: Viewer = ADMIN, variables?: Record<string, unknown>) =>
  ca.run(query, variables, viewer);
const communityWorker = (code: string) => official(code, 'civil-affairs');
/** Sees civil-affairs records of their jurisdiction with personal values masked. */
const OTHER_DOMAIN = official('120104', 'urban-management', 'district_official');
beforeAll(async () => {
  ca = await startSubgraphHarness('civil-affairs');
});
afterAll(async () => ca?.stop());

const GUANGKAI = '120104004';
const MY_COMMUNITY = '120104004001';
const OTHER_COMMUNITY = '120104004002';
const ENTITIES =
  'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Community { code name } ... on Resident { id name } } }';

describe('divisions tree', () => {
  it('divisions street counts from the documents: 广开 13, 桐柏路 19, 柏庄镇 38', async () => {
    const { data } = await runAs(`{ gk: street(code: "120104004") { name communities { totalCount } }
      tb: street(code: "410102005") { name communities { totalCount } } bz: street(code: "410503100") { name kind communities { totalCount } } }`);
    expect(data).toEqual({
      gk: { name: '广开街道', communities: { totalCount: 13 } },
      tb: { name: '桐柏路街道', communities: { totalCount: 19 } },
      bz: { name: '柏庄镇', kind: 'TOWN', communities: { totalCount: 38 } },
    });
  });

  it('divisions parents and children link up', async () => {
    const { data } = await runAs(
      '{ community(code: "410503001001") { name kind street { name district { name } } grids(first: 1) { edges { node { community { code } } } } } }',
    );
    expect(data!.community).toMatchObject({
      name: '红旗北社区',
      kind: 'COMMUNITY',
      street: { name: '红旗路街道', district: { name: '北关区' } },
    });
    expect(data!.community.grids.edges[0].node.community.code).toBe('410503001001');
  });

  it('divisions unknown codes give null, not errors', async () => {
    const result = await runAs(
      '{ district(code: "410599") { name } street(code: "410503999") { name } community(code: "410503001999") { name } grid(code: "410503001001999") { name } }',
    );
    expect(result).toEqual({ data: { district: null, street: null, community: null, grid: null } });
  });

  it('divisions pagination walks all pages without gaps', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { data } = await runAs(
        'query($after: String) { divisions(first: 7, after: $after, filter: { within: "120104004", level: COMMUNITY }) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }',
        ADMIN,
        { after },
      );
      codes.push(...data!.divisions.edges.map((edge: { node: { code: string } }) => edge.node.code));
      after = data!.divisions.pageInfo.hasNextPage ? data!.divisions.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    expect(codes).toEqual(Array.from({ length: 13 }, (_, i) => `120104004${String(i + 1).padStart(3, '0')}`));
  });

  it('divisions name search is scoped to the jurisdiction and its ancestors', async () => {
    const { data } = await runAs(
      '{ divisions(first: 100, filter: { nameContains: "区" }) { edges { node { code name } } } }',
      communityWorker(MY_COMMUNITY),
    );
    const names = data!.divisions.edges.map((edge: { node: { name: string } }) => edge.node.name);
    expect(names).toContain('南开区');
    expect(names).not.toContain('北关区');
    const streets = await runAs(
      '{ divisions(first: 100, filter: { level: STREET }) { totalCount edges { node { name } } } }',
      communityWorker(MY_COMMUNITY),
    );
    expect(streets.data!.divisions).toEqual({ totalCount: 1, edges: [{ node: { name: '广开街道' } }] });
  });
});

describe('errors bad input', () => {
  const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.map((error) => [error.extensions?.code, error.extensions?.argumentName]);

  it('errors name the argument: malformed code, first over 100, bad cursor, bad date, bad filter code', async () => {
    expect(codeOf(await runAs('{ district(code: "4105") { name } }'))).toEqual([['BAD_USER_INPUT', 'code']]);
    expect(codeOf(await runAs('{ street(code: "410503") { name } }'))).toEqual([['BAD_USER_INPUT', 'code']]);
    expect(codeOf(await runAs('{ divisions(first: 101) { totalCount } }'))).toEqual([['BAD_USER_INPUT', 'first']]);
    expect(codeOf(await runAs('{ residents(after: "not-a-cursor") { totalCount } }'))).toEqual([
      ['BAD_USER_INPUT', 'after'],
    ]);
    expect(
      codeOf(
        await runAs(
          '{ district(code: "410503") { civilAffairsIndicators(from: "last spring") { dibaoHouseholds { value } } } }',
        ),
      ),
    ).toEqual([['BAD_USER_INPUT', 'from']]);
    expect(codeOf(await runAs('{ assistanceCases(filter: { divisionCode: "41x" }) { totalCount } }'))).toEqual([
      ['BAD_USER_INPUT', 'filter.divisionCode'],
    ]);
  });

  it('errors operator payloads in strings stay text', async () => {
    const result = await runAs('{ divisions(filter: { nameContains: "{\\"$gt\\": \\"\\"}" }) { totalCount } }');
    expect(result).toEqual({ data: { divisions: { totalCount: 0 } } });
  });
});

describe('access masking and jurisdiction', () => {
  const resident = residentId(MY_COMMUNITY, 0);
  const query = `{ resident(id: "${resident}") { name idNumber phone age } }`;

  it('access admin reads full personal fields and the read is audited', async () => {
    const { data } = await runAs(query, ADMIN);
    expect(isValidIdNumber(data!.resident.idNumber)).toBe(true);
    expect(data!.resident.idNumber.startsWith('120104')).toBe(true);
    const audited = await ca.connection
      .collection('audit_records')
      .countDocuments({ recordId: resident, field: 'idNumber' });
    expect(audited).toBeGreaterThan(0);
  });

  it('access an official of another domain sees masked ID number, phone and name; an analyst gets FORBIDDEN naming the field', async () => {
    const { data } = await runAs(query, OTHER_DOMAIN);
    expect(data!.resident.idNumber).toMatch(/^120104\*{8}\d{3}[\dX]$/);
    expect(data!.resident.name).toMatch(/^\S\*+$/);
    if (data!.resident.phone) expect(data!.resident.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    const refused = await runAs(query, ANALYST);
    expect(refused.data?.resident).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Query.resident' });
  });

  it('access assistance recipients are masked for an official of another domain, full for the community worker', async () => {
    const q = `{ community(code: "${MY_COMMUNITY}") { assistanceCases(first: 1) { edges { node { recipientName } } } } }`;
    const masked = (await runAs(q, OTHER_DOMAIN)).data!.community.assistanceCases.edges[0].node.recipientName;
    const full = (await runAs(q, communityWorker(MY_COMMUNITY))).data!.community.assistanceCases.edges[0].node
      .recipientName;
    expect(masked).toMatch(/^\S\*+$/);
    expect(full).not.toContain('*');
    expect(masked[0]).toBe(full[0]);
  });

  it('access a community worker sees nothing of another community, also through _entities', async () => {
    const worker = communityWorker(MY_COMMUNITY);
    const other = residentId(OTHER_COMMUNITY, 0);
    const { data } = await runAs(
      `{ resident(id: "${other}") { id } assistanceCases(filter: { divisionCode: "${OTHER_COMMUNITY}" }) { totalCount }
      mine: assistanceCases(filter: { divisionCode: "${GUANGKAI}" }) { totalCount }
      community(code: "${OTHER_COMMUNITY}") { name } street(code: "${GUANGKAI}") { name communities { totalCount } residents { totalCount } civilAffairsIndicators { dibaoHouseholds { value } } } }`,
      worker,
    );
    expect(data!.resident).toBeNull();
    expect(data!.assistanceCases.totalCount).toBe(0);
    expect(data!.mine.totalCount).toBeGreaterThan(0);
    expect(data!.community).toBeNull();
    expect(data!.street).toEqual({
      name: '广开街道',
      communities: { totalCount: 1 },
      residents: { totalCount: expect.any(Number) },
      civilAffairsIndicators: null,
    });
    const entities = await runAs(ENTITIES, worker, {
      representations: [
        { __typename: 'Community', code: OTHER_COMMUNITY },
        { __typename: 'Resident', id: other },
        { __typename: 'Community', code: MY_COMMUNITY },
        { __typename: 'Resident', id: residentId(MY_COMMUNITY, 1) },
      ],
    });
    expect(entities.data!._entities[0]).toBeNull();
    expect(entities.data!._entities[1]).toBeNull();
    expect(entities.data!._entities[2].code).toBe(MY_COMMUNITY);
    expect(entities.data!._entities[3].id).toBe(residentId(MY_COMMUNITY, 1));
  });
});

describe('batching', () => {
  it('batching Community.assistanceCases for all communities of a street is one aggregation', async () => {
    let result: Awaited<ReturnType<SubgraphHarness['run']>> | undefined;
    const commands = await ca.commandsOn('assistance_cases', async () => {
      result = await runAs(
        `{ street(code: "${GUANGKAI}") { communities(first: 20) { edges { node { code assistanceCases(first: 2) { totalCount } } } } } }`,
      );
    });
    expect(result!.data!.street.communities.edges).toHaveLength(13);
    expect(commands.map((command) => command.name)).toEqual(['aggregate']);
    const independent = await ca.connection
      .collection('assistance_cases')
      .countDocuments({ communityCode: '120104004001' });
    expect(result!.data!.street.communities.edges[0].node.assistanceCases.totalCount).toBe(independent);
  });

  it('batching 60 Resident representations are one query', async () => {
    const representations = ['120104004001', '410503001001', '120116011001'].flatMap((code) =>
      Array.from({ length: 20 }, (_, i) => ({ __typename: 'Resident', id: residentId(code, i) })),
    );
    let result: Awaited<ReturnType<SubgraphHarness['run']>> | undefined;
    const commands = await ca.commandsOn('residents', async () => {
      result = await runAs(ENTITIES, ADMIN, { representations });
    });
    expect(result!.data!._entities.map((entity: { id: string }) => entity.id)).toEqual(
      representations.map((r) => r.id),
    );
    expect(commands.map((command) => command.name)).toEqual(['find']);
  });

  it('batching indicators for many communities share one pipeline per collection', async () => {
    const commands = await ca.commandsOn('benefit_payments', async () => {
      const { data } = await runAs(
        '{ street(code: "410503100") { communities(first: 38) { edges { node { civilAffairsIndicators(from: "2020-01-01T00:00:00+08:00", to: "2020-12-01T00:00:00+08:00") { dibaoRuralAmount { value } } } } } } }',
      );
      const total = data!.street.communities.edges.reduce(
        (sum: number, edge: any) => sum + edge.node.civilAffairsIndicators.dibaoRuralAmount.value * 100,
        0,
      );
      expect(Math.round(total)).toBe(356_300_000);
    });
    expect(commands).toHaveLength(1);
  });
});

describe('lists sort, filters and pages', () => {
  type Raw = Record<string, any>;
  const raw = (name: string) => ca.connection.collection<Raw>(name);
  const ids = (connection: { edges: { node: { id?: string; code?: string } }[] }) =>
    connection.edges.map((edge) => edge.node.id ?? edge.node.code);
  const rawIds = async (name: string, filter: Raw, field: string, direction: 1 | -1, limit = 100) =>
    (
      await raw(name)
        .find(filter)
        .sort({ [field]: direction, _id: direction })
        .limit(limit)
        .toArray()
    ).map((doc) => String(doc._id));
  const caseWithMostPayments = async () =>
    (
      await raw('benefit_payments')
        .aggregate<{ _id: string }>([
          { $group: { _id: '$caseId', n: { $sum: 1 } } },
          { $sort: { n: -1, _id: 1 } },
          { $limit: 1 },
        ])
        .toArray()
    )[0]._id;

  it('lists nested Street.communities, Community.residents and AssistanceCase.payments follow orderBy both ways', async () => {
    const caseId = await caseWithMostPayments();
    for (const direction of ['ASC', 'DESC'] as const) {
      const step = direction === 'ASC' ? 1 : -1;
      const data = await ca.data(
        `query($direction: SortDirection!) {
        street(code: "${GUANGKAI}") { communities(first: 100, orderBy: { field: NAME, direction: $direction }) { edges { node { code } } } }
        community(code: "${MY_COMMUNITY}") { residents(first: 100, orderBy: { field: BIRTH_DATE, direction: $direction }) { edges { node { id } } } }
        assistanceCase(id: "${caseId}") { payments(first: 100, orderBy: { field: PERIOD, direction: $direction }) { edges { node { id } } } } }`,
        { direction },
      );
      expect(ids(data.street.communities)).toEqual(await rawIds('divisions', { parentCode: GUANGKAI }, 'name', step));
      expect(ids(data.community.residents)).toEqual(
        await rawIds('residents', { communityCode: MY_COMMUNITY }, 'birthDate', step),
      );
      expect(ids(data.assistanceCase.payments)).toEqual(await rawIds('benefit_payments', { caseId }, 'period', step));
      expect(data.assistanceCase.payments.edges.length).toBeGreaterThan(1);
    }
  });

  it('lists two pages under a non-default sort have no gaps and no repeats', async () => {
    const query = `query($after: String) { community(code: "${MY_COMMUNITY}") {
      residents(first: 15, after: $after, orderBy: { field: BIRTH_DATE, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const first = (await ca.data(query, { after: null })).community.residents;
    const second = (await ca.data(query, { after: first.pageInfo.endCursor })).community.residents;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...ids(first), ...ids(second)]).toEqual(
      await rawIds('residents', { communityCode: MY_COMMUNITY }, 'birthDate', -1, 30),
    );
  });

  it('lists filters: resident sex and age, payment months, child-division names', async () => {
    const shanghaiDay = (date: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date).split('-').map(Number);
    const [y, m, d] = shanghaiDay(new Date());
    const ageOf = (birth: Date) => {
      const [by, bm, bd] = shanghaiDay(birth);
      return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
    };
    const caseId = await caseWithMostPayments();
    const periods = (await raw('benefit_payments').find({ caseId }).sort({ period: 1 }).toArray()).map(
      (doc) => doc.period as string,
    );
    const [fromMonth, toMonth] = [periods[1], periods.at(-2)!];
    const data = await ca.data(`{
      community(code: "${MY_COMMUNITY}") { residents(first: 100, filter: { sex: FEMALE, minAge: 30, maxAge: 59 }) { totalCount edges { node { id age sex } } } }
      assistanceCase(id: "${caseId}") { payments(first: 100, filter: { fromMonth: "${fromMonth}", toMonth: "${toMonth}" }) { edges { node { period } } } }
      street(code: "${GUANGKAI}") { communities(filter: { nameContains: "里" }) { edges { node { name } } } } }`);
    const residents = await raw('residents')
      .find({ communityCode: MY_COMMUNITY, sex: 'FEMALE' })
      .sort({ _id: 1 })
      .toArray();
    const expected = residents
      .filter((resident) => ageOf(resident.birthDate) >= 30 && ageOf(resident.birthDate) <= 59)
      .map((resident) => resident._id);
    expect(expected.length).toBeGreaterThan(0);
    expect(data.community.residents.totalCount).toBe(expected.length);
    expect(ids(data.community.residents)).toEqual(expected.slice(0, 100));
    expect(data.assistanceCase.payments.edges.map((edge: any) => edge.node.period)).toEqual(periods.slice(1, -1));
    const names = (await raw('divisions').find({ parentCode: GUANGKAI }).sort({ _id: 1 }).toArray()).map(
      (doc) => doc.name as string,
    );
    expect(names.filter((name) => name.includes('里')).length).toBeGreaterThan(0);
    expect(data.street.communities.edges.map((edge: any) => edge.node.name)).toEqual(
      names.filter((name) => name.includes('里')),
    );
  });

  it('lists errors: a cursor of another sort order, a bad month, PUBLISHED_AT over drafts', async () => {
    const caseId = await caseWithMostPayments();
    const page = await ca.data(
      `{ assistanceCase(id: "${caseId}") { payments(first: 1, orderBy: { field: PERIOD }) { pageInfo { endCursor } } } }`,
    );
    const cursor = page.assistanceCase.payments.pageInfo.endCursor;
    const errorsOf = async (query: string, variables?: Record<string, unknown>) =>
      (await runAs(query, ADMIN, variables)).errors?.map((error) => [
        error.extensions?.code,
        error.extensions?.argumentName,
      ]);
    expect(
      await errorsOf(
        `query($after: String) { assistanceCase(id: "${caseId}") { payments(after: $after, orderBy: { field: PAID_AT }) { totalCount } } }`,
        { after: cursor },
      ),
    ).toEqual([['BAD_USER_INPUT', 'after']]);
    expect(
      await errorsOf(
        `{ assistanceCase(id: "${caseId}") { payments(filter: { fromMonth: "2020-13" }) { totalCount } } }`,
      ),
    ).toEqual([['BAD_USER_INPUT', 'filter.fromMonth']]);
    expect(await errorsOf('{ notices(orderBy: { field: PUBLISHED_AT }) { totalCount } }')).toEqual([
      ['BAD_USER_INPUT', 'orderBy'],
    ]);
  });

  it('batching Community.notices for all communities of a street is one aggregation, ordered like the raw notices', async () => {
    let data: Record<string, any> = {};
    const commands = await ca.commandsOn('notices', async () => {
      data = await ca.data(`{ street(code: "${GUANGKAI}") { communities(first: 20) { edges { node { code
        newest: notices(first: 3) { totalCount edges { node { id } } }
        oldest: notices(first: 3, orderBy: { field: PUBLISHED_AT, direction: ASC }) { totalCount edges { node { id } } } } } } } }`);
    });
    expect(commands.map((command) => command.name)).toEqual(['aggregate', 'aggregate']);
    let reached = 0;
    for (const { node } of data.street.communities.edges) {
      const reaching = {
        status: 'PUBLISHED',
        targetCodes: { $in: [node.code.slice(0, 6), node.code.slice(0, 9), node.code] },
      };
      const total = await raw('notices').countDocuments(reaching);
      reached += total;
      expect(node.newest.totalCount).toBe(total);
      expect(ids(node.newest)).toEqual(await rawIds('notices', reaching, 'publishedAt', -1, 3));
      expect(ids(node.oldest)).toEqual(await rawIds('notices', reaching, 'publishedAt', 1, 3));
    }
    expect(reached).toBeGreaterThan(0);
  });
});
