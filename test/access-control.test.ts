import { randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenClaims } from '../gateway/auth.js';
import { REQUEST_ID_HEADER, type Viewer } from '../platform/contract/identity.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * Access control end to end, through the gateway over HTTP: who sees which personal value in
 * full, that exactly the full reads are audited (raw `audit_records` and the admin-only audit
 * API agree), jurisdiction on root fields, nested fields and `_entities`, and the party member →
 * assistance link for admins only. Expectations come from the raw collections.
 */
let stack: TestStack;
let civil: Db;
let party: Db;

interface RawResident {
  _id: string;
  name: string;
  idNumber: string;
  phone: string;
  communityCode: string;
  streetCode: string;
}

/** A resident of 北关区 (410503) with a phone who receives assistance; another community of the same street. */
let subject: RawResident;
let otherCommunity: string;

const DISTRICT = '410503';
const AUDIT_DOMAINS = {
  economy: 'economyAuditRecords',
  'civil-affairs': 'civilAffairsAuditRecords',
  'party-building': 'partyBuildingAuditRecords',
  'urban-management': 'urbanManagementAuditRecords',
} as const;

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  civil = stack.connections['civil-affairs'].db!;
  party = stack.connections['party-building'].db!;
  const recipients = new Set(
    (
      await civil
        .collection('assistance_cases')
        .find({ districtCode: DISTRICT }, { projection: { recipientId: 1 } })
        .toArray()
    ).map((row) => row.recipientId as string | null),
  );
  const residents = await civil.collection<RawResident>('residents').find({ districtCode: DISTRICT }).toArray();
  subject = residents.find((resident) => resident.phone && recipients.has(resident._id))!;
  expect(subject, 'the seed has a 北关区 assistance recipient with a phone').toBeDefined();
  const siblings = await civil.collection('divisions').find({ parentCode: subject.streetCode }).toArray();
  otherCommunity = siblings.map((division) => division.code as string).find((code) => code !== subject.communityCode)!;
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

function newRequestId(label: string): string {
  return `${label}-${randomUUID()}`;
}

/** `requestId` is the gateway's own (its response header): what the audit records hold. */
async function asRole(claims: TokenClaims, query: string, variables?: Record<string, unknown>) {
  const response = await stack.graphql<Record<string, any>>(query, { token: await stack.token(claims), variables });
  return { ...response, requestId: response.headers.get(REQUEST_ID_HEADER)! };
}

const maskedId = (value: string) => `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
const maskedPhone = (value: string) => `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
const maskedName = (value: string) => Array.from(value)[0] + '*'.repeat(Array.from(value).length - 1);

