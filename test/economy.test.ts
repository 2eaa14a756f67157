import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidCreditCode } from '../platform/world/identifiers.js';
import { enterpriseId } from '../platform/world/keys.js';
import { createEconomyModels, type EconomyModels } from '../subgraphs/economy/models.js';
import { rawModels } from './utils/raw-models.js';
import type { Viewer } from '../platform/contract/identity.js';
import { ADMIN, ANALYST, official, startSubgraphHarness, type SubgraphHarness } from './utils/subgraph-harness.js';

/**
 * Economy subgraph in process over the offline engine, seeded at scale 1. Expected figures are
 * written from the source documents; other expectations are plain counts over the raw collections.
 */
let economy: SubgraphHarness;
let models: EconomyModels;
const economyOfficial = (code: string, role?: Viewer['role']) => official(code, 'economy', role);
beforeAll(async () => {
  economy = await startSubgraphHarness('economy');
  models = rawModels(economy.connection, createEconomyModels(economy.connection));
});
afterAll(async () => {
  await economy?.stop();
});

const GUANGKAI = '120104004';
const TONGBAI = '410102005';
const NANKAI = '120104';
const BEIGUAN = '410503';
const DAGANG = '120116011';

async function indicators(typename: 'District' | 'Street', code: string, from: string, to: string, fields: string) {
  const result = await economy.run(
    `query($reps: [_Any!]!, $from: DateTime, $to: DateTime) { _entities(representations: $reps) { ... on ${typename} { economyIndicators(from: $from, to: $to) { ${fields} } } } }`,
    { reps: [{ __typename: typename, code }], from: `${from}T00:00:00+08:00`, to: `${to}T00:00:00+08:00` },
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0].economyIndicators;
}

