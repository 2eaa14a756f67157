import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, divisionByName, divisionsOfLevel } from '../platform/world/divisions.js';
import { enterpriseId } from '../platform/world/keys.js';
import type { Domain, Viewer } from '../platform/contract/identity.js';
import {
  ADMIN,
  ANALYST,
  at,
  official as officialOf,
  startSubgraphHarness,
  type SubgraphHarness,
} from './utils/subgraph-harness.js';

const OPEN = ['REPORTED', 'ACCEPTED', 'ASSIGNED', 'REOPENED'];
const GUANGKAI = divisionByName('广开街道').code;
const communities = childrenOf(GUANGKAI);
const [HOME, OTHER] = communities;

let um: SubgraphHarness;
const official = (code: string, domain: Domain = 'urban-management', role?: Viewer['role']) =>
  officialOf(code, domain, role);
beforeAll(async () => {
  um = await startSubgraphHarness('urban-management', { seed: 20201130 });
});
afterAll(async () => {
  await um.stop();
});

const raw = () => um.connection.collection('incidents');
const entities = (typename: string, keys: Record<string, string>[]) =>
  keys.map((key) => ({ __typename: typename, ...key }));

describe('urban-management incidents', () => {
  it('Community.incidents counts all and open incidents as the raw collection does', async () => {
    const data = await um.data(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community {
      all: incidents { totalCount } open: incidents(first: 100, filter: { open: true }) { totalCount edges { node { status open community { code } } } } } } }`,
      { r: entities('Community', [{ code: HOME.code }]) },
    );
    expect(at(data, '_entities[0].all.totalCount')).toBe(await raw().countDocuments({ communityCode: HOME.code }));
    const open = await raw().countDocuments({ communityCode: HOME.code, status: { $in: OPEN } });
    expect(open, `open incidents of ${HOME.code}`).toBeGreaterThan(0);
    expect(at(data, '_entities[0].open.totalCount')).toBe(open);
    const nodes = (
      at(data, '_entities[0].open.edges') as { node: { status: string; open: boolean; community: { code: string } } }[]
    ).map((edge) => edge.node);
    expect(nodes).toHaveLength(Math.min(100, open));
    for (const node of nodes) expect(node).toMatchObject({ open: true, community: { code: HOME.code } });
  });

  it('Community.incidents for many communities is one database query', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { code incidents(first: 3, filter: { category: [GARBAGE, NOISE] }) { totalCount edges { node { category } } } } } }`;
    let data: Record<string, unknown> = {};
    const sent = await um.commandsOn('incidents', async () => {
      data = await um.data(query, {
        r: entities(
          'Community',
          communities.map((community) => ({ code: community.code })),
        ),
      });
    });
    expect(sent).toHaveLength(1);
    expect(communities, 'the communities of 广开街道').toHaveLength(13);
    for (const [i, community] of communities.entries()) {
      expect(at(data, `_entities[${i}].incidents.totalCount`)).toBe(
        await raw().countDocuments({ communityCode: community.code, category: { $in: ['GARBAGE', 'NOISE'] } }),
      );
    }
  });

  it('Street and District roll up incidents by ancestry', async () => {
    const data = await um.data(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Street { incidents(filter: { overdue: true }) { totalCount } } ... on District { incidents { totalCount } } } }`,
      {
        r: [
          { __typename: 'Street', code: GUANGKAI },
          { __typename: 'District', code: '120104' },
        ],
      },
    );
    expect(at(data, '_entities[1].incidents.totalCount')).toBe(await raw().countDocuments({ districtCode: '120104' }));
    const now = new Date();
    const overdue = await raw().countDocuments({
      streetCode: GUANGKAI,
      $expr: { $lt: ['$deadline', { $ifNull: ['$resolvedAt', now] }] },
    });
    expect(at(data, '_entities[0].incidents.totalCount')).toBe(overdue);
  });

  it('Enterprise.incidents for N enterprises is one database query with the right counts', async () => {
    const ids = divisionsOfLevel('COMMUNITY', '120104').flatMap((community) => [
      enterpriseId(community.code, 0),
      enterpriseId(community.code, 1),
    ]);
    let data: Record<string, unknown> = {};
    const sent = await um.commandsOn('incidents', async () => {
      data = await um.data(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { id incidents { totalCount edges { node { enterprise { id } } } } } } }`,
        {
          r: entities(
            'Enterprise',
            ids.map((id) => ({ id })),
          ),
        },
      );
    });
    expect(sent).toHaveLength(1);
    const rows = data._entities as {
      id: string;
      incidents: { totalCount: number; edges: { node: { enterprise: { id: string } } }[] };
    }[];
    expect(rows.map((row) => row.id)).toEqual(ids);
    for (const row of rows) expect(row.incidents.totalCount).toBe(await raw().countDocuments({ enterpriseId: row.id }));
    expect(rows.some((row) => row.incidents.totalCount > 0)).toBe(true);
    const listed = rows.flatMap((row) =>
      row.incidents.edges.map((edge) => ({ owner: row.id, enterprise: edge.node.enterprise.id })),
    );
    expect(listed.length, 'incidents listed under the enterprises').toBeGreaterThan(0);
    for (const { owner, enterprise } of listed) expect(enterprise).toBe(owner);
  });

  it('incident(id) and _entities Incident resolve through one loader', async () => {
    const docs = await raw().find({ streetCode: GUANGKAI }).limit(5).toArray();
    const data = await um.data(
      `query($r: [_Any!]!, $id: ID!) { incident(id: $id) { id } _entities(representations: $r) { ... on Incident { id title } } }`,
      {
        id: String(docs[0]._id),
        r: entities(
          'Incident',
          docs.map((doc) => ({ id: String(doc._id) })),
        ),
      },
    );
    expect(at(data, 'incident.id')).toBe(docs[0]._id);
    expect((data._entities as { id: string }[]).map((entity) => entity.id)).toEqual(docs.map((doc) => doc._id));
    expect(await um.data('{ incident(id: "no-such-incident") { id } }')).toEqual({ incident: null });
  });

  it('paginates with cursors to the end, each incident once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const data = await um.data(
        `query($after: String) { incidents(first: 7, after: $after, filter: { divisionCode: "${HOME.code}" }, orderBy: { field: DEADLINE, direction: DESC }) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id deadline } } } }`,
        { after },
      );
      total = at(data, 'incidents.totalCount') as number;
      seen.push(...(at(data, 'incidents.edges') as { node: { id: string } }[]).map((edge) => edge.node.id));
      expect(at(data, 'incidents.pageInfo.hasPreviousPage')).toBe(page > 0);
      if (!at(data, 'incidents.pageInfo.hasNextPage')) break;
      after = at(data, 'incidents.pageInfo.endCursor') as string;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBe(await raw().countDocuments({ communityCode: HOME.code }));
  });
});