describe('access-control: a resident ID number and phone by role', () => {
  const RESIDENT = 'query ($id: ID!) { resident(id: $id) { id idNumber phone } }';
  type Expectation = 'full' | 'masked' | 'invisible' | 'forbidden';
  const cases: Array<[string, () => TokenClaims, Expectation]> = [
    ['admin', () => ADMIN, 'full'],
    [
      'district_official of civil-affairs in 410503',
      () => ({ sub: 'district-ca', role: 'district_official', jurisdiction: DISTRICT, domains: ['civil-affairs'] }),
      'full',
    ],
    [
      'street_official of economy in the street',
      () => ({ sub: 'street-econ', role: 'street_official', jurisdiction: subject.streetCode, domains: ['economy'] }),
      'masked',
    ],
    [
      "community_worker of the resident's community",
      () => ({
        sub: 'worker-home',
        role: 'community_worker',
        jurisdiction: subject.communityCode,
        domains: ['civil-affairs'],
      }),
      'full',
    ],
    [
      'community_worker of another community',
      () => ({
        sub: 'worker-away',
        role: 'community_worker',
        jurisdiction: otherCommunity,
        domains: ['civil-affairs'],
      }),
      'invisible',
    ],
    // Analysts and services read statistics of persons, never a person's record (person-level.ts).
    ['analyst', () => ({ sub: 'analyst', role: 'analyst', jurisdiction: DISTRICT, domains: [] }), 'forbidden'],
    [
      'service',
      () => ({
        sub: 'svc',
        role: 'service',
        jurisdiction: ['120104', '120116', '410102', '410503'],
        domains: ['civil-affairs'],
      }),
      'forbidden',
    ],
  ];

  it.each(cases)('access-control: %s', async (_label, claims, expectation) => {
    const audits = civil.collection('audit_records');
    const before = await audits.countDocuments({ recordId: subject._id });
    const { status, body, requestId } = await asRole(claims(), RESIDENT, { id: subject._id });
    expect(status).toBe(200);
    if (expectation === 'forbidden')
      expect(body.errors?.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code: 'FORBIDDEN', field: 'Query.resident' }),
      ]);
    else expect(body.errors).toBeUndefined();
    const written = await audits.find({ requestId }).toArray();

    if (expectation === 'invisible' || expectation === 'forbidden') {
      expect(body.data!.resident).toBeNull();
    } else if (expectation === 'full') {
      expect(body.data!.resident).toEqual({ id: subject._id, idNumber: subject.idNumber, phone: subject.phone });
      expect(written.map((row) => row.field).sort()).toEqual(['idNumber', 'phone']);
      for (const row of written) {
        expect(row).toMatchObject({
          sub: claims().sub,
          role: claims().role,
          domain: 'civil-affairs',
          recordType: 'Resident',
          recordId: subject._id,
          requestId,
        });
        expect(row.at).toBeInstanceOf(Date);
      }
    } else {
      expect(body.data!.resident).toEqual({
        id: subject._id,
        idNumber: maskedId(subject.idNumber),
        phone: maskedPhone(subject.phone),
      });
      expect(body.data!.resident.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(body.data!.resident.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    expect(await audits.countDocuments({ recordId: subject._id })).toBe(before + (expectation === 'full' ? 2 : 0));
    if (expectation !== 'full') expect(written).toEqual([]);
  });

  it('access-control: assistance recipient names are masked for an official of another domain (张*), and nothing is audited', async () => {
    const raw = await civil
      .collection('assistance_cases')
      .find({ communityCode: subject.communityCode })
      .sort({ _id: 1 })
      .limit(50)
      .toArray();
    const { body, requestId } = await asRole(
      { sub: 'district-urban', role: 'district_official', jurisdiction: DISTRICT, domains: ['urban-management'] },
      'query ($code: ID!) { assistanceCases(first: 50, filter: { divisionCode: $code }) { edges { node { id recipientName } } } }',
      { code: subject.communityCode },
    );
    expect(body.data!.assistanceCases.edges.map((edge: any) => edge.node)).toEqual(
      raw.map((row) => ({ id: row._id, recipientName: maskedName(row.recipientName) })),
    );
    expect(raw.some((row) => Array.from(row.recipientName as string).length === 2)).toBe(true);
    expect(await civil.collection('audit_records').countDocuments({ requestId })).toBe(0);
  });
});