describe('figures: every documented economy figure', () => {
  it('figures 000 广开街道: 24 tax-cooperating enterprises, 4 service groups', async () => {
    const values = await indicators(
      'Street',
      GUANGKAI,
      '2010-01-01',
      '2011-01-01',
      'taxCooperatingEnterprises { value unit } serviceGroups { value }',
    );
    expect(values.taxCooperatingEnterprises).toEqual({ value: 24, unit: '家' });
    expect(values.serviceGroups.value).toBe(4);
  });

  it('figures 001 桐柏路街道: 12 enterprises and 4亿 invested in 2006-2007, 2007 tax over 5,000万', async () => {
    const introduced = await indicators(
      'Street',
      TONGBAI,
      '2006-01-01',
      '2008-01-01',
      'signedProjects { value } signedInvestment { value unit }',
    );
    expect(introduced.signedProjects.value).toBe(12);
    expect(introduced.signedInvestment).toEqual({ value: 400_000_000, unit: '元' });
    const tax = await indicators('Street', TONGBAI, '2007-01-01', '2008-01-01', 'taxRevenue { value }');
    expect(tax.taxRevenue.value).toBe(50_860_000);
    expect(tax.taxRevenue.value).toBeGreaterThan(50_000_000);
  });

  it('figures 002 南开区 2012: targets next to actuals', async () => {
    const values = await indicators(
      'District',
      NANKAI,
      '2012-01-01',
      '2013-01-01',
      `techSmeEnterprises { value target } littleGiantEnterprises { value target } newBillionYuanBuildings { value target }
       urbanConstructionKeyProjects { value target } serviceIndustryKeyProjects { value target } techInnovationProjects { value target }
       targets { key value unit year }`,
    );
    expect(values.techSmeEnterprises.target).toBe(2_200);
    expect(values.littleGiantEnterprises.target).toBe(35);
    expect(values.newBillionYuanBuildings.target).toBe(4);
    expect(values.urbanConstructionKeyProjects.target).toBe(15);
    expect(values.serviceIndustryKeyProjects.target).toBe(25);
    expect(values.techInnovationProjects.target).toBe(100);
    const byKey = Object.fromEntries(values.targets.map((t: { key: string; value: number }) => [t.key, t.value]));
    expect(byKey).toMatchObject({
      fixedAssetInvestment: 9_500_000_000,
      incubators: 8,
      investmentFundsInPlace: 10_000_000_000,
    });

    const techSmes = await models.Enterprise.countDocuments({ districtCode: NANKAI, techSme: true });
    const giants = await models.Enterprise.countDocuments({ districtCode: NANKAI, littleGiant: true });
    expect(values.techSmeEnterprises.value).toBe(techSmes);
    expect(values.littleGiantEnterprises.value).toBe(giants);
  });

  it('figures 002: a target shows only for its own year', async () => {
    const values = await indicators(
      'District',
      NANKAI,
      '2013-01-01',
      '2014-01-01',
      'techSmeEnterprises { target } targets { key }',
    );
    expect(values.techSmeEnterprises.target).toBeNull();
    expect(values.targets).toEqual([]);
  });

  it('figures 003 北关区 Jan-Nov 2020: trips, negotiated projects, 45 signed projects of 1亿+ totalling 176.5亿', async () => {
    const values = await indicators(
      'District',
      BEIGUAN,
      '2020-01-01',
      '2020-12-01',
      'leaderLedTrips { value unit } topLeaderTrips { value } departmentAndStreetTrips { value } projectsNegotiated { value } signedProjectsOver100Million { value } signedInvestmentOver100Million { value }',
    );
    expect(values.leaderLedTrips).toEqual({ value: 57, unit: '次' });
    expect(values.topLeaderTrips.value).toBe(15);
    expect(values.departmentAndStreetTrips.value).toBe(115);
    expect(values.projectsNegotiated.value).toBe(126);
    expect(values.signedProjectsOver100Million.value).toBe(45);
    expect(values.signedInvestmentOver100Million.value).toBe(17_650_000_000);
  });

  it('figures 003: the 45 are a filterable list too (signed in 2020, at least 1亿)', async () => {
    const result = await economy.run(
      `{ investmentProjects(first: 100, filter: { divisionCode: "410503", minAmountYuan: 100000000, signedFrom: "2020-01-01T00:00:00+08:00", signedTo: "2020-12-01T00:00:00+08:00" }) { totalCount edges { node { amountYuan industry } } } }`,
    );
    const projects = result.data!.investmentProjects;
    expect(projects.totalCount).toBe(45);
    expect(projects.edges).toHaveLength(45);
    expect(
      projects.edges.reduce((sum: number, edge: { node: { amountYuan: number } }) => sum + edge.node.amountYuan, 0),
    ).toBe(17_650_000_000);
    expect(projects.edges.every((edge: { node: { amountYuan: number } }) => edge.node.amountYuan >= 100_000_000)).toBe(
      true,
    );
  });

  it.each([
    ['宏居商业综合体（服装专业市场）', 1_000_000_000, 'TEXTILE_APPAREL'],
    ['年产300万件丝毛制品纺织品', 600_000_000, 'TEXTILE_APPAREL'],
    ['年产9000吨针织布', 500_000_000, 'TEXTILE_APPAREL'],
    ['叮当猫（河南）婴童产业园', 500_000_000, 'TEXTILE_APPAREL'],
    ['广东利楷印花针织布', 500_000_000, 'TEXTILE_APPAREL'],
    ['新型显示器件高端盖板玻璃生产线', 2_000_000_000, 'HIGH_END_EQUIPMENT'],
    ['安阳5G泛低空无人机管控云平台', 1_000_000_000, 'HIGH_END_EQUIPMENT'],
    ['无人机产业园', 500_000_000, 'HIGH_END_EQUIPMENT'],
  ])('figures 003: named project %s is %d 元', async (name, amountYuan, industry) => {
    const result = await economy.run(
      'query($name: String) { investmentProjects(filter: { divisionCode: "410503", nameContains: $name }) { edges { node { name amountYuan industry signedAt } } } }',
      { name },
    );
    const nodes = result.data!.investmentProjects.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ amountYuan, industry });
    expect(nodes[0].signedAt.startsWith('2020-')).toBe(true);
  });

  it('figures 003: the December trip to 天津、杭州 visited the four named companies and is outside Jan-Nov', async () => {
    const result = await economy.run(
      '{ investmentTrips(filter: { divisionCode: "410503", startedFrom: "2020-12-01T00:00:00+08:00", startedTo: "2021-01-01T00:00:00+08:00" }) { totalCount edges { node { leaderLevel destination visitedOrganizations } } } }',
    );
    expect(result.data!.investmentTrips.edges[0].node).toEqual({
      leaderLevel: 'TOP_LEADER',
      destination: '天津、杭州',
      visitedOrganizations: ['广泽集团', '吴江市顺业纺织有限公司', '苏州国冠纺织有限公司', '伍创电子商务有限公司'],
    });
  });

  it('figures 004 大港街道 2016: 52 enterprises trained; the five named enterprises visited', async () => {
    const values = await indicators('Street', DAGANG, '2016-01-01', '2017-01-01', 'trainedEnterprises { value }');
    expect(values.trainedEnterprises.value).toBe(52);
    const result = await economy.run(
      '{ serviceVisits(first: 10, filter: { divisionCode: "120116011", kindIn: [PROBLEM_SOLVING_VISIT], from: "2016-01-01T00:00:00+08:00", to: "2017-01-01T00:00:00+08:00" }) { edges { node { problemStatus enterprise { name } } } } }',
    );
    const names = result.data!.serviceVisits.edges.map(
      (edge: { node: { enterprise: { name: string } } }) => edge.node.enterprise.name,
    );
    expect(names.sort()).toEqual(['北斗星化工公司', '星源石化', '渤大化工公司', '眾業石化', '迎賓超市'].sort());
  });
});