describe('urban-management facilities and indicators', () => {
  it('Community.facilities filters by type as the raw collection does', async () => {
    const code = divisionByName('福苑里社區').code;
    const data = await um.data(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community {
      gates: facilities(filter: { type: [ACCESS_GATE] }) { totalCount } all: facilities { totalCount edges { node { type community { code } } } } } } }`,
      { r: entities('Community', [{ code }]) },
    );
    const facilities = um.connection.collection('facilities');
    expect(at(data, '_entities[0].gates.totalCount')).toBe(78);
    expect(at(data, '_entities[0].all.totalCount')).toBe(await facilities.countDocuments({ communityCode: code }));
  });

  it('indicators match an independent count over the raw incidents', async () => {
    const from = new Date('2019-01-01T00:00:00+08:00');
    const to = new Date('2020-01-01T00:00:00+08:00');
    const data = await um.data(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Street { urbanManagementIndicators(from: "2019-01-01", to: "2020-01-01") {
      divisionCode incidents { value unit target } incidentsByCategory { category incidents { value } } incidentsBySource { source incidents { value } }
      incidentsByMonth { month incidents { value } } averageHandlingHours { value } overdueRate { value unit } } } } }`,
      { r: entities('Street', [{ code: GUANGKAI }]) },
    );
    const match = { streetCode: GUANGKAI, reportedAt: { $gte: from, $lt: to } };
    const docs = await raw().find(match).toArray();
    expect(at(data, '_entities[0].urbanManagementIndicators.incidents')).toEqual({
      value: docs.length,
      unit: '件',
      target: null,
    });
    for (const category of ['GARBAGE', 'NOISE', 'LOOSE_COAL']) {
      expect(
        at(
          data,
          `_entities[0].urbanManagementIndicators.incidentsByCategory[?(@.category=='${category}')].incidents.value`,
        ),
      ).toBe(docs.filter((doc) => doc.category === category).length);
    }
    const months = at(data, '_entities[0].urbanManagementIndicators.incidentsByMonth') as {
      incidents: { value: number };
    }[];
    expect(months.reduce((sum, month) => sum + month.incidents.value, 0)).toBe(docs.length);
    const resolved = docs.filter((doc) => doc.resolvedAt);
    const hours =
      resolved.reduce((sum, doc) => sum + (doc.resolvedAt.getTime() - doc.reportedAt.getTime()) / 3_600_000, 0) /
      resolved.length;
    expect(at(data, '_entities[0].urbanManagementIndicators.averageHandlingHours.value')).toBeCloseTo(hours, 1);
    const overdue = docs.filter((doc) => doc.deadline < (doc.resolvedAt ?? new Date())).length;
    expect(at(data, '_entities[0].urbanManagementIndicators.overdueRate.value')).toBeCloseTo(
      (overdue / docs.length) * 100,
      1,
    );
  });

  it('indicators for many communities are one pipeline per collection', async () => {
    const sent = await um.commandsOn('incidents', () =>
      um.data(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { urbanManagementIndicators(from: "2018-01-01") { incidents { value } } } } }`,
        {
          r: entities(
            'Community',
            communities.map((community) => ({ code: community.code })),
          ),
        },
      ),
    );
    expect(sent).toHaveLength(1);
  });
});

describe('urban-management access', () => {
  const worker = official(HOME.code);

  it("scopes root lists, lookups and _entities to the viewer's community", async () => {
    const otherIncident = await raw().findOne({ communityCode: OTHER.code });
    const data = await um.data(
      `query($r: [_Any!]!, $id: ID!) {
      all: incidents { totalCount } other: incidents(filter: { divisionCode: "${OTHER.code}" }) { totalCount }
      incident(id: $id) { id }
      _entities(representations: $r) { ... on Community { code incidents { totalCount } } ... on Incident { id } ... on Enterprise { incidents { totalCount } } } }`,
      {
        id: String(otherIncident?._id),
        r: [
          { __typename: 'Community', code: OTHER.code },
          { __typename: 'Incident', id: String(otherIncident?._id) },
          { __typename: 'Community', code: HOME.code },
          { __typename: 'Enterprise', id: enterpriseId(OTHER.code, 0) },
        ],
      },
      worker,
    );
    expect(at(data, 'all.totalCount')).toBe(await raw().countDocuments({ communityCode: HOME.code }));
    expect(at(data, 'other.totalCount')).toBe(0);
    expect(at(data, 'incident')).toBeNull();
    expect(at(data, '_entities[0]')).toBeNull();
    expect(at(data, '_entities[1]')).toBeNull();
    expect(at(data, '_entities[2].incidents.totalCount')).toBe(
      await raw().countDocuments({ communityCode: HOME.code }),
    );
    expect(at(data, '_entities[3].incidents.totalCount')).toBe(0);
  });

  it("answers null for the indicators of a division above the worker's community (its street, its district, a city or province prefix), and its own in full", async () => {
    const data = await um.data(
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on District { code urbanManagementIndicators(from: "2012-01-01", to: "2013-01-01") { divisionCode incidents { value } } }
      ... on Street { code urbanManagementIndicators(from: "2012-01-01", to: "2013-01-01") { divisionCode incidents { value } } }
      ... on Community { code urbanManagementIndicators(from: "2012-01-01", to: "2013-01-01") { divisionCode incidents { value } } } } }`,
      {
        r: [
          ...entities('District', [{ code: '120104' }, { code: '1201' }, { code: '12' }]),
          ...entities('Street', [{ code: GUANGKAI }]),
          ...entities('Community', [{ code: HOME.code }]),
        ],
      },
      worker,
    );
    const answers = at(data, '_entities') as Array<{ urbanManagementIndicators: unknown } | null>;
    const outside = answers.slice(0, 4);
    expect(outside, 'three districts and a street above or outside the worker').toHaveLength(4);
    for (const answer of outside) expect(answer?.urbanManagementIndicators ?? null).toBeNull();
    const from = new Date('2012-01-01T00:00:00+08:00');
    const to = new Date('2013-01-01T00:00:00+08:00');
    expect(answers[4]).toMatchObject({
      code: HOME.code,
      urbanManagementIndicators: {
        divisionCode: HOME.code,
        incidents: {
          value: await raw().countDocuments({ communityCode: HOME.code, reportedAt: { $gte: from, $lt: to } }),
        },
      },
    });
  });

  it('masks reporter phones unless the viewer is an admin or an urban-management official in jurisdiction (FORBIDDEN for analysts), and audits full reads', async () => {
    const doc = await raw().findOne({ communityCode: HOME.code, reporterPhone: { $ne: null } });
    const query = `query($id: ID!) { incident(id: $id) { reporterPhone reporterName } }`;
    const variables = { id: String(doc?._id) };
    const phone = doc?.reporterPhone as string;
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    const audits = um.connection.collection('audit_records');
    expect(at(await um.data(query, variables, ADMIN), 'incident.reporterPhone')).toBe(phone);
    expect(at(await um.data(query, variables, worker), 'incident.reporterPhone')).toBe(phone);
    expect(await audits.countDocuments({ recordId: String(doc?._id), field: 'reporterPhone' })).toBe(2);
    const afterFull = await audits.countDocuments({ recordId: String(doc?._id) });
    const otherDomain = official(GUANGKAI, 'civil-affairs', 'street_official');
    expect(at(await um.data(query, variables, otherDomain), 'incident.reporterPhone')).toBe(masked);
    expect(at(await um.data(query, variables, otherDomain), 'incident.reporterName')).toMatch(/^.\*+$/);
    const analyst = await um.run(query, variables, ANALYST);
    expect(analyst.data?.incident).toEqual({ reporterPhone: null, reporterName: null });
    expect(analyst.errors?.map((error) => error.extensions?.field).sort()).toEqual([
      'Incident.reporterName',
      'Incident.reporterPhone',
    ]);
    expect(await audits.countDocuments({ recordId: String(doc?._id) })).toBe(afterFull);
  });
});