describe('access-control: every personal field of every domain is masked for officials of other domains; analysts and services get no person-level field', () => {
  const PERSONAL = `query ($code: ID!, $text: String!) {
    residents(first: 20, filter: { divisionCode: $code }) { edges { node { id name idNumber phone } } }
    enterprises(first: 20, filter: { divisionCode: $code }) { edges { node { id legalRepresentativePhone } } }
    incidents(first: 20, filter: { divisionCode: $text }) { edges { node { id reporterName reporterPhone } } }
    partyMembers(first: 20, filter: { divisionCode: $text }) { edges { node { id name phone } } }
    partyOrganizations(first: 20, filter: { divisionCode: $text }) { edges { node { id secretaryName } } }
  }`;
  /** list field → [subgraph, collection, { GraphQL field: masker }] */
  const LISTS = {
    residents: ['civil-affairs', 'residents', { name: maskedName, idNumber: maskedId, phone: maskedPhone }],
    enterprises: ['economy', 'enterprises', { legalRepresentativePhone: maskedPhone }],
    incidents: ['urban-management', 'incidents', { reporterName: maskedName, reporterPhone: maskedPhone }],
    partyMembers: ['party-building', 'party_members', { name: maskedName, phone: maskedPhone }],
    partyOrganizations: ['party-building', 'party_organizations', { secretaryName: maskedName }],
  } as const;

  // An official of none of the owning domains: every record visible, every personal value masked.
  it.each<[string, TokenClaims]>([
    [
      'district official of no owning domain',
      { sub: 'district-other', role: 'district_official', jurisdiction: DISTRICT, domains: [] },
    ],
  ])('access-control: %s', async (_label, claims) => {
    const { body, requestId } = await asRole(claims, PERSONAL, { code: DISTRICT, text: DISTRICT });
    expect(body.errors).toBeUndefined();
    for (const [list, [domain, collection, maskers]] of Object.entries(LISTS)) {
      const nodes: Array<Record<string, string | null>> = body.data![list].edges.map((edge: any) => edge.node);
      expect(nodes.length, list).toBeGreaterThan(0);
      const raw = await stack.connections[domain]
        .db!.collection<{ _id: string } & Record<string, string | null>>(collection)
        .find({ _id: { $in: nodes.map((node) => node.id!) } })
        .toArray();
      const byId = new Map(raw.map((row) => [row._id, row]));
      let masked = 0;
      for (const node of nodes) {
        for (const [field, mask] of Object.entries(maskers)) {
          const stored = byId.get(node.id!)![field];
          expect(node[field], `${list}.${field}`).toBe(stored === null ? null : mask(stored));
          if (stored !== null) masked++;
        }
      }
      expect(masked, `${list} has personal values to mask`).toBeGreaterThan(0);
      expect(
        await stack.connections[domain].db!.collection('audit_records').countDocuments({ requestId }),
        domain,
      ).toBe(0);
    }
  });
});

describe('access-control: analysts and services read no person-level records', () => {
  const PERSONAL = `query ($code: ID!, $text: String!) {
    residents(first: 5, filter: { divisionCode: $code }) { totalCount }
    assistanceCases(first: 5, filter: { divisionCode: $code }) { edges { node { id } } }
    partyMembers(first: 5, filter: { divisionCode: $text }) { totalCount edges { node { id } } }
    petitions(first: 5) { totalCount }
    incidents(first: 5, filter: { divisionCode: $text }) { edges { node { id reporterName reporterPhone } } }
    enterprises(first: 5, filter: { divisionCode: $code }) { edges { node { id legalRepresentativePhone } } }
    partyOrganizations(first: 5, filter: { divisionCode: $text }) { edges { node { id secretaryName } } }
  }`;

  it.each<[string, TokenClaims]>([
    [
      'analyst',
      { sub: 'analyst', role: 'analyst', jurisdiction: ['120104', '120116', '410102', '410503'], domains: [] },
    ],
    [
      'service',
      {
        sub: 'svc',
        role: 'service',
        jurisdiction: ['120104', '120116', '410102', '410503'],
        domains: ['economy', 'civil-affairs', 'party-building', 'urban-management'],
      },
    ],
  ])(
    'access-control: %s gets FORBIDDEN naming each person-level field, and the rest masked as before',
    async (_label, claims) => {
      const { body } = await asRole(claims, PERSONAL, { code: DISTRICT, text: DISTRICT });
      const refused = new Map((body.errors ?? []).map((error) => [JSON.stringify(error.path), error.extensions]));
      for (const list of ['residents', 'assistanceCases', 'partyMembers', 'petitions']) {
        expect(body.data![list], list).toBeNull();
        expect(refused.get(JSON.stringify([list])), list).toMatchObject({ code: 'FORBIDDEN', field: `Query.${list}` });
      }
      const incidents = body.data!.incidents.edges as Array<{
        node: { id: string; reporterName: null; reporterPhone: null };
      }>;
      expect(incidents.length).toBeGreaterThan(0);
      incidents.forEach((edge, index) => {
        expect(edge.node).toEqual({ id: expect.any(String), reporterName: null, reporterPhone: null });
        for (const field of ['reporterName', 'reporterPhone']) {
          expect(refused.get(JSON.stringify(['incidents', 'edges', index, 'node', field]))).toMatchObject({
            code: 'FORBIDDEN',
            field: `Incident.${field}`,
          });
        }
      });
      expect(refused.size).toBe(4 + 2 * incidents.length);
      expect(body.data!.enterprises.edges.length, 'enterprises in the jurisdiction').toBeGreaterThan(0);
      expect(body.data!.partyOrganizations.edges.length, 'party organizations in the jurisdiction').toBeGreaterThan(0);
      for (const edge of body.data!.enterprises.edges)
        if (edge.node.legalRepresentativePhone) expect(edge.node.legalRepresentativePhone).toContain('****');
      for (const edge of body.data!.partyOrganizations.edges)
        if (edge.node.secretaryName) expect(edge.node.secretaryName).toMatch(/^.\*+$/);
    },
  );
});