describe('lookup: Enterprise by either key', () => {
  const id = enterpriseId('120104004001', 0);

  it('lookup by id and by credit code return the same enterprise with a valid credit code', async () => {
    const byId = await economy.run('query($id: ID) { enterprise(id: $id) { id creditCode name community { code } } }', {
      id,
    });
    const creditCode = byId.data!.enterprise.creditCode;
    expect(isValidCreditCode(creditCode)).toBe(true);
    expect(creditCode.slice(2, 8)).toBe('120104');
    const byCode = await economy.run('query($c: String) { enterprise(creditCode: $c) { id } }', { c: creditCode });
    expect(byCode.data!.enterprise.id).toBe(id);
  });

  it('lookup through _entities by both keys, null for unknown ones', async () => {
    const { creditCode } = (await models.Enterprise.findById(id).lean().exec())!;
    const result = await economy.run(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Enterprise { id name } } }',
      {
        reps: [
          { __typename: 'Enterprise', id },
          { __typename: 'Enterprise', creditCode },
          { __typename: 'Enterprise', id: 'ent-nope' },
          { __typename: 'Enterprise', creditCode: '91120104MA05K0000X' },
        ],
      },
    );
    expect(result.data!._entities.map((e: { id: string } | null) => e?.id ?? null)).toEqual([id, id, null, null]);
  });

  it('lookup of an unknown id is null without error', async () => {
    const result = await economy.run(
      '{ enterprise(id: "ent-000000000000-000") { id } investmentProject(id: "nope") { id } }',
    );
    expect(result).toEqual({ data: { enterprise: null, investmentProject: null } });
  });
});