describe('urban-management bad input', () => {
  const badInput = async (query: string, argumentName: string, variables?: Record<string, unknown>) => {
    const result = await um.run(query, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  };

  it('names the argument of a date that does not parse, inline or in variables', async () => {
    await badInput('{ incidents(filter: { reportedFrom: "yesterday" }) { totalCount } }', 'filter.reportedFrom');
    await badInput('query($f: IncidentFilter) { incidents(filter: $f) { totalCount } }', 'filter.reportedTo', {
      f: { reportedTo: '2020-13-45' },
    });
    await badInput(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Street { urbanManagementIndicators(from: "2020-02-30T25:00") { incidents { value } } } } }`,
      'from',
      { r: entities('Street', [{ code: GUANGKAI }]) },
    );
  });

  it('rejects a period that ends before it starts', async () => {
    await badInput(
      '{ incidents(filter: { reportedFrom: "2020-02-01", reportedTo: "2020-01-01" }) { totalCount } }',
      'filter.reportedTo',
    );
  });

  it('rejects division codes of the wrong shape', async () => {
    await badInput('{ incidents(filter: { divisionCode: "12010400" }) { totalCount } }', 'filter.divisionCode');
    await badInput('{ facilities(filter: { divisionCode: "abc" }) { totalCount } }', 'filter.divisionCode');
  });

  it('rejects first over 100 at the root and in nested lists, and cursors it did not issue', async () => {
    await badInput('{ incidents(first: 101) { totalCount } }', 'first');
    await badInput(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { incidents(first: 500) { totalCount } } } }`,
      'first',
      { r: entities('Community', [{ code: HOME.code }]) },
    );
    await badInput('{ rectificationProjects(after: "not-a-cursor") { totalCount } }', 'after');
    const data = await um.data('{ incidents(first: 1) { pageInfo { endCursor } } }');
    await badInput(
      'query($after: String) { incidents(after: $after, orderBy: { field: DEADLINE }) { totalCount } }',
      'after',
      { after: at(data, 'incidents.pageInfo.endCursor') },
    );
  });

  it('rejects out-of-range numbers', async () => {
    await badInput('{ facilities(filter: { minAreaSquareMeters: -1 }) { totalCount } }', 'filter.minAreaSquareMeters');
    await badInput('{ rectificationProjects(filter: { year: 1800 }) { totalCount } }', 'filter.year');
  });

  it('answers unknown codes with empty lists, not errors', async () => {
    expect(await um.data('{ incidents(filter: { divisionCode: "999999" }) { totalCount } }')).toEqual({
      incidents: { totalCount: 0 },
    });
  });

  it('treats operator-looking strings as plain text', async () => {
    const data = await um.data(
      '{ facilities(filter: { nameContains: ".*" }) { totalCount } incidents(filter: { titleContains: "{\\"$gt\\": \\"\\"}" }) { totalCount } }',
    );
    expect(data).toEqual({ facilities: { totalCount: 0 }, incidents: { totalCount: 0 } });
  });
});