describe('access-control: the audit trail through the API', () => {
  const AUDIT_FIELDS =
    'totalCount pageInfo { hasNextPage endCursor } edges { node { id sub role at domain recordType recordId field requestId } }';

  it('access-control: each domain writes its full reads under the gateway request id, and admins read them back', async () => {
    const { body, requestId } = await asRole(
      ADMIN,
      `query ($code: ID!, $text: String!) {
        residents(first: 5, filter: { divisionCode: $code }) { edges { node { idNumber } } }
        enterprises(first: 20, filter: { divisionCode: $code }) { edges { node { legalRepresentativePhone } } }
        incidents(first: 20, filter: { divisionCode: $text }) { edges { node { reporterPhone } } }
        partyMembers(first: 5, filter: { divisionCode: $text }) { edges { node { phone } } }
      }`,
      { code: DISTRICT, text: DISTRICT },
    );
    expect(body.errors).toBeUndefined();
    const query = Object.values(AUDIT_DOMAINS)
      .map((field) => `${field}(first: 100, filter: { requestId: $requestId }) { ${AUDIT_FIELDS} }`)
      .join('\n');
    const audit = await asRole(ADMIN, `query ($requestId: String!) { ${query} }`, { requestId });
    expect(audit.body.errors).toBeUndefined();
    for (const [domain, field] of Object.entries(AUDIT_DOMAINS)) {
      const raw = await stack.connections[domain as keyof typeof AUDIT_DOMAINS]
        .db!.collection('audit_records')
        .find({ requestId })
        .sort({ at: -1, _id: -1 })
        .toArray();
      expect(raw.length, `${domain} audited the admin's full reads`).toBeGreaterThan(0);
      const page = audit.body.data![field];
      expect(page.totalCount).toBe(raw.length);
      expect(page.edges.map((edge: any) => edge.node)).toEqual(
        raw.map((row) => ({
          id: row._id.toHexString(),
          sub: ADMIN.sub,
          role: 'admin',
          at: row.at.toISOString(),
          domain,
          recordType: row.recordType,
          recordId: row.recordId,
          field: row.field,
          requestId,
        })),
      );
    }
  });

  it('access-control: audit records filter by record, subject, field and time, and page newest first', async () => {
    const reader: TokenClaims = {
      sub: `auditor-${randomUUID()}`,
      role: 'district_official',
      jurisdiction: DISTRICT,
      domains: ['civil-affairs'],
    };
    for (let i = 0; i < 3; i++) await asRole(reader, `{ resident(id: "${subject._id}") { idNumber phone } }`);
    const raw = await civil.collection('audit_records').find({ sub: reader.sub }).sort({ at: -1, _id: -1 }).toArray();
    expect(raw).toHaveLength(6);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { body } = await asRole(
        ADMIN,
        `query ($sub: String!, $after: String) { civilAffairsAuditRecords(first: 4, after: $after, filter: { sub: $sub, recordId: "${subject._id}" }) { ${AUDIT_FIELDS} } }`,
        { sub: reader.sub, after },
      );
      const page = body.data!.civilAffairsAuditRecords;
      expect(page.totalCount).toBe(6);
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(raw.map((row) => row._id.toHexString()));

    const { body } = await asRole(
      ADMIN,
      `query ($sub: String!, $from: DateTime!, $to: DateTime!) {
        phones: civilAffairsAuditRecords(filter: { sub: $sub, field: "phone" }) { totalCount }
        later: civilAffairsAuditRecords(filter: { sub: $sub, from: $to }) { totalCount }
        inRange: civilAffairsAuditRecords(filter: { sub: $sub, from: $from, to: $to }) { totalCount }
      }`,
      { sub: reader.sub, from: raw.at(-1)!.at.toISOString(), to: new Date(raw[0].at.getTime() + 1).toISOString() },
    );
    expect(body.data).toEqual({ phones: { totalCount: 3 }, later: { totalCount: 0 }, inRange: { totalCount: 6 } });
  });

  it('access-control: audit records are FORBIDDEN to every role but admin, in every subgraph', async () => {
    const query = `{ ${Object.values(AUDIT_DOMAINS)
      .map((field) => `${field} { totalCount }`)
      .join(' ')} }`;
    const others: TokenClaims[] = [
      {
        sub: 'district-all',
        role: 'district_official',
        jurisdiction: DISTRICT,
        domains: ['economy', 'civil-affairs', 'party-building', 'urban-management'],
      },
      { sub: 'analyst', role: 'analyst', jurisdiction: ['120104', '120116', '410102', '410503'], domains: [] },
      { sub: 'svc', role: 'service', jurisdiction: ['120104', '120116', '410102', '410503'], domains: [] },
      { sub: 'worker', role: 'community_worker', jurisdiction: subject.communityCode, domains: ['civil-affairs'] },
    ];
    for (const claims of others) {
      const { body } = await asRole(claims, query);
      // Root lists are nullable, so each refused list is null on its own and no record leaks.
      expect(body.data).toEqual(Object.fromEntries(Object.values(AUDIT_DOMAINS).map((field) => [field, null])));
      expect(body.errors!.map((error) => error.extensions?.code)).toEqual(
        Object.values(AUDIT_DOMAINS).map(() => 'FORBIDDEN'),
      );
    }
  });
});