describe('errors: bad input is BAD_USER_INPUT naming the argument', () => {
  it.each([
    ['both keys', '{ enterprise(id: "x", creditCode: "y") { id } }', 'id'],
    [
      'a credit code with a wrong check character',
      '{ enterprise(creditCode: "91120104MA05K0000Y") { id } }',
      'creditCode',
    ],
    ['first over 100', '{ enterprises(first: 101) { totalCount } }', 'first'],
    ['a bad cursor', '{ enterprises(after: "bm9wZQ") { totalCount } }', 'after'],
    [
      'a division code of the wrong shape',
      '{ enterprises(filter: { divisionCode: "12010" }) { totalCount } }',
      'filter.divisionCode',
    ],
    [
      'a negative amount',
      '{ investmentProjects(filter: { minAmountYuan: -1 }) { totalCount } }',
      'filter.minAmountYuan',
    ],
    [
      'first over 100 in a nested list',
      '{ _entities(representations: [{ __typename: "Street", code: "120104004" }]) { ... on Street { enterprises(first: 500) { totalCount } } } }',
      'first',
    ],
  ])('errors: %s', async (_case, query, argumentName) => {
    const result = await economy.run(query);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });

  it('errors: an unparsable date variable', async () => {
    const result = await economy.run('query($from: DateTime) { taxRecords(filter: { from: $from }) { totalCount } }', {
      from: 'yesterday',
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('filter.from');
  });
});

describe('lists: pagination and filters', () => {
  it('lists page through enterprises with cursors, no overlap, totalCount from the raw collection', async () => {
    const query =
      'query($after: String) { enterprises(first: 7, after: $after, filter: { divisionCode: "120104004" }) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }';
    const first = (await economy.run(query)).data!.enterprises;
    const second = (await economy.run(query, { after: first.pageInfo.endCursor })).data!.enterprises;
    expect(first.totalCount).toBe(await models.Enterprise.countDocuments({ streetCode: GUANGKAI }));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const ids = [...first.edges, ...second.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(ids).size).toBe(14);
  });

  it('lists filter enterprises by industry, flag and name text', async () => {
    const result = await economy.run(
      '{ enterprises(filter: { industryIn: [PETROCHEMICAL], nonPublic: true, nameContains: "石化" }) { totalCount } }',
    );
    const expected = await models.Enterprise.countDocuments({
      industry: 'PETROCHEMICAL',
      nonPublic: true,
      name: /石化/,
    });
    expect(result.data!.enterprises.totalCount).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });

  it('lists filter projects by stage, amount range and signing date', async () => {
    const result = await economy.run(
      '{ investmentProjects(filter: { stageIn: [SIGNED, STARTED], minAmountYuan: 50000000, maxAmountYuan: 500000000, signedFrom: "2019-01-01T00:00:00+08:00", signedTo: "2021-01-01T00:00:00+08:00" }) { totalCount } }',
    );
    const projects = await models.InvestmentProject.find({}).lean().exec();
    const expected = projects.filter(
      (p) =>
        ['SIGNED', 'STARTED'].includes(p.stage) &&
        p.amountFen >= 5_000_000_000 &&
        p.amountFen < 50_000_000_000 &&
        p.signedAt !== null &&
        p.signedAt >= new Date('2019-01-01T00:00:00+08:00') &&
        p.signedAt < new Date('2021-01-01T00:00:00+08:00'),
    ).length;
    expect(result.data!.investmentProjects.totalCount).toBe(expected);
  });

  it('lists filter trips by leader level; nested lists filter by name', async () => {
    const trips = await economy.run(
      '{ investmentTrips(filter: { divisionCode: "410503", leaderLevelIn: [STREET] }) { totalCount } }',
    );
    expect(trips.data!.investmentTrips.totalCount).toBe(
      await models.InvestmentTrip.countDocuments({ districtCode: BEIGUAN, leaderLevel: 'STREET' }),
    );
    const nested = await economy.run(
      '{ _entities(representations: [{ __typename: "Street", code: "120116011" }]) { ... on Street { a: enterprises(filter: { nameContains: "石化" }) { totalCount } b: enterprises(filter: { nameContains: "化工" }) { totalCount } } } }',
    );
    const street = nested.data!._entities[0];
    expect(street.a.totalCount).toBe(await models.Enterprise.countDocuments({ streetCode: DAGANG, name: /石化/ }));
    expect(street.b.totalCount).toBe(await models.Enterprise.countDocuments({ streetCode: DAGANG, name: /化工/ }));
  });

  it('lists: an enterprise has its tax records, tax total and projects', async () => {
    const id = enterpriseId('120104004001', 0);
    const result = await economy.run(
      'query($id: ID) { enterprise(id: $id) { taxTotal(year: 2020) { value unit } taxRecords(first: 12) { totalCount } } }',
      { id },
    );
    const records = await models.TaxRecord.find({ enterpriseId: id, year: 2020 }).lean().exec();
    expect(result.data!.enterprise.taxTotal).toEqual({
      value: records.reduce((sum, r) => sum + r.amountFen, 0) / 100,
      unit: '元',
    });
    expect(result.data!.enterprise.taxRecords.totalCount).toBe(
      await models.TaxRecord.countDocuments({ enterpriseId: id }),
    );
  });
});

describe('batching: one query per batch', () => {
  it('batching: Community.enterprises for 30 communities is one aggregation', async () => {
    const communities = await models.Enterprise.distinct('communityCode');
    const reps = communities.slice(0, 30).map((code) => ({ __typename: 'Community', code }));
    let result: Awaited<ReturnType<SubgraphHarness['run']>> | undefined;
    const commands = await economy.commandsOn('enterprises', async () => {
      result = await economy.run(
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Community { enterprises(first: 3) { totalCount edges { node { id } } } } } }',
        { reps },
      );
    });
    expect(result!.errors).toBeUndefined();
    expect(result!.data!._entities).toHaveLength(30);
    expect(commands.map((c) => c.name)).toEqual(['aggregate']);
  });

  it('batching: 25 Enterprise representations are one find; their tax totals one aggregation', async () => {
    const reps = (await models.Enterprise.find({}).limit(25).lean().exec()).map((e) => ({
      __typename: 'Enterprise',
      id: e._id,
    }));
    const taxCommands: unknown[] = [];
    const commands = await economy.commandsOn('enterprises', async () => {
      taxCommands.push(
        ...(await economy.commandsOn('tax_records', () =>
          economy.run(
            'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Enterprise { name taxTotal(year: 2020) { value } } } }',
            { reps },
          ),
        )),
      );
    });
    expect(commands.map((c) => c.name)).toEqual(['find']);
    expect(taxCommands).toHaveLength(1);
  });

  it('batching: indicators of all 北关区 streets are one pipeline per collection', async () => {
    const reps = ['001', '002', '003', '004', '005', '006', '007', '008', '100'].map((s) => ({
      __typename: 'Street',
      code: `410503${s}`,
    }));
    const commands = await economy.commandsOn('investment_trips', () =>
      economy.run(
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Street { economyIndicators(from: "2020-01-01T00:00:00+08:00", to: "2020-12-01T00:00:00+08:00") { investmentTrips { value } projectsNegotiated { value } } } } }',
        { reps },
      ),
    );
    expect(commands).toHaveLength(1);
  });
});