describe('urban-management list order and filters', () => {
  type Direction = 'ASC' | 'DESC';
  /** Ids of the raw collection sorted on (field, _id), as the keyset pagination promises. */
  const rawIds = async (
    collection: string,
    filter: Record<string, unknown>,
    field: string,
    direction: Direction,
    limit = 100,
  ) => {
    const sign = direction === 'ASC' ? 1 : -1;
    const docs = await um.connection
      .collection(collection)
      .find(filter)
      .sort({ [field]: sign, _id: sign })
      .limit(limit)
      .toArray();
    return docs.map((doc) => String(doc._id));
  };
  const ids = (connection: unknown) =>
    (connection as { edges: { node: { id: string } }[] }).edges.map((edge) => edge.node.id);
  /** The division at `field` that holds the most records of `collection`, so orders are not trivially short. */
  const busiest = async (collection: string, field: string) => {
    const [row] = await um.connection
      .collection(collection)
      .aggregate<{ _id: string }>([
        { $group: { _id: `$${field}`, n: { $sum: 1 } } },
        { $sort: { n: -1, _id: 1 } },
        { $limit: 1 },
      ])
      .toArray();
    return row._id;
  };

  it('orders Community.facilities, Street.rectificationProjects, Community.safetyDesignations and Enterprise.incidents as a raw sorted query', async () => {
    const community = await busiest('facilities', 'communityCode');
    const designated = await busiest('safety_designations', 'communityCode');
    const enterprise = await busiest('incidents', 'enterpriseId');
    for (const direction of ['ASC', 'DESC'] as const) {
      const data = await um.data(
        `query($r: [_Any!]!, $d: SortDirection!) { _entities(representations: $r) {
        ... on Community { facilities(first: 100, orderBy: { field: INSTALLED_AT, direction: $d }) { edges { node { id } } }
                           safetyDesignations(first: 100, orderBy: { field: YEAR, direction: $d }) { edges { node { id } } } }
        ... on Street { rectificationProjects(first: 100, orderBy: { field: NAME, direction: $d }) { edges { node { id } } } }
        ... on Enterprise { incidents(first: 100, orderBy: { field: DEADLINE, direction: $d }) { edges { node { id } } } } } }`,
        {
          d: direction,
          r: [
            { __typename: 'Community', code: community },
            { __typename: 'Community', code: designated },
            { __typename: 'Street', code: GUANGKAI },
            { __typename: 'Enterprise', id: enterprise },
          ],
        },
      );
      const facilities = await rawIds('facilities', { communityCode: community }, 'installedAt', direction);
      const designations = await rawIds('safety_designations', { communityCode: designated }, 'year', direction);
      const projects = await rawIds('rectification_projects', { streetCode: GUANGKAI }, 'name', direction);
      const incidents = await rawIds('incidents', { enterpriseId: enterprise }, 'deadline', direction);
      expect(facilities.length).toBeGreaterThan(1);
      expect(designations.length).toBeGreaterThan(1);
      expect(projects.length).toBeGreaterThan(1);
      expect(incidents.length).toBeGreaterThan(1);
      expect(ids(at(data, '_entities[0].facilities'))).toEqual(facilities);
      expect(ids(at(data, '_entities[1].safetyDesignations'))).toEqual(designations);
      expect(ids(at(data, '_entities[2].rectificationProjects'))).toEqual(projects);
      expect(ids(at(data, '_entities[3].incidents'))).toEqual(incidents);
    }
  });

  it('pages petitions by acceptance deadline across two pages with no gap and no repeat', async () => {
    const query = `query($after: String) { petitions(first: 7, after: $after, orderBy: { field: ACCEPTANCE_DEADLINE, direction: ASC }) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const first = await um.data(query);
    const second = await um.data(query, { after: at(first, 'petitions.pageInfo.endCursor') });
    expect(at(first, 'petitions.pageInfo.hasNextPage')).toBe(true);
    expect([...ids(first.petitions), ...ids(second.petitions)]).toEqual(
      await rawIds('petitions', {}, 'acceptanceDeadline', 'ASC', 14),
    );
  });

  it('filters petitions by title text and Community.safetyDesignations by kind and year', async () => {
    const [petition] = await um.connection.collection('petitions').find({}).sort({ _id: 1 }).limit(1).toArray();
    const text = String(petition.title).slice(0, 4);
    const titled = await um.data(
      `query($t: String!) { petitions(first: 100, filter: { titleContains: $t }) { totalCount } }`,
      { t: text },
    );
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(at(titled, 'petitions.totalCount')).toBe(
      await um.connection.collection('petitions').countDocuments({ title: { $regex: escaped, $options: 'i' } }),
    );

    const [designation] = await um.connection
      .collection('safety_designations')
      .find({ communityCode: { $ne: null } })
      .sort({ _id: 1 })
      .limit(1)
      .toArray();
    const data = await um.data(
      `query($r: [_Any!]!, $k: SafetyDesignationKind!, $y: Int!) { _entities(representations: $r) { ... on Community {
      safetyDesignations(filter: { kind: [$k], year: $y, divisionCode: "120104" }) { totalCount edges { node { id kind year } } } } } }`,
      {
        r: entities('Community', [{ code: String(designation.communityCode) }]),
        k: designation.kind,
        y: designation.year,
      },
    );
    expect(at(data, '_entities[0].safetyDesignations.totalCount')).toBe(
      await um.connection
        .collection('safety_designations')
        .countDocuments({ communityCode: designation.communityCode, kind: designation.kind, year: designation.year }),
    );
    expect(ids(at(data, '_entities[0].safetyDesignations'))).toContain(String(designation._id));
  });

  it('answers Community.safetyDesignations for many communities with one query per page shape, sort included', async () => {
    const sent = await um.commandsOn('safety_designations', () =>
      um.data(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community {
        byYear: safetyDesignations(first: 5, orderBy: { field: YEAR, direction: DESC }) { totalCount }
        byCode: safetyDesignations(first: 5) { totalCount } } } }`,
        {
          r: entities(
            'Community',
            communities.map((community) => ({ code: community.code })),
          ),
        },
      ),
    );
    expect(sent).toHaveLength(2);
  });

  it('rejects a cursor issued under another sort order, at the root and in nested lists', async () => {
    const badCursor = async (query: string, variables: Record<string, unknown>) => {
      const result = await um.run(query, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    };
    const petitions = await um.data('{ petitions(first: 1) { pageInfo { endCursor } } }');
    await badCursor(
      'query($after: String) { petitions(after: $after, orderBy: { field: ACCEPTANCE_DEADLINE }) { totalCount } }',
      { after: at(petitions, 'petitions.pageInfo.endCursor') },
    );
    const r = entities('Community', [{ code: HOME.code }]);
    const facilities = await um.data(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { facilities(first: 1) { pageInfo { endCursor } } } } }',
      { r },
    );
    await badCursor(
      'query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Community { facilities(after: $after, orderBy: { field: INSTALLED_AT }) { totalCount } } } }',
      { r, after: at(facilities, '_entities[0].facilities.pageInfo.endCursor') },
    );
  });

  it('declares every root list nullable, so a failing subgraph does not null a response', async () => {
    const data = await um.data('{ __type(name: "Query") { fields { name type { kind name ofType { name } } } } }');
    const fields = at(data, '__type.fields') as {
      name: string;
      type: { kind: string; name: string | null; ofType: { name: string } | null };
    }[];
    const lists = fields.filter((field) => (field.type.name ?? field.type.ofType?.name ?? '').endsWith('Connection'));
    expect(lists.map((field) => field.name)).toEqual(
      expect.arrayContaining(['incidents', 'facilities', 'petitions', 'urbanManagementSafetyDesignations']),
    );
    for (const field of lists) expect(field.type.kind, field.name).toBe('OBJECT');
  });
});