describe('access-control: a community worker reading another community', () => {
  const worker = (): TokenClaims => ({
    sub: 'worker-away',
    role: 'community_worker',
    jurisdiction: otherCommunity,
    domains: ['civil-affairs'],
  });

  it('access-control: root fields give null and empty lists', async () => {
    const { body } = await asRole(
      worker(),
      `query ($code: ID!, $id: ID!) {
        community(code: $code) { code }
        resident(id: $id) { id }
        residents(filter: { divisionCode: $code }) { totalCount }
        assistanceCases(filter: { divisionCode: $code }) { totalCount edges { node { id } } }
      }`,
      { code: subject.communityCode, id: subject._id },
    );
    expect(body.data).toEqual({
      community: null,
      resident: null,
      residents: { totalCount: 0 },
      assistanceCases: { totalCount: 0, edges: [] },
    });
  });

  it('access-control: nested fields are narrowed to the worker community', async () => {
    const { body } = await asRole(
      worker(),
      `query ($street: ID!) { street(code: $street) { communities(first: 100) { totalCount edges { node { code assistanceCases { totalCount } residents { totalCount } } } } residents { totalCount } } }`,
      { street: subject.streetCode },
    );
    const ownCases = await civil.collection('assistance_cases').countDocuments({ communityCode: otherCommunity });
    const ownResidents = await civil.collection('residents').countDocuments({ communityCode: otherCommunity });
    expect(body.data!.street).toEqual({
      communities: {
        totalCount: 1,
        edges: [
          {
            node: {
              code: otherCommunity,
              assistanceCases: { totalCount: ownCases },
              residents: { totalCount: ownResidents },
            },
          },
        ],
      },
      residents: { totalCount: ownResidents },
    });
  });

  it('access-control: a direct _entities call with a valid signed identity cannot read it either', async () => {
    const viewer: Viewer = {
      sub: 'worker-away',
      role: 'community_worker',
      jurisdiction: [otherCommunity],
      domains: ['civil-affairs'],
    };
    const requestId = newRequestId('entities');
    const ownResident = (await civil.collection('residents').findOne({ communityCode: otherCommunity }))!._id;
    const response = await stack.graphql<{ _entities: Array<Record<string, unknown> | null> }>(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Resident { id idNumber } ... on Community { code assistanceCases { totalCount } } } }',
      {
        url: stack.subgraphUrls['civil-affairs'],
        signAs: viewer,
        requestId,
        variables: {
          representations: [
            { __typename: 'Resident', id: subject._id },
            { __typename: 'Community', code: subject.communityCode },
            { __typename: 'Resident', id: ownResident },
            { __typename: 'Community', code: otherCommunity },
          ],
        },
      },
    );
    expect(response.status).toBe(200);
    const [resident, community, own, home] = response.body.data!._entities;
    expect(resident).toBeNull();
    expect(community).toBeNull();
    expect(own).toMatchObject({ id: ownResident });
    expect(home).toMatchObject({ code: otherCommunity });
  });
});