describe('access: jurisdiction scoping and personal data', () => {
  const own = '120104004001';
  const other = '120104004002';
  const worker = economyOfficial(own);

  it('access: a community worker cannot read another community’s enterprise, by root field or _entities', async () => {
    const foreign = enterpriseId(other, 0);
    const mine = enterpriseId(own, 0);
    const root = await economy.run('query($id: ID) { enterprise(id: $id) { id } }', { id: foreign }, worker);
    expect(root.data!.enterprise).toBeNull();
    const entities = await economy.run(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Enterprise { id } } }',
      {
        reps: [
          { __typename: 'Enterprise', id: foreign },
          { __typename: 'Enterprise', id: mine },
        ],
      },
      worker,
    );
    expect(entities.data!._entities).toEqual([null, { id: mine }]);
  });

  it('access: lists are narrowed to the jurisdiction; other communities give empty lists', async () => {
    const result = await economy.run(
      `{ all: enterprises(first: 100) { totalCount } foreign: enterprises(filter: { divisionCode: "${other}" }) { totalCount }
         _entities(representations: [{ __typename: "Street", code: "${GUANGKAI}" }, { __typename: "Community", code: "${other}" }]) {
           ... on Street { enterprises { totalCount } } ... on Community { code } } }`,
      undefined,
      worker,
    );
    const inOwn = await models.Enterprise.countDocuments({ communityCode: own });
    expect(result.data!.all.totalCount).toBe(inOwn);
    expect(result.data!.foreign.totalCount).toBe(0);
    expect(result.data!._entities[0].enterprises.totalCount).toBe(inOwn);
    expect(result.data!._entities[1]).toBeNull();
  });

  it('access: indicators of a division above the viewer’s jurisdiction (its street, district, a city or province prefix) are null, not the viewer’s part', async () => {
    const reps = [
      { __typename: 'Street', code: GUANGKAI },
      { __typename: 'District', code: NANKAI },
      { __typename: 'District', code: '1201' },
      { __typename: 'District', code: '12' },
      { __typename: 'Community', code: own },
    ];
    const result = await economy.run(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Street { economyIndicators { enterprises { value } } } ... on District { economyIndicators { enterprises { value } } } ... on Community { economyIndicators { enterprises { value } } } } }',
      { reps },
      worker,
    );
    expect(result.errors).toBeUndefined();
    const answers = result.data!._entities as Array<{
      economyIndicators: { enterprises: { value: number } } | null;
    } | null>;
    const outside = answers.slice(0, 4);
    expect(outside, 'the four representations above or outside the worker').toHaveLength(4);
    for (const answer of outside) expect(answer?.economyIndicators ?? null).toBeNull();
    expect(answers[4]!.economyIndicators!.enterprises.value).toBe(
      await models.Enterprise.countDocuments({ communityCode: own }),
    );
  });

  it('access: an admin asking a code that is no division (a city prefix) gets null, not an error', async () => {
    const result = await economy.run(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on District { code economyIndicators { enterprises { value } } enterprises { totalCount } } } }',
      { reps: [{ __typename: 'District', code: '1201' }] },
      ADMIN,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([null]);
  });

  it('access: the legal representative’s phone is masked for analysts, full (and audited) for admins and economy officials', async () => {
    const id = enterpriseId(own, 1);
    const { legalRepresentativePhone } = (await models.Enterprise.findById(id).lean().exec())!;
    const query = 'query($id: ID) { enterprise(id: $id) { legalRepresentativePhone } }';
    const masked = (await economy.run(query, { id }, ANALYST)).data!.enterprise.legalRepresentativePhone;
    expect(masked).toBe(`${legalRepresentativePhone!.slice(0, 3)}****${legalRepresentativePhone!.slice(-4)}`);
    expect((await economy.run(query, { id }, ADMIN)).data!.enterprise.legalRepresentativePhone).toBe(
      legalRepresentativePhone,
    );
    expect((await economy.run(query, { id }, worker)).data!.enterprise.legalRepresentativePhone).toBe(
      legalRepresentativePhone,
    );
    const otherDomain = { ...worker, domains: ['civil-affairs' as const] };
    expect((await economy.run(query, { id }, otherDomain)).data!.enterprise.legalRepresentativePhone).toBe(masked);
    const audits = await economy.connection
      .collection('audit_records')
      .countDocuments({ recordId: id, field: 'legalRepresentativePhone' });
    expect(audits).toBe(2);
  });
});