describe('access-control: party member ↔ assistance status', () => {
  const MEMBER = 'query ($id: ID!) { partyMember(id: $id) { id resident { id assistanceCases { totalCount } } } }';
  let member: { _id: string; residentId: string; districtCode: string };
  type StoredMember = { _id: string; residentId: string | null; districtCode: string };
  let cases: number;

  // The seed links members to residents but none of them happens to receive assistance: give one a case.
  beforeAll(async () => {
    member = (await party
      .collection<StoredMember>('party_members')
      .findOne({ residentId: { $ne: null } })) as typeof member;
    const resident = (await civil
      .collection<RawResident & { districtCode: string }>('residents')
      .findOne({ _id: member.residentId }))!;
    const template = (await civil.collection('assistance_cases').findOne({ communityCode: resident.communityCode }))!;
    await civil.collection('assistance_cases').insertOne({
      ...template,
      _id: 'case-acl-party-member' as never,
      recipientId: resident._id,
      recipientName: resident.name,
      divisionCode: resident.communityCode,
      communityCode: resident.communityCode,
      streetCode: resident.streetCode,
      districtCode: resident.districtCode,
      gridCode: null,
    });
    cases = await civil.collection('assistance_cases').countDocuments({ recipientId: member.residentId });
  });

  it('access-control: an admin follows the link (and the read is audited in party building)', async () => {
    const { body, requestId } = await asRole(ADMIN, MEMBER, { id: member._id });
    expect(body.data!.partyMember).toEqual({
      id: member._id,
      resident: { id: member.residentId, assistanceCases: { totalCount: cases } },
    });
    expect(cases).toBeGreaterThan(0);
    const audited = await party.collection('audit_records').find({ requestId, field: 'resident' }).toArray();
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ recordType: 'PartyMember', recordId: member._id, sub: ADMIN.sub });
  });

  it('access-control: a resident read twice in one request (its root field and the party member link, two fetches of civil affairs) is audited once', async () => {
    const { body, requestId } = await asRole(
      ADMIN,
      `query ($resident: ID!, $member: ID!) { resident(id: $resident) { id name idNumber } partyMember(id: $member) { resident { id name idNumber } } }`,
      {
        resident: member.residentId,
        member: member._id,
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.partyMember.resident).toEqual(body.data!.resident);
    const rows = await civil.collection('audit_records').find({ requestId, recordId: member.residentId }).toArray();
    expect(rows.map((row) => row.field).sort()).toEqual(['idNumber', 'name']);
  });

  it('access-control: every other role sees the member but not the link; analysts and services not even the member', async () => {
    const official: TokenClaims = {
      sub: 'district-both',
      role: 'district_official',
      jurisdiction: member.districtCode,
      domains: ['party-building', 'civil-affairs'],
    };
    const { body } = await asRole(official, MEMBER, { id: member._id });
    expect(body.errors).toBeUndefined();
    expect(body.data!.partyMember).toEqual({ id: member._id, resident: null });
    const statisticsOnly: TokenClaims[] = [
      { sub: 'analyst', role: 'analyst', jurisdiction: ['120104', '120116', '410102', '410503'], domains: [] },
      {
        sub: 'svc',
        role: 'service',
        jurisdiction: ['120104', '120116', '410102', '410503'],
        domains: ['party-building', 'civil-affairs'],
      },
    ];
    for (const claims of statisticsOnly) {
      const refused = await asRole(claims, MEMBER, { id: member._id });
      expect(refused.body.data!.partyMember).toBeNull();
      expect(refused.body.errors?.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code: 'FORBIDDEN', field: 'Query.partyMember' }),
      ]);
    }
  });
});