describe('lists: sort orders and nested filters', () => {
  type Ids = { edges: { node: { id: string } }[] };
  const ids = (connection: Ids) => connection.edges.map((edge) => edge.node.id);
  const rawIds = (docs: { _id: unknown }[]) => docs.map((doc) => String(doc._id));
  const sortOf = (field: string, direction: 'ASC' | 'DESC') =>
    ({ [field]: direction === 'ASC' ? 1 : -1, _id: direction === 'ASC' ? 1 : -1 }) as Record<string, 1 | -1>;
  const VARIABLE_TYPES: Record<string, string> = {
    after: 'String',
    direction: 'SortDirection!',
    stages: '[ProjectStage!]',
    kinds: '[ServiceVisitKind!]',
  };
  /** Runs `selection` on one `_entities` representation, declaring the variables it uses. */
  const entity = async (
    typename: string,
    key: Record<string, string>,
    selection: string,
    variables: Record<string, unknown> = {},
  ) => {
    const declared = Object.keys(variables)
      .map((name) => `, $${name}: ${VARIABLE_TYPES[name]}`)
      .join('');
    const result = await economy.run(
      `query($reps: [_Any!]!${declared}) { _entities(representations: $reps) { ... on ${typename} { ${selection} } } }`,
      {
        reps: [{ __typename: typename, ...key }],
        ...variables,
      },
    );
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0];
  };
  /** The enterprise with the most tax records in 广开街道: enough rows for a sorted page. */
  async function busyEnterprise(): Promise<string> {
    const enterprises = rawIds(await models.Enterprise.find({ streetCode: GUANGKAI }).lean().exec());
    const [top] = await models.TaxRecord.aggregate<{ _id: string }>([
      { $match: { enterpriseId: { $in: enterprises } } },
      { $group: { _id: '$enterpriseId', n: { $sum: 1 } } },
      { $sort: { n: -1, _id: 1 } },
      { $limit: 1 },
    ]).exec();
    return top._id;
  }

  it.each(['ASC', 'DESC'] as const)(
    'lists: Enterprise.taxRecords by AMOUNT %s match the raw sorted collection',
    async (direction) => {
      const id = await busyEnterprise();
      const enterprise = await entity(
        'Enterprise',
        { id },
        'taxRecords(first: 30, orderBy: { field: AMOUNT, direction: $direction }) { edges { node { id } } }',
        { direction },
      );
      const raw = await models.TaxRecord.find({ enterpriseId: id })
        .sort(sortOf('amountFen', direction))
        .limit(30)
        .lean()
        .exec();
      expect(raw.length).toBeGreaterThan(1);
      expect(ids(enterprise.taxRecords)).toEqual(rawIds(raw));
    },
  );

  it.each(['ASC', 'DESC'] as const)(
    'lists: Street.enterprises by ESTABLISHED_AT %s match the raw sorted collection',
    async (direction) => {
      const street = await entity(
        'Street',
        { code: GUANGKAI },
        'enterprises(first: 25, orderBy: { field: ESTABLISHED_AT, direction: $direction }) { edges { node { id } } }',
        { direction },
      );
      const raw = await models.Enterprise.find({ streetCode: GUANGKAI })
        .sort(sortOf('establishedAt', direction))
        .limit(25)
        .lean()
        .exec();
      expect(ids(street.enterprises)).toEqual(rawIds(raw));
    },
  );

  it.each(['ASC', 'DESC'] as const)(
    'lists: District.projects by AMOUNT and District.investmentTrips by PROJECTS_NEGOTIATED %s match the raw sorted collections',
    async (direction) => {
      const district = await entity(
        'District',
        { code: BEIGUAN },
        `projects(first: 40, orderBy: { field: AMOUNT, direction: $direction }) { edges { node { id } } }
       investmentTrips(first: 40, orderBy: { field: PROJECTS_NEGOTIATED, direction: $direction }) { edges { node { id } } }`,
        { direction },
      );
      const projects = await models.InvestmentProject.find({ districtCode: BEIGUAN })
        .sort(sortOf('amountFen', direction))
        .limit(40)
        .lean()
        .exec();
      const trips = await models.InvestmentTrip.find({ districtCode: BEIGUAN })
        .sort(sortOf('projectsNegotiated', direction))
        .limit(40)
        .lean()
        .exec();
      expect(ids(district.projects)).toEqual(rawIds(projects));
      expect(ids(district.investmentTrips)).toEqual(rawIds(trips));
    },
  );

  it('lists: two pages of Street.enterprises by ESTABLISHED_AT DESC have no gap and no repeat', async () => {
    const selection =
      'enterprises(first: 7, after: $after, orderBy: { field: ESTABLISHED_AT, direction: DESC }) { pageInfo { hasNextPage endCursor } edges { node { id } } }';
    const first = (await entity('Street', { code: GUANGKAI }, selection, { after: null })).enterprises;
    const second = (await entity('Street', { code: GUANGKAI }, selection, { after: first.pageInfo.endCursor }))
      .enterprises;
    const raw = await models.Enterprise.find({ streetCode: GUANGKAI })
      .sort(sortOf('establishedAt', 'DESC'))
      .limit(14)
      .lean()
      .exec();
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...ids(first), ...ids(second)]).toEqual(rawIds(raw));
  });

  it('lists: two pages of root investmentProjects by NAME DESC have no gap and no repeat', async () => {
    const query =
      'query($after: String) { investmentProjects(first: 9, after: $after, filter: { divisionCode: "410503" }, orderBy: { field: NAME, direction: DESC }) { pageInfo { endCursor } edges { node { id } } } }';
    const first = (await economy.run(query)).data!.investmentProjects;
    const second = (await economy.run(query, { after: first.pageInfo.endCursor })).data!.investmentProjects;
    const raw = await models.InvestmentProject.find({ districtCode: BEIGUAN })
      .sort(sortOf('name', 'DESC'))
      .limit(18)
      .lean()
      .exec();
    expect([...ids(first), ...ids(second)]).toEqual(rawIds(raw));
  });

  /** The enterprise with the most rows in `model`, so a filter has something to leave out. */
  async function busiest(collection: 'investment_projects' | 'service_visits'): Promise<string> {
    const [top] = await economy.connection
      .collection(collection)
      .aggregate<{ _id: string }>([
        { $match: { enterpriseId: { $ne: null } } },
        { $group: { _id: '$enterpriseId', n: { $sum: 1 } } },
        { $sort: { n: -1, _id: 1 } },
        { $limit: 1 },
      ])
      .toArray();
    return top._id;
  }

  it('lists: Enterprise.taxRecords filter by month range', async () => {
    const id = await busyEnterprise();
    const enterprise = await entity(
      'Enterprise',
      { id },
      'taxRecords(filter: { from: "2020-03-01T00:00:00+08:00", to: "2020-07-01T00:00:00+08:00" }) { totalCount }',
    );
    const records = await models.TaxRecord.find({ enterpriseId: id }).lean().exec();
    const inRange = records.filter((r) => r.year === 2020 && r.month >= 3 && r.month <= 6).length;
    expect(inRange).toBeGreaterThan(0);
    expect(enterprise.taxRecords.totalCount).toBe(inRange);
  });

  it('lists: Enterprise.projects filter by stage and Enterprise.serviceVisits by kind', async () => {
    const withProjects = await busiest('investment_projects');
    const projects = await models.InvestmentProject.find({ enterpriseId: withProjects }).lean().exec();
    const stages = [projects[0].stage];
    const byStage = await entity(
      'Enterprise',
      { id: withProjects },
      'projects(filter: { stageIn: $stages }) { totalCount }',
      { stages },
    );
    expect(byStage.projects.totalCount).toBe(projects.filter((p) => stages.includes(p.stage)).length);

    const withVisits = await busiest('service_visits');
    const visits = await models.ServiceVisit.find({ enterpriseId: withVisits }).lean().exec();
    const kinds = [visits[0].kind];
    const byKind = await entity(
      'Enterprise',
      { id: withVisits },
      'serviceVisits(filter: { kindIn: $kinds }) { totalCount }',
      { kinds },
    );
    expect(byKind.serviceVisits.totalCount).toBe(visits.filter((v) => kinds.includes(v.kind)).length);
  });

  it('lists: a cursor from another sort order is BAD_USER_INPUT naming after, root and nested', async () => {
    const byName = (await economy.run('{ enterprises(first: 1) { pageInfo { endCursor } } }')).data!.enterprises
      .pageInfo.endCursor;
    const root = await economy.run(
      'query($after: String) { enterprises(after: $after, orderBy: { field: ESTABLISHED_AT }) { totalCount } }',
      { after: byName },
    );
    expect(root.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    const nested = await economy.run(
      'query($after: String) { _entities(representations: [{ __typename: "Street", code: "120104004" }]) { ... on Street { enterprises(after: $after, orderBy: { field: CREDIT_CODE }) { totalCount } } } }',
      { after: byName },
    );
    expect(nested.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  it('batching: sorted and filtered Enterprise.taxRecords for 25 enterprises is one aggregation', async () => {
    const reps = (await models.Enterprise.find({}).limit(25).lean().exec()).map((e) => ({
      __typename: 'Enterprise',
      id: e._id,
    }));
    let result: Awaited<ReturnType<SubgraphHarness['run']>> | undefined;
    const commands = await economy.commandsOn('tax_records', async () => {
      result = await economy.run(
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Enterprise { taxRecords(first: 3, filter: { from: "2020-01-01T00:00:00+08:00" }, orderBy: { field: AMOUNT, direction: DESC }) { totalCount } } } }',
        { reps },
      );
    });
    expect(result!.errors).toBeUndefined();
    expect(commands.map((c) => c.name)).toEqual(['aggregate']);
  });
});
