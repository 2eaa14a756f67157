import { createHash, randomUUID } from 'node:crypto';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import { BSON, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenClaims } from '../gateway/auth.js';
import { REQUEST_ID_HEADER, type Domain, type Viewer } from '../platform/contract/identity.js';
import {
  cursorsIn,
  isConnectionType,
  isEdgeType,
  literal,
  loadSupergraph,
  seededRandom,
  selectedCoordinates,
  selectionDepth,
  SelectionWriter,
  tokenCount,
  typedObjects,
  SKIP_FIELD,
  Unfillable,
  type ArgumentSite,
  type Operation,
  type Step,
  type TypePath,
} from './utils/schema-walk.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './utils/stack.js';

/**
 * Access tests generated from the supergraph (issue 15, item 10). For every role, each with a
 * jurisdiction, the walk (test/utils/schema-walk.ts) reaches every object type and every field
 * through root fields, nested fields and the entity references the gateway follows between
 * subgraphs, sorts every list by every `orderBy` value, and asks the division lookups, statistics
 * and root lists inside, outside and above the jurisdiction; `_entities` is called on each
 * subgraph directly with a signed identity. Each answer, from the gateway over HTTP against the
 * seeded data, is checked against the raw collections (read with the driver, not through the
 * code under test):
 *
 * - no record outside the jurisdiction appears (its stored division code), a division only inside
 *   it or as its ancestor, and an ancestor's indicators and statistics are null;
 * - every personal field (`@personal` in the supergraph) is the stored value in full exactly when
 *   the role may read it (admins; officials of the field's subgraph for records in their
 *   jurisdiction), else the mask computed here from the stored value;
 * - each full read is one row in that subgraph's audit_records under the request's id, and nothing
 *   else is audited;
 * - no cursor decodes to readable data;
 * - sorting or filtering by a personal value is FORBIDDEN (naming the argument) exactly for those
 *   who see it masked.
 *
 * FORBIDDEN on a field is accepted for analysts and services (person-level records may be closed
 * to them) and counted; admins and the owning domain's officials must get records of every type
 * where the seed has some in their jurisdiction. Mutations: every mutation × role × inside and
 * outside the jurisdiction, stored data checksummed before and after. Past one coverage of every
 * type, field, path and orderBy value per role, extra cases are sampled with a fixed seed.
 */
const SEED = 20261210;
const EXTRA_CASES_PER_ROLE = 12;
/**
 * Profiles that vary a role another profile covers in full (an admin with a jurisdiction, a
 * community worker of a grid): every type, field and lookup, but a seeded third of the orderBy fields.
 */
const VARIANT_PROFILES = new Set(['admin of 120104', 'community_worker of a grid']);
const VARIANT_ORDER_BY_SHARE = 1 / 3;
const MAX_TOKENS = 1900;
const MAX_DEPTH = 12;

let stack: TestStack;
const supergraph = loadSupergraph();
const paths = supergraph.pathsToTypes({ maxSteps: 9, perType: 4 });

// ---------------------------------------------------------------------------------------------
// The stored data, read raw

/** Record types → where they are stored. A type with an `id` missing here fails the first test. */
const RECORDS: Record<string, [Domain, string]> = {
  Resident: ['civil-affairs', 'residents'],
  AssistanceCase: ['civil-affairs', 'assistance_cases'],
  BenefitPayment: ['civil-affairs', 'benefit_payments'],
  Notice: ['civil-affairs', 'notices'],
  Enterprise: ['economy', 'enterprises'],
  InvestmentProject: ['economy', 'investment_projects'],
  InvestmentTrip: ['economy', 'investment_trips'],
  TaxRecord: ['economy', 'tax_records'],
  ServiceVisit: ['economy', 'service_visits'],
  Building: ['economy', 'buildings'],
  PartyOrganization: ['party-building', 'party_organizations'],
  PartyMember: ['party-building', 'party_members'],
  PartyActivity: ['party-building', 'party_activities'],
  PartyEvaluation: ['party-building', 'party_evaluations'],
  Incident: ['urban-management', 'incidents'],
  Facility: ['urban-management', 'facilities'],
  RectificationProject: ['urban-management', 'rectification_projects'],
  InspectionCampaign: ['urban-management', 'inspection_campaigns'],
  SafetyDesignation: ['urban-management', 'safety_designations'],
  Petition: ['urban-management', 'petitions'],
};
/** Audit rows are read by admins only; they carry no division. */
const UNATTRIBUTED_RECORDS = new Set(['AuditRecord']);
const DIVISION_TYPES = new Set(['District', 'Street', 'Community', 'Grid']);
const LEVEL_LENGTH = { District: 6, Street: 9, Community: 12, Grid: 15 } as Record<string, number>;
const ANCESTRY_FIELD: Record<number, string> = {
  6: 'districtCode',
  9: 'streetCode',
  12: 'communityCode',
  15: 'gridCode',
};
const DISTRICTS = ['120104', '120116', '410102', '410503'];
const DOMAINS: Domain[] = ['civil-affairs', 'economy', 'party-building', 'urban-management'];
const OFFICIALS = new Set(['district_official', 'street_official', 'community_worker']);

type Raw = Record<string, any> & { _id: string };

function db(domain: Domain): Db {
  return stack.connections[domain].db!;
}

/** Inside a union of subtrees (by prefix); an empty jurisdiction is the whole country. */
function covers(jurisdiction: readonly string[], code: string): boolean {
  return jurisdiction.length === 0 || jurisdiction.some((root) => code.startsWith(root));
}
function overlaps(jurisdiction: readonly string[], code: string): boolean {
  return jurisdiction.length === 0 || jurisdiction.some((root) => code.startsWith(root) || root.startsWith(code));
}
function scopeFilter(jurisdiction: readonly string[]): Record<string, unknown> {
  if (jurisdiction.length === 0) return {};
  const parts = jurisdiction.map((root) => ({ [ANCESTRY_FIELD[root.length]]: root }));
  return parts.length === 1 ? parts[0] : { $or: parts };
}

// ---------------------------------------------------------------------------------------------
// Roles

interface Profile {
  name: string;
  claims: TokenClaims;
  viewer: Viewer;
  token: string;
  /** A district of the seed none of whose divisions the jurisdiction overlaps (null for the whole country). */
  outsideDistrict: string | null;
}

let profiles: Profile[] = [];

async function firstDivision(level: string, under: string): Promise<string> {
  const found = await db('civil-affairs')
    .collection<Raw>('divisions')
    .find({ level, _id: { $regex: `^${under}` } } as never)
    .sort({ _id: 1 })
    .limit(1)
    .toArray();
  if (!found[0]) throw new Error(`no ${level} under ${under}`);
  return found[0]._id;
}

async function makeProfiles(): Promise<Profile[]> {
  const street = '410102005';
  const community = await firstDivision('COMMUNITY', '120116011');
  const grid = await firstDivision('GRID', '410503001');
  const claims: Array<[string, TokenClaims]> = [
    ['admin', { sub: 'walk-admin', role: 'admin' }],
    ['admin of 120104', { sub: 'walk-admin-120104', role: 'admin', jurisdiction: '120104' }],
    [
      'district_official',
      {
        sub: 'walk-district',
        role: 'district_official',
        jurisdiction: '410503',
        domains: ['civil-affairs', 'party-building'],
      },
    ],
    [
      'street_official',
      { sub: 'walk-street', role: 'street_official', jurisdiction: street, domains: ['economy', 'urban-management'] },
    ],
    [
      'community_worker',
      {
        sub: 'walk-community',
        role: 'community_worker',
        jurisdiction: community,
        domains: ['civil-affairs', 'urban-management'],
      },
    ],
    [
      'community_worker of a grid',
      {
        sub: 'walk-grid',
        role: 'community_worker',
        jurisdiction: grid,
        domains: ['party-building', 'urban-management', 'economy'],
      },
    ],
    ['analyst', { sub: 'walk-analyst', role: 'analyst', jurisdiction: '120104', domains: [] }],
    [
      'service',
      { sub: 'walk-service', role: 'service', jurisdiction: ['410503', '120116'], domains: ['civil-affairs'] },
    ],
  ];
  const result: Profile[] = [];
  for (const [name, claim] of claims) {
    const jurisdiction =
      claim.jurisdiction === undefined
        ? []
        : typeof claim.jurisdiction === 'string'
          ? [claim.jurisdiction]
          : claim.jurisdiction;
    const viewer: Viewer = { sub: claim.sub, role: claim.role, jurisdiction, domains: claim.domains ?? [] };
    const outsideDistrict =
      jurisdiction.length === 0 ? null : DISTRICTS.find((district) => !overlaps(jurisdiction, district))!;
    result.push({ name, claims: claim, viewer, token: await stack.token(claim), outsideDistrict });
  }
  return result;
}

/** May this viewer read a personal value of `domain` in full, for a record of `division`? Restated from the README. */
function readsInFull(profile: Profile, domain: string, division: string): boolean {
  const { role, domains, jurisdiction } = profile.viewer;
  if (role === 'admin') return true;
  return OFFICIALS.has(role) && domains.includes(domain as Domain) && covers(jurisdiction, division);
}
/** Does the viewer see this domain's personal data masked anywhere (so may not sort or filter by it)? */
function seesMasked(profile: Profile, domain: string): boolean {
  const { role, domains } = profile.viewer;
  return !(role === 'admin' || (OFFICIALS.has(role) && domains.includes(domain as Domain)));
}
const readOnly = (profile: Profile) => profile.viewer.role === 'analyst' || profile.viewer.role === 'service';

// ---------------------------------------------------------------------------------------------
// Masks, restated from the README (not imported from the code under test)

const SHANGHAI_MS = 8 * 3_600_000;
function shanghai(date: Date): { year: number; month: number; day: number } {
  const local = new Date(date.getTime() + SHANGHAI_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}
const maskName = (value: string) => Array.from(value)[0] + '*'.repeat(Array.from(value).length - 1);
const maskId = (value: string) => value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
const maskPhone = (value: string) => value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);

/** The value a personal field must have, from the stored record, in full or masked. */
function expectedPersonal(kind: string, field: string, raw: Raw, full: boolean): unknown {
  if (kind === 'BIRTH_DATE' || kind === 'AGE') {
    const born = shanghai(new Date(raw.birthDate));
    const today = shanghai(new Date());
    if (kind === 'BIRTH_DATE')
      return full
        ? `${born.year}-${String(born.month).padStart(2, '0')}-${String(born.day).padStart(2, '0')}`
        : String(born.year);
    const beforeBirthday = today.month < born.month || (today.month === born.month && today.day < born.day);
    return full ? today.year - born.year - (beforeBirthday ? 1 : 0) : today.year - born.year;
  }
  const value = raw[field] as string | null | undefined;
  if (value === null || value === undefined) return null;
  if (full) return value;
  return kind === 'NAME' ? maskName(value) : kind === 'ID_NUMBER' ? maskId(value) : maskPhone(value);
}

// ---------------------------------------------------------------------------------------------
// Bookkeeping: cases, coverage, outcomes

interface Tally {
  cases: Record<string, number>;
  forbidden: Map<string, number>;
  seenTypes: Set<string>;
  fields: Set<string>;
  orderBy: Set<string>;
  entities: Set<string>;
  failures: string[];
}
const tallies = new Map<string, Tally>();
function tallyOf(profile: Profile): Tally {
  let tally = tallies.get(profile.name);
  if (!tally) {
    tally = {
      cases: {},
      forbidden: new Map(),
      seenTypes: new Set(),
      fields: new Set(),
      orderBy: new Set(),
      entities: new Set(),
      failures: [],
    };
    tallies.set(profile.name, tally);
  }
  return tally;
}

/** The audit rows written under one request id, per domain. */
async function auditRowsOf(domain: Domain, requestId: string): Promise<Raw[]> {
  return db(domain)
    .collection<Raw>('audit_records')
    .find({ requestId } as never)
    .toArray();
}

/** Runs `run` over the items, `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, run: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}
const CONCURRENCY = 3;

// ---------------------------------------------------------------------------------------------
// Checking one answer

interface ReadCase {
  kind: string;
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The type the case is for: seen when the answer holds one. */
  target?: string;
  /** The root field must answer null (a lookup or statistics outside or above the jurisdiction). */
  nullRoot?: boolean;
  /** The root connection must be empty (a filter outside the jurisdiction). */
  emptyRoot?: boolean;
  /** Sorting or filtering by a personal value of this domain. */
  personalArgument?: { path: string; domain: string };
  /** Sent to a subgraph directly (`_entities`), signed as the viewer. */
  subgraph?: Domain;
  /** For `_entities`: which representations lie outside the jurisdiction (their answers must be null). */
  outsideEntities?: number[];
  /**
   * For `_entities` of a subgraph that only contributes fields to a type another owns: it cannot
   * know the record's division and answers any key with an object carrying just the key, so an
   * outside key must come back with every contributed field empty instead of null.
   */
  contributed?: boolean;
  entityKey?: string;
}

function emptyContribution(entity: Record<string, unknown>, key: string): boolean {
  return Object.entries(entity).every(([field, value]) => {
    if (field === '__typename' || field === key || value === null) return true;
    if (value && typeof value === 'object' && 'totalCount' in value)
      return (value as { totalCount: number }).totalCount === 0;
    return false;
  });
}

const AUDIT_ROOTS = new Set([
  'civilAffairsAuditRecords',
  'economyAuditRecords',
  'partyBuildingAuditRecords',
  'urbanManagementAuditRecords',
]);
const INDICATOR_FIELDS = [
  'civilAffairsIndicators',
  'economyIndicators',
  'partyBuildingIndicators',
  'urbanManagementIndicators',
];
const CURSOR_KEYS = new Set(['cursor', 'startCursor', 'endCursor']);
const READABLE_KEYS = /"(field|direction|value|id|_id|sort|after|key|filter|list)"\s*:/;

async function rawRecords(objects: Array<Record<string, unknown>>): Promise<Map<string, Raw>> {
  const byType = new Map<string, Set<string>>();
  for (const object of objects) {
    const type = object.__typename as string;
    if (RECORDS[type] && typeof object.id === 'string')
      (byType.get(type) ?? byType.set(type, new Set()).get(type)!).add(object.id);
  }
  const found = new Map<string, Raw>();
  for (const [type, ids] of byType) {
    const [domain, collection] = RECORDS[type];
    for (const row of await db(domain)
      .collection<Raw>(collection)
      .find({ _id: { $in: [...ids] } } as never)
      .toArray())
      found.set(`${type}:${row._id}`, row);
  }
  return found;
}

function noticeVisible(profile: Profile, raw: Raw): boolean {
  const { jurisdiction, role, domains } = profile.viewer;
  const manages = role === 'admin' || (OFFICIALS.has(role) && domains.includes('civil-affairs'));
  if (raw.status !== 'PUBLISHED') return manages && covers(jurisdiction, raw.divisionCode);
  return (
    covers(jurisdiction, raw.divisionCode) ||
    (raw.targetCodes as string[]).some((target) => overlaps(jurisdiction, target))
  );
}

async function inspect(profile: Profile, c: ReadCase, response: GraphQLResponse, requestId: string): Promise<void> {
  const tally = tallyOf(profile);
  const fail = (message: string) => tally.failures.push(`[${c.kind}] ${c.label}: ${message}`);
  const { jurisdiction } = profile.viewer;
  if (response.status !== 200) fail(`HTTP ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  const data = response.body.data ?? null;

  // Errors: FORBIDDEN where expected or tolerated, nothing else.
  let personalRefused = false;
  for (const error of response.body.errors ?? []) {
    const code = error.extensions?.code;
    const where = (error.path ?? []).join('.');
    if (code === 'FORBIDDEN') {
      if (c.personalArgument && seesMasked(profile, c.personalArgument.domain)) {
        if (error.extensions?.argumentName !== c.personalArgument.path)
          fail(`FORBIDDEN names ${String(error.extensions?.argumentName)}, not ${c.personalArgument.path}`);
        personalRefused = true;
        continue;
      }
      if (AUDIT_ROOTS.has(String(error.path?.[0])) && profile.viewer.role !== 'admin') continue;
      if (readOnly(profile)) {
        const key = `${where.replace(/\.\d+(?=\.|$)/g, '[]')}`;
        tally.forbidden.set(key, (tally.forbidden.get(key) ?? 0) + 1);
        continue;
      }
      fail(`unexpected FORBIDDEN at ${where}: ${error.message}`);
    } else {
      fail(`${String(code)} at ${where}: ${error.message}`);
    }
  }
  if (c.personalArgument) {
    const masked = seesMasked(profile, c.personalArgument.domain);
    if (masked && !personalRefused)
      fail(
        `sorted or filtered by ${c.personalArgument.path} although it sees ${c.personalArgument.domain} personal data masked`,
      );
  }
  if (!data) return;

  const root = Object.values(data)[0] as Record<string, any> | null | undefined;
  if (c.nullRoot && root !== null && root !== undefined)
    fail(`answered ${JSON.stringify(root).slice(0, 200)} instead of null`);
  if (c.emptyRoot && root && (root.totalCount !== 0 || root.edges?.length))
    fail(`a filter outside the jurisdiction found ${root.totalCount} records`);
  if (c.outsideEntities) {
    const entities = (data as { _entities?: unknown[] })._entities ?? [];
    for (const index of c.outsideEntities) {
      const entity = entities[index] as Record<string, unknown> | null;
      if (entity === null) continue;
      if (!c.contributed || !emptyContribution(entity, c.entityKey ?? 'id'))
        fail(`_entities[${index}] outside the jurisdiction answered ${JSON.stringify(entity).slice(0, 300)}`);
    }
  }

  // A contributing subgraph's entity echoes its key: not a record it read (what it contributes is checked below).
  const objects = typedObjects(data)
    .filter(({ path }) => !(c.contributed && path.length === 2 && path[0] === '_entities'))
    .map(({ object }) => object);
  for (const object of objects) tally.seenTypes.add(object.__typename as string);
  const raws = await rawRecords(objects);
  const expectedAudit = new Map<string, number>();
  const knownValues = new Set<string>();

  for (const object of objects) {
    const type = object.__typename as string;
    for (const [key, value] of Object.entries(object))
      if (typeof value === 'string' && value.length >= 5 && !CURSOR_KEYS.has(key) && key !== '__typename')
        knownValues.add(value);
    if (DIVISION_TYPES.has(type) && typeof object.code === 'string') {
      if (!overlaps(jurisdiction, object.code))
        fail(`${type} ${object.code} is neither inside the jurisdiction nor its ancestor`);
      if (!covers(jurisdiction, object.code)) {
        for (const field of INDICATOR_FIELDS)
          if (object[field] !== undefined && object[field] !== null)
            fail(`${type} ${object.code} (an ancestor) answers ${field} instead of null`);
      }
      continue;
    }
    if (RECORDS[type]) {
      if (typeof object.id !== 'string') continue;
      const raw = raws.get(`${type}:${object.id}`);
      if (!raw) {
        fail(`${type} ${object.id} is not in the database`);
        continue;
      }
      const inside = type === 'Notice' ? noticeVisible(profile, raw) : covers(jurisdiction, raw.divisionCode);
      if (!inside) fail(`${type} ${object.id} of ${raw.divisionCode} is outside the jurisdiction`);
      for (const [field, value] of Object.entries(object)) {
        if (type === 'PartyMember' && field === 'resident' && value !== null && value !== undefined) {
          if (profile.viewer.role !== 'admin')
            fail(`PartyMember ${object.id}.resident answered for a ${profile.viewer.role}`);
          else expectedAudit.set(`party-building|PartyMember|${object.id}|resident`, 1);
        }
        const personal = supergraph.personalFields.get(`${type}.${field}`);
        if (!personal || value === null || value === undefined || value === '') continue;
        const full = readsInFull(profile, personal.domain, raw.divisionCode);
        const expected = expectedPersonal(personal.kind, field, raw, full);
        const storedFull = expectedPersonal(personal.kind, field, raw, true);
        if (typeof storedFull === 'string' && (storedFull.length >= 5 || /[^\p{ASCII}]{2}/u.test(storedFull)))
          knownValues.add(storedFull);
        if (personal.kind === 'BIRTH_DATE') knownValues.add(String(new Date(raw.birthDate).getTime()));
        if (value !== expected)
          fail(
            `${type} ${object.id}.${field} is ${JSON.stringify(value)}, expected ${full ? 'full' : 'masked'} ${JSON.stringify(expected)}`,
          );
        if (full) expectedAudit.set(`${personal.domain}|${type}|${object.id}|${field}`, 1);
      }
      continue;
    }
    if (UNATTRIBUTED_RECORDS.has(type)) {
      if (profile.viewer.role !== 'admin') fail(`${type} served to a ${profile.viewer.role}`);
      continue;
    }
    // Value objects that name a division: an indicator's must be inside; a read counter's or a
    // statistics row's may be the community or street holding a grid of the jurisdiction (its
    // figures are counted inside the division asked for), never a division beside it.
    if (typeof object.divisionCode === 'string' && !covers(jurisdiction, object.divisionCode))
      fail(`${type}.divisionCode ${object.divisionCode} is outside the jurisdiction`);
    for (const field of type.endsWith('StatisticsKeys') ? ['street', 'community', 'grid'] : ['communityCode']) {
      const code = object[field];
      if (typeof code === 'string' && !overlaps(jurisdiction, code))
        fail(`${type}.${field} ${code} is outside the jurisdiction`);
    }
  }

  // The audit trail: exactly the full reads, each once, under this request's id.
  const written = new Map<string, number>();
  for (const domain of DOMAINS) {
    for (const row of await auditRowsOf(domain, requestId)) {
      const key = `${domain}|${row.recordType}|${row.recordId}|${row.field}`;
      written.set(key, (written.get(key) ?? 0) + 1);
      if (row.sub !== profile.viewer.sub || row.role !== profile.viewer.role)
        fail(`audit row ${key} names ${row.sub}/${row.role}`);
    }
  }
  for (const key of expectedAudit.keys())
    if ((written.get(key) ?? 0) !== 1) fail(`full read ${key} audited ${written.get(key) ?? 0} times`);
  for (const [key, count] of written)
    if (!expectedAudit.has(key)) fail(`audit row ${key} (×${count}) for no full read in the answer`);

  // Cursors: opaque.
  for (const cursor of cursorsIn(data)) {
    const texts = [
      cursor,
      Buffer.from(cursor, 'base64url').toString('utf8'),
      Buffer.from(cursor, 'base64url').toString('latin1'),
      Buffer.from(cursor, 'base64').toString('latin1'),
    ];
    for (const text of texts) {
      let parsed = false;
      try {
        JSON.parse(text);
        parsed = true;
      } catch {
        // not JSON: as it should be
      }
      if (parsed) fail(`cursor ${cursor} decodes to JSON`);
      if (READABLE_KEYS.test(text)) fail(`cursor ${cursor} decodes to readable keys`);
      for (const value of knownValues) if (text.includes(value)) fail(`cursor ${cursor} carries ${value}`);
    }
  }
}

async function send(profile: Profile, c: ReadCase): Promise<Record<string, unknown> | null> {
  const variables = c.variables;
  const tally = tallyOf(profile);
  tally.cases[c.kind] = (tally.cases[c.kind] ?? 0) + 1;
  for (const coordinate of selectedCoordinates(supergraph.schema, c.query)) tally.fields.add(coordinate);
  let response: GraphQLResponse;
  let requestId: string;
  if (c.subgraph) {
    requestId = `walk-${randomUUID()}`;
    response = await stack.graphql(c.query, {
      url: stack.subgraphUrls[c.subgraph],
      signAs: profile.viewer,
      requestId,
      variables,
    });
  } else {
    response = await stack.graphql(c.query, { token: profile.token, variables });
    requestId = response.headers.get(REQUEST_ID_HEADER)!;
  }
  await inspect(profile, c, response, requestId);
  return (response.body.data as Record<string, unknown> | null | undefined) ?? null;
}

function holds(data: unknown, type: string): boolean {
  return typedObjects(data).some(({ object }) => object.__typename === type);
}

// ---------------------------------------------------------------------------------------------
// Argument values from the seeded data

type Variant = 'inside' | 'outside' | 'ancestor';

interface Fixture {
  /** Per variant: a division code of each level (6, 9, 12, 15), or null. */
  divisions: Record<Variant, Record<number, string | null>>;
  /** Per variant: a stored record per record type, or null. */
  records: Record<Variant, Record<string, Raw | null>>;
}
/** Per profile and root of its jurisdiction (an admin of the country: each seeded district). */
const fixtures = new Map<string, Fixture>();

function rootsOf(profile: Profile): string[] {
  return profile.viewer.jurisdiction.length > 0
    ? [...profile.viewer.jurisdiction]
    : ['410503', '120104', '120116', '410102'];
}
function fixtureOf(profile: Profile, rootIndex = 0): Fixture {
  const roots = rootsOf(profile);
  return fixtures.get(`${profile.name}|${roots[rootIndex % roots.length]}`)!;
}

async function divisionFor(profile: Profile, root: string, variant: Variant, length: number): Promise<string | null> {
  if (variant === 'outside')
    return profile.outsideDistrict
      ? length === 6
        ? profile.outsideDistrict
        : await firstDivision(levelName(length), profile.outsideDistrict)
      : null;
  if (variant === 'ancestor') return root.length > length ? root.slice(0, length) : null;
  if (root.length > length) return null;
  return root.length === length ? root : firstDivision(levelName(length), root);
}
function levelName(length: number): string {
  return { 6: 'DISTRICT', 9: 'STREET', 12: 'COMMUNITY', 15: 'GRID' }[length]!;
}

async function recordFor(profile: Profile, root: string, variant: Variant, type: string): Promise<Raw | null> {
  if (variant === 'ancestor') return null;
  const [domain, collection] = RECORDS[type];
  let filter: Record<string, unknown>;
  if (variant === 'outside') {
    if (!profile.outsideDistrict) return null;
    filter = { districtCode: profile.outsideDistrict };
  } else {
    filter = scopeFilter([root]);
  }
  if (type === 'Notice')
    filter = {
      ...filter,
      status: 'PUBLISHED',
      ...(variant === 'outside'
        ? {
            targetCodes: { $not: { $elemMatch: { $in: profile.viewer.jurisdiction.map((code) => code.slice(0, 6)) } } },
          }
        : {}),
    };
  const found = await db(domain)
    .collection<Raw>(collection)
    .find(filter as never)
    .sort({ _id: 1 })
    .limit(1)
    .toArray();
  return found[0] ?? null;
}

async function makeFixtures(): Promise<void> {
  for (const profile of profiles) {
    for (const root of rootsOf(profile)) {
      const fixture: Fixture = { divisions: {} as Fixture['divisions'], records: {} as Fixture['records'] };
      for (const variant of ['inside', 'outside', 'ancestor'] as Variant[]) {
        fixture.divisions[variant] = {};
        for (const length of [6, 9, 12, 15])
          fixture.divisions[variant][length] = await divisionFor(profile, root, variant, length);
        fixture.records[variant] = {};
        for (const type of Object.keys(RECORDS))
          fixture.records[variant][type] = await recordFor(profile, root, variant, type);
      }
      fixtures.set(`${profile.name}|${root}`, fixture);
    }
  }
}

/** The year each seeded district's source documents speak of. */
const DOCUMENT_YEARS: Record<string, number> = { '120104': 2012, '120116': 2016, '410503': 2020, '410102': 2007 };

const DIVISION_LOOKUPS: Record<string, number> = { district: 6, street: 9, community: 12, grid: 15 };

/** Values for one profile, variant and page size. */
function fillerFor(
  profile: Profile,
  variant: Variant,
  pageSize: number,
  random: () => number,
  sampleGroups = false,
  rootIndex = 0,
) {
  const { divisions, records } = fixtureOf(profile, rootIndex);
  const rootLength = rootsOf(profile)[rootIndex % rootsOf(profile).length].length;
  return (site: ArgumentSite): unknown => {
    const { parent, field, arg } = site;
    const named = getNamedType(arg.type);
    if (arg.name === 'first') return site.place === 'stub' ? 1 : pageSize;
    // Indicators for the year of the district's source document, so their targets are there too.
    if ((arg.name === 'from' || arg.name === 'to') && field.endsWith('Indicators')) {
      const year = DOCUMENT_YEARS[rootsOf(profile)[rootIndex % rootsOf(profile).length].slice(0, 6)] ?? 2020;
      return `${arg.name === 'from' ? year : year + 1}-01-01T00:00:00+08:00`;
    }
    if (arg.name === 'after') return undefined;
    if (parent === 'Query' && site.place === 'path') {
      if (field in DIVISION_LOOKUPS && arg.name === 'code')
        return (
          divisions[variant][DIVISION_LOOKUPS[field]] ??
          (variant === 'inside' ? divisions.ancestor[DIVISION_LOOKUPS[field]] : null) ??
          undefined
        );
      if (arg.name === 'division')
        return divisions[variant][rootLength] ?? (variant === 'ancestor' ? divisions.ancestor[6] : null) ?? undefined;
      if (field === 'enterprise' && arg.name === 'creditCode') return undefined;
      if (field === 'enterprise' && arg.name === 'id') return records[variant].Enterprise?._id ?? SKIP_FIELD;
      if (arg.name === 'id') {
        const type = getNamedType(supergraph.type('Query').getFields()[field].type).name;
        return records[variant][type]?._id ?? undefined;
      }
    }
    if (isNonNullType(arg.type) || arg.name === 'groupBy') {
      if (arg.name === 'groupBy' && isEnumType(named)) {
        if (!sampleGroups) return [];
        const simple = named
          .getValues()
          .map((value) => value.name)
          .filter((value) => value !== 'MONTH' && value !== 'GRID');
        return [simple[Math.floor(random() * simple.length)]];
      }
      if (isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) && isEnumType(named))
        return named.getValues().map((value) => value.name);
      if (named.name === 'Int' && arg.name === 'year') return 2020;
      if (named.name === 'ID' && arg.name === 'division') return divisions[variant][rootLength] ?? undefined;
      return undefined;
    }
    return undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// Generating the read cases

function writerFor(
  profile: Profile,
  variant: Variant,
  pageSize: number,
  random: () => number,
  extra?: Map<string, Record<string, string>>,
  domain?: Domain,
  sampleGroups = false,
  rootIndex = 0,
) {
  return new SelectionWriter(supergraph, {
    fill: fillerFor(profile, variant, pageSize, random, sampleGroups, rootIndex),
    extraArguments: extra,
    domain,
  });
}

const describePath = (path: readonly Step[]) =>
  path.map((step) => `${step.field}${step.on ? `<${step.on}>` : ''}`).join('.');

/** Queries for `inner` at the end of `steps`, split over several when one would exceed the gateway's limits. */
function fitting(build: (only?: string[]) => Operation, fields: string[]): Operation[] {
  const operation = build();
  if (tokenCount(operation.query) <= MAX_TOKENS && selectionDepth(operation.query) <= MAX_DEPTH) return [operation];
  if (fields.length <= 1) throw new Error(`one field is over the gateway's limits: ${operation.query.slice(0, 200)}`);
  const half = Math.ceil(fields.length / 2);
  return [
    ...fitting((only) => build(only ?? fields.slice(0, half)), fields.slice(0, half)),
    ...fitting((only) => build(only ?? fields.slice(half)), fields.slice(half)),
  ];
}

/** Every object type of the API the walk can reach (what must be covered). */
const reachableTypes = [...paths.keys()].filter((type) => type !== 'Mutation').sort();

/** The path that last found a type, per profile: orderBy cases start from it. */
const workingPath = new Map<string, Map<string, TypePath>>();

async function typeCases(profile: Profile, random: () => number): Promise<void> {
  const found = new Map<string, TypePath>();
  workingPath.set(profile.name, found);
  const own = reachableTypes.filter(
    (type) =>
      !isConnectionType(supergraph.type(type) as never) && !isEdgeType(supergraph.type(type)) && type !== 'PageInfo',
  );
  await pool(own, CONCURRENCY, async (type) => {
    const candidates = paths.get(type)!;
    // The shortest path with small pages; then the others with larger ones; then other roots of the jurisdiction.
    const attempts: Array<[TypePath, number, number]> = candidates.map((path, i): [TypePath, number, number] => [
      path,
      i === 0 ? 3 : 12,
      0,
    ]);
    for (let root = 1; root < rootsOf(profile).length; root++)
      attempts.push(
        [candidates[0], 12, root],
        ...(candidates[1] ? [[candidates[1], 12, root] as [TypePath, number, number]] : []),
      );
    // When no path can be asked inside the jurisdiction (a grid worker has no enterprise to start from),
    // the fields are still asked once from a record outside it: the answer must hold nothing.
    let rendered = false;
    const fallbacks: Array<[TypePath, number, number, Variant]> = candidates.map(
      (path): [TypePath, number, number, Variant] => [path, 3, 0, 'outside'],
    );
    for (const [path, pageSize, rootIndex, variant] of [
      ...attempts.map(([a, b, c]): [TypePath, number, number, Variant] => [a, b, c, 'inside']),
      ...fallbacks,
    ]) {
      if (variant === 'outside' && (rendered || !profile.outsideDistrict)) break;
      const writer = writerFor(profile, variant, pageSize, random, undefined, undefined, false, rootIndex);
      let queries: Operation[];
      try {
        const fields = writer.fullFieldNames(type);
        queries = fitting((only) => writer.query(path.steps, writer.full(type, only), 'WalkType'), fields);
      } catch (error) {
        if (error instanceof Unfillable) continue;
        throw error;
      }
      rendered = true;
      let seen = false;
      for (const operation of queries) {
        const data = await send(profile, {
          kind: variant === 'inside' ? 'type' : 'type (outside)',
          label: `${type} via ${describePath(path.steps)} ${variant}`,
          ...operation,
          target: type,
        });
        seen ||= holds(data, type);
      }
      if (variant === 'outside') break;
      if (seen) {
        found.set(type, path);
        break;
      }
    }
    if (!found.has(type) && profile.viewer.role === 'admin' && profile.viewer.jurisdiction.length === 0)
      await witnessCase(profile, type, random, found);
  });
}

/** A root list's filter that narrows to the witness: each filter field the stored record has a value for (`titleContains` its title). */
function witnessFilter(type: GraphQLInputType, witness: Raw): Record<string, unknown> {
  const input = getNamedType(type);
  if (!isInputObjectType(input)) return {};
  const filter: Record<string, unknown> = {};
  for (const field of Object.values(input.getFields())) {
    const stored = witness[field.name.replace(/Contains$/, '')];
    const named = getNamedType(field.type);
    if (typeof stored !== 'string') continue;
    if (isEnumType(named)) {
      if (named.getValue(stored))
        filter[field.name] = isListType(isNonNullType(field.type) ? field.type.ofType : field.type) ? [stored] : stored;
    } else if (named.name === 'String' || named.name === 'ID') filter[field.name] = stored;
  }
  return filter;
}

/**
 * For an admin, a type the bounded walk did not meet: find a stored record on one of its paths
 * whose field leading there holds something (a history, an activity's outputs), and walk to it
 * from its root list filtered by that record's division.
 */
async function witnessCase(
  profile: Profile,
  type: string,
  random: () => number,
  found: Map<string, TypePath>,
): Promise<void> {
  for (const path of paths.get(type)!) {
    const k = path.steps.map((step) => step.parent).findLastIndex((parent) => RECORDS[parent] !== undefined);
    if (k < 0) continue;
    const { parent, field } = path.steps[k];
    const root = Object.values(supergraph.type('Query').getFields()).find(
      (candidate) => getNamedType(candidate.type).name === `${parent}Connection`,
    );
    if (!root) continue;
    const [domain, collection] = RECORDS[parent];
    // Of the records holding something there, the one whose division has the fewest records: it is on the first page.
    const holders = await db(domain)
      .collection<Raw>(collection)
      .find({ [`${field}.0`]: { $exists: true } } as never)
      .limit(20)
      .toArray();
    let witness: Raw | undefined;
    let fewest = Infinity;
    for (const holder of holders) {
      const count = await db(domain).collection(collection).countDocuments({ divisionCode: holder.divisionCode });
      if (count < fewest) [witness, fewest] = [holder, count];
    }
    if (!witness) continue;
    const steps: Step[] = [
      { parent: 'Query', field: root.name },
      { parent: `${parent}Connection`, field: 'edges' },
      { parent: `${parent}Edge`, field: 'node' },
      ...path.steps.slice(k),
    ];
    const filterArg = root.args.find((arg) => arg.name === 'filter');
    const filter = filterArg ? witnessFilter(filterArg.type, witness) : {};
    const writer = writerFor(
      profile,
      'inside',
      3,
      random,
      new Map([
        [`Query.${root.name}`, { first: '100', ...(filterArg ? { filter: literal(filter, filterArg.type) } : {}) }],
      ]),
    );
    let operations: Operation[];
    try {
      operations = fitting(
        (only) => writer.query(steps, writer.full(type, only), 'WalkWitness'),
        writer.fullFieldNames(type),
      );
    } catch (error) {
      if (error instanceof Unfillable) continue;
      throw error;
    }
    let seen = false;
    for (const operation of operations)
      seen =
        holds(
          await send(profile, {
            kind: 'witness',
            label: `${type} via ${root.name}(${witness.divisionCode})…${describePath(path.steps.slice(k))}`,
            ...operation,
            target: type,
          }),
          type,
        ) || seen;
    if (seen) {
      found.set(type, { target: type, steps });
      return;
    }
  }
}

/**
 * Every orderBy value of every field that takes one: the values of one field as aliases of one
 * query, each personal value (BIRTH_DATE) alone, since those must be FORBIDDEN for whoever sees
 * the value masked.
 */
async function orderByCases(profile: Profile, random: () => number): Promise<void> {
  const jobs: Array<() => Promise<unknown>> = [];
  const found = workingPath.get(profile.name)!;
  for (const target of supergraph.orderByTargets()) {
    if (VARIANT_PROFILES.has(profile.name) && random() >= VARIANT_ORDER_BY_SHARE) continue;
    const field = supergraph.type(target.parent).getFields()[target.field];
    const known = found.get(target.parent);
    const tries: Array<[TypePath, Variant]> =
      target.parent === 'Query'
        ? [[{ target: 'Query', steps: [] }, 'inside']]
        : [
            ...(known ? [[known, 'inside'] as [TypePath, Variant]] : []),
            ...(paths.get(target.parent) ?? []).map((path): [TypePath, Variant] => [path, 'inside']),
            ...(paths.get(target.parent) ?? []).map((path): [TypePath, Variant] => [path, 'outside']),
          ];
    const orderInput = getNamedType(field.args.find((arg) => arg.name === 'orderBy')!.type);
    const personalValues = target.values.filter((value) =>
      supergraph.personalInputs.has(`${target.enumType}.${value}`),
    );
    const groups = [
      target.values.filter((value) => !personalValues.includes(value)),
      ...personalValues.map((value) => [value]),
    ].filter((group) => group.length > 0);
    for (const group of groups) {
      const orders = group.map((value) => {
        const direction = target.directions[Math.floor(random() * target.directions.length)];
        const order: Record<string, string> = {
          [target.enumField]: value,
          ...(target.directionField ? { [target.directionField]: direction } : {}),
        };
        const extra: Record<string, string> = { orderBy: literal(order, orderInput as never) };
        // PUBLISHED_AT orders only a list that can hold no drafts (drafts have no publishedAt).
        if (target.parent === 'Query' && target.field === 'notices' && value === 'PUBLISHED_AT')
          extra.filter = '{ status: [PUBLISHED] }';
        return { value, direction, extra };
      });
      let operation: Operation | null = null;
      for (const [path, variant] of tries) {
        if (variant === 'outside' && !profile.outsideDistrict) break;
        const writer = writerFor(profile, variant, 3, random);
        try {
          const stub = writer.stub(getNamedType(field.type).name);
          const calls = orders
            .map(({ extra }, i) => `o${i}: ${writer.fieldCall(target.parent, field, 'target', extra)!} { ${stub} }`)
            .join(' ');
          const inner = `${target.parent === 'Query' ? '' : `${writer.identity(target.parent)} `}${calls}`;
          operation =
            target.parent === 'Query'
              ? writer.operation('WalkOrder', inner)
              : writer.query(path.steps, inner, 'WalkOrder');
          break;
        } catch (error) {
          if (!(error instanceof Unfillable)) throw error;
        }
      }
      if (!operation) continue;
      const chosen = operation;
      const personal = personalValues.includes(group[0]);
      jobs.push(async () => {
        await send(profile, {
          kind: 'orderBy',
          label: `${target.parent}.${target.field}(orderBy: ${orders.map(({ value, direction }) => `${value} ${direction}`).join(' | ')})`,
          ...chosen,
          ...(personal
            ? {
                personalArgument: {
                  path: 'orderBy.field',
                  domain: supergraph.fieldDomains(target.parent, target.field)[0],
                },
              }
            : {}),
        });
        for (const { value } of orders) tallyOf(profile).orderBy.add(`${target.parent}.${target.field}:${value}`);
      });
    }
  }
  await pool(jobs, CONCURRENCY, (job) => job());
}

/** Root lookups, statistics and filtered root lists inside, outside and above the jurisdiction. */
async function jurisdictionCases(profile: Profile, random: () => number): Promise<void> {
  const jobs: Array<() => Promise<unknown>> = [];
  const query = supergraph.type('Query');
  for (const field of Object.values(query.getFields())) {
    const required = field.args.filter((arg) => isNonNullType(arg.type));
    const returns = getNamedType(field.type);
    const isLookup = required.length > 0 || field.name === 'enterprise';
    const filterArg = field.args.find((arg) => arg.name === 'filter');
    const filterInput = filterArg && getNamedType(filterArg.type);
    const divisionFilterField =
      filterInput && isInputObjectType(filterInput)
        ? ['divisionCode', 'within'].find((name) => name in filterInput.getFields())
        : undefined;
    for (const variant of ['inside', 'outside', 'ancestor'] as Variant[]) {
      if (isLookup) {
        if (!isCompositeType(returns)) continue;
        const writer = writerFor(profile, variant, 3, random);
        let queries: Operation[];
        try {
          queries = fitting(
            (only) =>
              writer.query([{ parent: 'Query', field: field.name }], writer.full(returns.name, only), 'WalkLookup'),
            writer.fullFieldNames(returns.name),
          );
        } catch (error) {
          if (error instanceof Unfillable) continue;
          throw error;
        }
        const statistics = field.args.some((arg) => arg.name === 'division');
        const nullRoot = variant === 'outside' || (variant === 'ancestor' && statistics);
        for (const part of queries)
          jobs.push(() => send(profile, { kind: 'lookup', label: `${field.name} ${variant}`, ...part, nullRoot }));
      } else if (divisionFilterField && variant !== 'inside') {
        const divisions = fixtureOf(profile).divisions[variant];
        const code = divisions[6] ?? divisions[9] ?? divisions[12];
        if (!code || !isConnectionType(returns as never)) continue;
        const writer = writerFor(
          profile,
          variant,
          3,
          random,
          new Map([[`Query.${field.name}`, { filter: `{ ${divisionFilterField}: ${JSON.stringify(code)} }` }]]),
        );
        const call = writer.fieldCall('Query', field, 'target')!;
        jobs.push(() =>
          send(profile, {
            kind: 'filter',
            label: `${field.name}(filter: { ${divisionFilterField}: ${code} }) ${variant}`,
            ...writer.operation('WalkFilter', `${call} { ${writer.stub(returns.name)} }`),
            emptyRoot: variant === 'outside',
          }),
        );
      }
    }
  }
  await pool(jobs, CONCURRENCY, (job) => job());
}

/** Filters by a personal value (an age range): refused for those who see the value masked. */
async function personalFilterCases(profile: Profile, random: () => number): Promise<void> {
  const jobs: Array<() => Promise<unknown>> = [];
  const found = workingPath.get(profile.name)!;
  for (const type of supergraph.objectTypes()) {
    if (type === supergraph.schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      for (const personal of supergraph.personalArguments(type.name, field.name)) {
        if (personal.enumValues) continue; // orderBy values: the orderBy cases
        const path = type.name === 'Query' ? { steps: [] } : (found.get(type.name) ?? paths.get(type.name)?.[0]);
        if (!path) continue;
        const [argName, ...inner] = personal.path.split('.');
        const value = inner.reduceRight<unknown>((acc, key) => ({ [key]: acc }), 30);
        const argType = field.args.find((arg) => arg.name === argName)!.type;
        const writer = writerFor(
          profile,
          'inside',
          3,
          random,
          new Map([[`${type.name}.${field.name}`, { [argName]: literal(value, argType) }]]),
        );
        const call = writer.fieldCall(type.name, field, 'target')!;
        const selection = `${type.name === 'Query' ? '' : `${writer.identity(type.name)} `}${call} { ${writer.stub(getNamedType(field.type).name)} }`;
        let operation: Operation;
        try {
          operation =
            type.name === 'Query'
              ? writer.operation('WalkPersonalFilter', selection)
              : writer.query(path.steps, selection, 'WalkPersonalFilter');
        } catch (error) {
          if (error instanceof Unfillable) continue;
          throw error;
        }
        jobs.push(() =>
          send(profile, {
            kind: 'personal filter',
            label: `${type.name}.${field.name}(${personal.path})`,
            ...operation,
            personalArgument: { path: personal.path, domain: supergraph.fieldDomains(type.name, field.name)[0] },
          }),
        );
      }
    }
  }
  await pool(jobs, CONCURRENCY, (job) => job());
}

/** `_entities` on each subgraph with keys inside, outside and above the jurisdiction. */
async function entityCases(profile: Profile, random: () => number): Promise<void> {
  const jobs: Array<() => Promise<unknown>> = [];
  for (const entity of supergraph.entityTypes()) {
    const representations: Array<Record<string, unknown>> = [];
    const outside: number[] = [];
    const add = (key: unknown, isOutside: boolean) => {
      if (key === null || key === undefined) return;
      if (isOutside) outside.push(representations.length);
      representations.push({ __typename: entity.type, [entity.key]: key });
    };
    if (DIVISION_TYPES.has(entity.type)) {
      const length = LEVEL_LENGTH[entity.type];
      const { divisions } = fixtureOf(profile);
      add(divisions.inside[length], false);
      add(divisions.outside[length], true);
      add(divisions.ancestor[length], false);
      // Codes above any district (a city, a province) are no division of this product.
      if (entity.type === 'District' && profile.viewer.jurisdiction[0]) {
        add(profile.viewer.jurisdiction[0].slice(0, 4), false);
        add(profile.viewer.jurisdiction[0].slice(0, 2), false);
      }
    } else if (RECORDS[entity.type]) {
      const { records } = fixtureOf(profile);
      add(records.inside[entity.type]?.[entity.key === 'id' ? '_id' : entity.key], false);
      add(records.outside[entity.type]?.[entity.key === 'id' ? '_id' : entity.key], true);
    }
    if (representations.length === 0) continue;
    const writer = writerFor(profile, 'inside', 3, random, undefined, entity.domain as Domain);
    const selection = writer.full(entity.type);
    if (selection === '__typename') continue;
    tallyOf(profile).entities.add(`${entity.domain}:${entity.type}(${entity.key})`);
    jobs.push(() =>
      send(profile, {
        kind: 'entities',
        label: `${entity.domain} _entities ${entity.type} by ${entity.key} ${JSON.stringify(representations.map((r) => r[entity.key]))}`,
        ...writer.operation(
          'WalkEntities',
          `_entities(representations: $representations) { __typename ... on ${entity.type} { ${selection} } }`,
          ['$representations: [_Any!]!'],
          { representations },
        ),
        subgraph: entity.domain as Domain,
        outsideEntities: outside,
        contributed: entity.domain !== (RECORDS[entity.type]?.[0] ?? 'civil-affairs'),
        entityKey: entity.key,
      }),
    );
  }
  await pool(jobs, CONCURRENCY, (job) => job());
}

/**
 * The same record twice in one request: through an entity reference from another subgraph (a
 * petition's petitioner, an incident's enterprise) and by its root lookup, two fetches of the
 * record's subgraph for one request; its personal values must still be audited once.
 */
async function sameRecordTwiceCases(profile: Profile, random: () => number): Promise<void> {
  const found = workingPath.get(profile.name)!;
  const query = supergraph.type('Query').getFields();
  const jobs: Array<() => Promise<unknown>> = [];
  for (const [type, [owner]] of Object.entries(RECORDS)) {
    const personal = [...supergraph.personalFields.keys()]
      .filter((coordinate) => coordinate.startsWith(`${type}.`))
      .map((coordinate) => coordinate.split('.')[1]);
    const lookup = Object.values(query).find(
      (field) => getNamedType(field.type).name === type && field.args.some((arg) => arg.name === 'id'),
    );
    if (personal.length === 0 || !lookup) continue;
    for (const parent of supergraph.objectTypes()) {
      for (const field of Object.values(parent.getFields())) {
        if (getNamedType(field.type).name !== type || supergraph.fieldDomains(parent.name, field.name).includes(owner))
          continue;
        const toParent = found.get(parent.name);
        if (!toParent) continue;
        const steps: Step[] = [...toParent.steps, { parent: parent.name, field: field.name }];
        jobs.push(async () => {
          const first = writerFor(profile, 'inside', 10, random);
          let operation: Operation;
          try {
            operation = first.query(steps, `__typename id ${personal.join(' ')}`, 'WalkReference');
          } catch (error) {
            if (error instanceof Unfillable) return;
            throw error;
          }
          const data = await send(profile, {
            kind: 'same record twice',
            label: `${type} via ${describePath(steps)}`,
            ...operation,
          });
          const met = typedObjects(data).find(
            ({ object }) => object.__typename === type && typeof object.id === 'string',
          );
          if (!met) return;
          const again = writerFor(profile, 'inside', 10, random);
          const selection = again.pathSelection(steps, `__typename id ${personal.join(' ')}`);
          const twice = again.operation(
            'WalkTwice',
            `${selection} again: ${lookup.name}(id: $again) { __typename id ${personal.join(' ')} }`,
            ['$again: ID!'],
            { again: met.object.id },
          );
          await send(profile, {
            kind: 'same record twice',
            label: `${type} ${String(met.object.id)} via ${describePath(steps)} and ${lookup.name}`,
            ...twice,
          });
        });
      }
    }
  }
  await pool(jobs, CONCURRENCY, (job) => job());
}

/** Beyond the coverage: other paths to a type, orderBy in the other direction, grouped statistics, nested lists filtered outside their parent. */
async function sampledCases(profile: Profile, random: () => number): Promise<void> {
  const jobs: Array<() => Promise<unknown>> = [];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  for (let i = 0; i < EXTRA_CASES_PER_ROLE; i++) {
    const type = pick(reachableTypes);
    const candidates = paths.get(type)!;
    const path = pick(candidates);
    const writer = writerFor(
      profile,
      pick(['inside', 'ancestor'] as Variant[]),
      pick([2, 5]),
      random,
      undefined,
      undefined,
      true,
    );
    let queries: Operation[];
    try {
      queries = fitting(
        (only) => writer.query(path.steps, writer.full(type, only), 'WalkSample'),
        writer.fullFieldNames(type),
      );
    } catch (error) {
      if (error instanceof Unfillable) continue;
      throw error;
    }
    for (const operation of queries)
      jobs.push(() =>
        send(profile, {
          kind: 'sampled',
          label: `${type} via ${describePath(path.steps)}`,
          ...operation,
          target: type,
        }),
      );
  }
  await pool(jobs, CONCURRENCY, (job) => job());
}

/** Record types whose collection has rows inside the profile's jurisdiction. */
async function seededTypes(profile: Profile): Promise<string[]> {
  const present: string[] = [];
  for (const [type, [domain, collection]] of Object.entries(RECORDS)) {
    const filter =
      type === 'Notice'
        ? { ...scopeFilter(profile.viewer.jurisdiction), status: 'PUBLISHED' }
        : scopeFilter(profile.viewer.jurisdiction);
    if (
      (await db(domain)
        .collection(collection)
        .countDocuments(filter as never)) > 0
    )
      present.push(type);
  }
  return present;
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  // The heaviest generated questions (a district's indicators for a service of two districts) can
  // take more than the production 5 s per subgraph on a loaded two-core CI machine.
  stack = await startTestStack({ seed: true, subgraphTimeoutMs: 30_000 });
  profiles = await makeProfiles();
  await makeFixtures();
  // Only for this test's lookups of a request's rows (the product queries the trail by record and time).
  for (const domain of DOMAINS) await db(domain).collection('audit_records').createIndex({ requestId: 1 });
}, 240_000);

afterAll(async () => {
  const lines: string[] = ['access-generated: cases per role'];
  let total = 0;
  for (const [name, tally] of tallies) {
    const count = Object.values(tally.cases).reduce((sum, n) => sum + n, 0);
    total += count;
    const forbidden = [...tally.forbidden.values()].reduce((sum, n) => sum + n, 0);
    lines.push(
      `  ${name}: ${count} (${Object.entries(tally.cases)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(
          ', ',
        )}); FORBIDDEN tolerated ${forbidden}${forbidden ? ` at ${[...tally.forbidden.keys()].slice(0, 12).join(', ')}${tally.forbidden.size > 12 ? ', …' : ''}` : ''}`,
    );
  }
  lines.push(`  total: ${total} cases`);
  const any = [...tallies.values()][0];
  if (any) {
    lines.push(
      `  covered per role: ${reachableTypes.length} types, ${any.fields.size} fields, ${any.orderBy.size} orderBy values, ${any.entities.size} entity keys (_entities per subgraph)`,
    );
    lines.push(
      `  types (fields selected): ${reachableTypes.map((type) => `${type}(${[...any.fields].filter((coordinate) => coordinate.startsWith(`${type}.`)).length})`).join(' ')}`,
    );
    lines.push(`  orderBy: ${[...any.orderBy].sort().join(' ')}`);
    lines.push(`  entity keys: ${[...any.entities].sort().join(' ')}`);
  }
  for (const [name, tally] of mutationTally) {
    lines.push(
      `  mutations, ${name}: ${tally.cases} (${tally.succeeded} written, ${tally.refused} refused; not applicable: ${tally.notApplicable.length})`,
    );
    total += tally.cases;
  }
  lines.push(`  mutations: ${MUTATIONS.map((spec) => spec.name).join(' ')}`);
  lines.push(`  total with mutations: ${total} cases`);
  console.log(lines.join('\n'));
  await stack?.stop();
});

const isHistoryType = (type: string) => type === 'HistoryEntry' || /History(Connection|Edge)$/.test(type);

describe('access generated from the supergraph: reads', () => {
  it('access-generated: every record type with an id is known to the test, and the walk reaches every object type', () => {
    for (const type of supergraph.objectTypes()) {
      if ('id' in type.getFields() && !RECORDS[type.name] && !UNATTRIBUTED_RECORDS.has(type.name))
        throw new Error(`${type.name} has an id but no collection in RECORDS`);
    }
    const unreachable = supergraph
      .objectTypes()
      .map((type) => type.name)
      .filter((name) => name !== 'Query' && name !== 'Mutation' && !paths.has(name));
    // Types only mutations return are reached by the mutation cases.
    expect(unreachable).toEqual([]);
    expect(reachableTypes.length).toBeGreaterThan(100);
    expect(supergraph.personalFields.size).toBeGreaterThan(10);
  });

  it.each([
    'admin',
    'admin of 120104',
    'district_official',
    'street_official',
    'community_worker',
    'community_worker of a grid',
    'analyst',
    'service',
  ])(
    'access-generated: %s',
    async (name) => {
      const profile = profiles.find((candidate) => candidate.name === name)!;
      const random = seededRandom(
        SEED ^ Number.parseInt(createHash('sha256').update(name).digest('hex').slice(0, 8), 16),
      );
      await typeCases(profile, random);
      await orderByCases(profile, random);
      await jurisdictionCases(profile, random);
      await personalFilterCases(profile, random);
      await entityCases(profile, random);
      await sameRecordTwiceCases(profile, random);
      await sampledCases(profile, random);
      const tally = tallyOf(profile);

      // Coverage: every field of every reachable type, every orderBy value.
      const missingFields = reachableTypes
        .flatMap((type) => Object.keys(supergraph.type(type).getFields()).map((field) => `${type}.${field}`))
        .filter((coordinate) => !tally.fields.has(coordinate));
      const orderByValues = supergraph
        .orderByTargets()
        .flatMap((target) => target.values.map((value) => `${target.parent}.${target.field}:${value}`));
      const missingOrderBy = VARIANT_PROFILES.has(profile.name)
        ? []
        : orderByValues.filter((value) => !tally.orderBy.has(value));

      // Not vacuous: admins and the owning domain's officials get records of every type the seed has in their jurisdiction.
      const present = await seededTypes(profile);
      const owners = present.filter(
        (type) =>
          profile.viewer.role === 'admin' ||
          (OFFICIALS.has(profile.viewer.role) && profile.viewer.domains.includes(RECORDS[type][0])),
      );
      const unseen = owners.filter((type) => !tally.seenTypes.has(type));
      // Histories are empty in the seed: they are walked after the mutations (below).
      const unreachedTypes =
        profile.viewer.role === 'admin' && profile.viewer.jurisdiction.length === 0
          ? reachableTypes.filter((type) => !tally.seenTypes.has(type) && !isHistoryType(type))
          : [];

      expect({ failures: tally.failures, missingFields, missingOrderBy, unseen, unreachedTypes }).toEqual({
        failures: [],
        missingFields: [],
        missingOrderBy: [],
        unseen: [],
        unreachedTypes: [],
      });
    },
    240_000,
  );
});

// ---------------------------------------------------------------------------------------------
// Mutations: every mutation × role × inside and outside the jurisdiction

type Level = 'COMMUNITY' | 'STREET' | 'DISTRICT';
/** Restated from the README's write rules: the highest step level each writing role may take. */
const ROLE_RANK: Record<string, number> = { community_worker: 1, street_official: 2, district_official: 3, admin: 4 };
const LEVEL_RANK: Record<Level, number> = { COMMUNITY: 1, STREET: 2, DISTRICT: 3 };
const levelOfCode = (code: string): Level =>
  code.length === 6 ? 'DISTRICT' : code.length === 9 ? 'STREET' : 'COMMUNITY';

type Where = 'inside' | 'outside';

/** One mutation call: its arguments, the record or division it is about, and the same call naming one that does not exist. */
interface MutationTarget {
  args: Record<string, unknown>;
  /** The division the write lands in (its record's, or the one named). */
  division: string;
  /** The stored record a step changes (domain, collection, id). */
  record?: { collection: string; id: string };
  /** For outside targets: the same call about a key that exists nowhere, and the key in each (to compare messages). */
  missing?: { args: Record<string, unknown>; key: string; missingKey: string };
}

interface MutationSpec {
  name: string;
  domain: Domain;
  level: (division: string) => Level;
  target: (profile: Profile, where: Where) => Promise<MutationTarget | null>;
}

const used = new Set<string>();
const touched = new Map<string, Profile>();
const touchedMatters = new Map<string, Profile>();

function rootOf(profile: Profile): string {
  return rootsOf(profile)[0];
}

/** A division of one of the accepted lengths: inside the jurisdiction (its root, or the first below it), or in the outside district. */
async function divisionOf(
  profile: Profile,
  where: Where,
  lengths: number[],
): Promise<{ code: string; missing: string } | null> {
  if (where === 'outside') {
    if (!profile.outsideDistrict) return null;
    const length = lengths[0];
    const code =
      length === 6 ? profile.outsideDistrict : await firstDivision(levelName(length), profile.outsideDistrict);
    return { code, missing: length === 6 ? '999999' : `${profile.outsideDistrict}${'9'.repeat(length - 6)}` };
  }
  const root = rootOf(profile);
  const length = lengths.find((candidate) => candidate >= root.length);
  if (length === undefined) return null;
  return { code: length === root.length ? root : await firstDivision(levelName(length), root), missing: '' };
}

/** A stored record in scope and in a state, not used by another case yet. */
async function recordOf(
  domain: Domain,
  collection: string,
  profile: Profile,
  where: Where,
  filter: Record<string, unknown> = {},
): Promise<Raw | null> {
  const scope =
    where === 'outside'
      ? profile.outsideDistrict
        ? { districtCode: profile.outsideDistrict }
        : null
      : scopeFilter([rootOf(profile)]);
  if (!scope) return null;
  const [found] = await db(domain)
    .collection<Raw>(collection)
    .find({ $and: [scope, filter, { _id: { $nin: [...used] } }] } as never)
    .sort({ _id: 1 })
    .limit(1)
    .toArray();
  if (found && where === 'inside') used.add(found._id);
  return found ?? null;
}

const RETURN_FIELDS = [
  'id',
  'divisionCode',
  'status',
  'version',
  'communityCode',
  'count',
  'period',
  'stage',
  'problemStatus',
];
function mutationText(name: string): string {
  const field = supergraph.schema.getMutationType()!.getFields()[name];
  const returns = supergraph.type(getNamedType(field.type).name);
  const leaves = RETURN_FIELDS.filter((leaf) => leaf in returns.getFields());
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `mutation Walk${name}(${definitions}) { ${name}(${args}) { __typename ${leaves.join(' ')} } }`;
}

async function mutate(token: string, name: string, args: Record<string, unknown>): Promise<GraphQLResponse> {
  return stack.graphql(mutationText(name), { token, variables: args });
}

let adminToken = '';
/** A setup step by an admin (not a case): must succeed; what it writes is accounted to the admin. */
async function byAdmin(domain: Domain, collection: string, name: string, args: Record<string, unknown>): Promise<Raw> {
  const response = await mutate(adminToken, name, args);
  if (response.body.errors)
    throw new Error(`setup ${name} ${JSON.stringify(args)}: ${JSON.stringify(response.body.errors)}`);
  const id = (response.body.data![name] as { id: string }).id;
  touched.set(
    `${collection}|${id}`,
    profiles.find((candidate) => candidate.name === 'admin')!,
  );
  used.add(id);
  return (await db(domain)
    .collection<Raw>(collection)
    .findOne({ _id: id } as never))!;
}
const stepArgs = (raw: Raw, extra: Record<string, unknown> = {}) => ({
  id: raw._id,
  expectedVersion: raw.version ?? 0,
  ...extra,
});
const key = () => `walk-${randomUUID()}`;

/** The lifecycles, to bring a record into the state a step starts from when the seed has none in scope. */
const LIFECYCLES: Record<
  string,
  {
    domain: Domain;
    create: (profile: Profile) => Promise<Record<string, unknown> | null>;
    createMutation: string;
    steps: Array<[string, string, Record<string, unknown>]>;
  }
> = {
  assistance_cases: {
    domain: 'civil-affairs',
    createMutation: 'applyForAssistance',
    create: async (profile) => assistanceInput(profile, 'inside'),
    steps: [
      ['COMMUNITY_REVIEWED', 'communityReviewAssistance', {}],
      ['ACTIVE', 'approveAssistance', {}],
      ['SUSPENDED', 'suspendAssistance', {}],
    ],
  },
  notices: {
    domain: 'civil-affairs',
    createMutation: 'draftNotice',
    create: async (profile) => noticeInput(profile, 'inside'),
    steps: [['PUBLISHED', 'publishNotice', {}]],
  },
  investment_projects: {
    domain: 'economy',
    createMutation: 'createInvestmentProject',
    create: async (profile) => projectInput(profile, 'inside'),
    steps: [
      ['NEGOTIATING', 'negotiateInvestmentProject', {}],
      [
        'SIGNED',
        'signInvestmentProject',
        { input: { amountYuan: 1000, signedAt: new Date(Date.now() - 86_400_000).toISOString() } },
      ],
      ['STARTED', 'startInvestmentProject', { startedAt: new Date(Date.now() - 3_600_000).toISOString() }],
    ],
  },
  service_visits: {
    domain: 'economy',
    createMutation: 'reportEnterpriseProblem',
    create: async (profile) => problemInput(profile, 'inside'),
    steps: [['IN_PROGRESS', 'startWorkingOnProblem', {}]],
  },
  incidents: {
    domain: 'urban-management',
    createMutation: 'reportIncident',
    create: async (profile) => incidentInput(profile, 'inside'),
    steps: [
      ['ACCEPTED', 'acceptIncident', {}],
      ['ASSIGNED', 'assignIncident', { department: '城管执法中队' }],
      ['RESOLVED', 'resolveIncident', { result: '已清理' }],
      ['CLOSED', 'closeIncident', {}],
    ],
  },
  petitions: {
    domain: 'urban-management',
    createMutation: 'intakePetition',
    create: async (profile) => petitionInput(profile, 'inside'),
    steps: [
      ['ACCEPTED', 'acceptPetition', {}],
      ['ASSIGNED', 'assignPetition', { department: '信访办' }],
      ['REPLIED', 'replyPetition', { reply: '已答复' }],
    ],
  },
};

/** A record inside the profile's jurisdiction in one of `states` (by `stateField`): from the seed, else made by an admin. */
async function inState(
  collection: string,
  profile: Profile,
  states: string[],
  stateField = 'status',
  filter: Record<string, unknown> = {},
): Promise<Raw | null> {
  const lifecycle = LIFECYCLES[collection];
  const found = await recordOf(lifecycle.domain, collection, profile, 'inside', {
    ...filter,
    [stateField]: { $in: states },
  });
  if (found) return found;
  const input = await lifecycle.create(profile);
  if (!input) return null;
  let raw = await byAdmin(lifecycle.domain, collection, lifecycle.createMutation, input);
  for (const [state, mutation, extra] of lifecycle.steps) {
    if (states.includes(raw[stateField])) break;
    raw = await byAdmin(lifecycle.domain, collection, mutation, stepArgs(raw, extra));
    void state;
  }
  return states.includes(raw[stateField]) ? raw : null;
}

async function assistanceInput(profile: Profile, where: Where): Promise<Record<string, unknown> | null> {
  const division = await divisionOf(profile, where, [12]);
  if (!division) return null;
  const resident = await db('civil-affairs')
    .collection<Raw>('residents')
    .findOne({ communityCode: division.code } as never);
  if (!resident) return null;
  return {
    input: {
      divisionCode: division.code,
      recipientIdNumber: resident.idNumber,
      program: 'TEMPORARY',
      paymentSchedule: 'ONE_OFF',
      persons: 1,
    },
    idempotencyKey: key(),
  };
}
async function noticeInput(profile: Profile, where: Where): Promise<Record<string, unknown> | null> {
  const division = await divisionOf(profile, where, [6, 9, 12]);
  return (
    division && {
      input: { divisionCode: division.code, title: '关于走访的通知', body: '请居民配合。', category: 'SERVICE' },
      idempotencyKey: key(),
    }
  );
}
async function projectInput(profile: Profile, where: Where): Promise<Record<string, unknown> | null> {
  const division = await divisionOf(profile, where, [6, 9, 12]);
  return (
    division && {
      input: { divisionCode: division.code, name: '走访测试项目', industry: 'LOGISTICS', amountYuan: 100 },
      idempotencyKey: key(),
    }
  );
}
async function incidentInput(profile: Profile, where: Where): Promise<Record<string, unknown> | null> {
  const division = await divisionOf(profile, where, [12, 15]);
  return (
    division && {
      input: { divisionCode: division.code, title: '楼道堆放垃圾', category: 'GARBAGE', source: 'GRID_PATROL' },
      idempotencyKey: key(),
    }
  );
}
async function petitionInput(profile: Profile, where: Where): Promise<Record<string, unknown> | null> {
  const division = await divisionOf(profile, where, [9, 12, 15]);
  return (
    division && {
      input: {
        divisionCode: division.code,
        title: '反映噪音扰民',
        channel: 'VISIT',
        category: 'ENVIRONMENT',
        petitionerName: '张三',
      },
      idempotencyKey: key(),
    }
  );
}
async function problemInput(profile: Profile, where: Where): Promise<Record<string, unknown> | null> {
  const enterprise = await recordOf('economy', 'enterprises', profile, where);
  return (
    enterprise && {
      input: {
        enterpriseId: enterprise._id,
        activity: '走访',
        serviceGroup: '第一服务组',
        visitedAt: new Date(Date.now() - 86_400_000).toISOString(),
        problem: '用工难',
      },
      idempotencyKey: key(),
    }
  );
}

/** A mutation that names its division in `input.divisionCode`. */
function createIn(
  name: string,
  domain: Domain,
  lengths: number[],
  level: (division: string) => Level,
  input: (profile: Profile, where: Where) => Promise<Record<string, unknown> | null>,
): MutationSpec {
  return {
    name,
    domain,
    level,
    target: async (profile, where) => {
      const args = await input(profile, where);
      if (!args) return null;
      const division = (args.input as { divisionCode: string }).divisionCode;
      if (where === 'inside') return { args, division };
      const missingCode = (await divisionOf(profile, 'outside', lengths))!.missing;
      return {
        args,
        division,
        missing: {
          args: { ...args, input: { ...(args.input as object), divisionCode: missingCode } },
          key: division,
          missingKey: missingCode,
        },
      };
    },
  };
}

/** A mutation about a stored record named by one argument (a step, or a create under a case, enterprise, organization or activity). */
function onRecord(
  name: string,
  domain: Domain,
  collection: string,
  level: Level | ((division: string) => Level),
  keyArg: string,
  find: (profile: Profile, where: Where) => Promise<Raw | null>,
  args: (raw: Raw, profile: Profile) => Promise<Record<string, unknown> | null> | Record<string, unknown> | null,
  changes: 'record' | 'creates' = 'record',
): MutationSpec {
  return {
    name,
    domain,
    level: typeof level === 'function' ? level : () => level,
    target: async (profile, where) => {
      const raw = await find(profile, where);
      if (!raw) return null;
      const built = await args(raw, profile);
      if (!built) return null;
      const target: MutationTarget = {
        args: built,
        division: raw.divisionCode,
        ...(changes === 'record' ? { record: { collection, id: raw._id } } : {}),
      };
      const keyValue = keyArg.split('.').reduce<any>((value, part) => value?.[part], built) as string;
      if (where === 'outside') {
        const missingKey = `${keyValue}-missing`;
        const missingArgs = structuredClone(built);
        const parts = keyArg.split('.');
        parts.slice(0, -1).reduce<any>((value, part) => value[part], missingArgs)[parts.at(-1)!] = missingKey;
        target.missing = { args: missingArgs, key: keyValue, missingKey };
      }
      return target;
    },
  };
}

const step = (
  name: string,
  domain: Domain,
  collection: string,
  level: Level | ((division: string) => Level),
  states: string[],
  extra: (raw: Raw) => Record<string, unknown> = () => ({}),
  stateField = 'status',
  filter: Record<string, unknown> = {},
) =>
  onRecord(
    name,
    domain,
    collection,
    level,
    'id',
    (profile, where) =>
      where === 'inside'
        ? inState(collection, profile, states, stateField, filter)
        : recordOf(domain, collection, profile, 'outside', { ...filter, [stateField]: { $in: states } }),
    (raw) => stepArgs(raw, extra(raw)),
  );

const now = () => new Date(Date.now() - 60_000).toISOString();
const thisMonth = () => {
  const local = shanghai(new Date());
  return `${local.year}-${String(local.month).padStart(2, '0')}`;
};

const MUTATIONS: MutationSpec[] = [
  createIn('applyForAssistance', 'civil-affairs', [12], () => 'COMMUNITY', assistanceInput),
  step('communityReviewAssistance', 'civil-affairs', 'assistance_cases', 'COMMUNITY', ['APPLIED']),
  step('approveAssistance', 'civil-affairs', 'assistance_cases', 'STREET', ['COMMUNITY_REVIEWED']),
  step('rejectAssistance', 'civil-affairs', 'assistance_cases', 'STREET', ['APPLIED', 'COMMUNITY_REVIEWED']),
  step('suspendAssistance', 'civil-affairs', 'assistance_cases', 'STREET', ['ACTIVE']),
  step('resumeAssistance', 'civil-affairs', 'assistance_cases', 'STREET', ['SUSPENDED']),
  step('terminateAssistance', 'civil-affairs', 'assistance_cases', 'STREET', ['ACTIVE', 'SUSPENDED']),
  step(
    'changeAssistanceTier',
    'civil-affairs',
    'assistance_cases',
    'STREET',
    ['ACTIVE'],
    (raw) => ({ tier: raw.tier === 'A' ? 'B' : 'A' }),
    'status',
    { program: 'DIBAO' },
  ),
  onRecord(
    'recordBenefitPayment',
    'civil-affairs',
    'assistance_cases',
    'STREET',
    'caseId',
    (profile, where) =>
      where === 'inside'
        ? inState('assistance_cases', profile, ['ACTIVE'])
        : recordOf('civil-affairs', 'assistance_cases', profile, 'outside', { status: 'ACTIVE' }),
    (raw) => ({ caseId: raw._id, month: thisMonth(), amountYuan: 300, idempotencyKey: key() }),
    'creates',
  ),
  createIn('draftNotice', 'civil-affairs', [6, 9, 12], levelOfCode, noticeInput),
  step('publishNotice', 'civil-affairs', 'notices', levelOfCode, ['DRAFT']),
  step('withdrawNotice', 'civil-affairs', 'notices', levelOfCode, ['PUBLISHED']),
  {
    name: 'recordNoticeRead',
    domain: 'civil-affairs',
    level: () => 'COMMUNITY',
    target: async (profile, where) => {
      const community = await divisionOf(profile, where, [12]);
      if (!community) return null;
      // A notice that reaches the community: one published for its district (made by an admin when the seed has none).
      const district = community.code.slice(0, 6);
      let notice = await db('civil-affairs')
        .collection<Raw>('notices')
        .findOne({
          status: 'PUBLISHED',
          targetCodes: { $in: [district, community.code.slice(0, 9), community.code] },
        } as never);
      if (!notice) {
        const draft = await byAdmin('civil-affairs', 'notices', 'draftNotice', {
          input: { divisionCode: district, title: '区级通知', body: '内容', category: 'POLICY' },
          idempotencyKey: key(),
        });
        notice = await byAdmin('civil-affairs', 'notices', 'publishNotice', stepArgs(draft));
      }
      const args = { noticeId: notice._id, communityCode: community.code };
      if (where === 'inside')
        return {
          args,
          division: community.code,
          record: { collection: 'notice_reads', id: `${notice._id}:${community.code}` },
        };
      return {
        args,
        division: community.code,
        missing: {
          args: { ...args, communityCode: community.missing },
          key: community.code,
          missingKey: community.missing,
        },
      };
    },
  },
  createIn('createInvestmentProject', 'economy', [6, 9, 12], () => 'STREET', projectInput),
  step('negotiateInvestmentProject', 'economy', 'investment_projects', 'STREET', ['LEAD'], () => ({}), 'stage'),
  step(
    'signInvestmentProject',
    'economy',
    'investment_projects',
    'STREET',
    ['NEGOTIATING'],
    () => ({ input: { amountYuan: 5000, signedAt: new Date(Date.now() - 86_400_000).toISOString() } }),
    'stage',
  ),
  step(
    'startInvestmentProject',
    'economy',
    'investment_projects',
    'STREET',
    ['SIGNED'],
    () => ({ startedAt: now() }),
    'stage',
  ),
  step(
    'completeInvestmentProject',
    'economy',
    'investment_projects',
    'STREET',
    ['STARTED'],
    () => ({ completedAt: now() }),
    'stage',
  ),
  step(
    'abandonInvestmentProject',
    'economy',
    'investment_projects',
    'STREET',
    ['LEAD', 'NEGOTIATING'],
    () => ({ reason: '投资方撤回' }),
    'stage',
  ),
  onRecord(
    'reportEnterpriseProblem',
    'economy',
    'enterprises',
    'COMMUNITY',
    'input.enterpriseId',
    (profile, where) => recordOf('economy', 'enterprises', profile, where),
    async (raw) => ({
      input: {
        enterpriseId: raw._id,
        activity: '走访',
        serviceGroup: '第一服务组',
        visitedAt: new Date(Date.now() - 86_400_000).toISOString(),
        problem: '融资难',
      },
      idempotencyKey: key(),
    }),
    'creates',
  ),
  step('startWorkingOnProblem', 'economy', 'service_visits', 'STREET', ['REPORTED'], () => ({}), 'problemStatus'),
  step(
    'resolveEnterpriseProblem',
    'economy',
    'service_visits',
    'STREET',
    ['IN_PROGRESS'],
    () => ({ result: '已协调解决' }),
    'problemStatus',
  ),
  onRecord(
    'recordPartyActivity',
    'party-building',
    'party_organizations',
    'COMMUNITY',
    'input.organizationId',
    (profile, where) => recordOf('party-building', 'party_organizations', profile, where),
    (raw) => ({
      input: {
        organizationId: raw._id,
        kind: 'STUDY_SESSION',
        title: '主题党日',
        startsAt: new Date(Date.now() - 7_200_000).toISOString(),
        endsAt: new Date(Date.now() - 3_600_000).toISOString(),
        attendeeIds: [],
      },
      idempotencyKey: key(),
    }),
    'creates',
  ),
  onRecord(
    'recordAttendance',
    'party-building',
    'party_activities',
    'COMMUNITY',
    'activityId',
    (profile, where) => recordOf('party-building', 'party_activities', profile, where),
    async (raw) => {
      const attended = new Set(
        (
          await db('party-building')
            .collection<Raw>('party_attendances')
            .find({ activityId: raw._id } as never)
            .toArray()
        ).map((row) => row.memberId),
      );
      const members = await db('party-building')
        .collection<Raw>('party_members')
        .find({ organizationId: raw.organizationId } as never)
        .toArray();
      const member = members.find((candidate) => !attended.has(candidate._id));
      return member ? { activityId: raw._id, memberIds: [member._id], expectedVersion: raw.version ?? 0 } : null;
    },
  ),
  onRecord(
    'transferPartyMember',
    'party-building',
    'party_members',
    'STREET',
    'memberId',
    (profile, where) => recordOf('party-building', 'party_members', profile, where, { position: { $ne: 'SECRETARY' } }),
    async (raw) => {
      const target = await db('party-building')
        .collection<Raw>('party_organizations')
        .findOne({
          districtCode: raw.districtCode,
          divisionCode: raw.divisionCode,
          _id: { $ne: raw.organizationId },
        } as never);
      return target ? { memberId: raw._id, toOrganizationId: target._id, expectedVersion: raw.version ?? 0 } : null;
    },
  ),
  createIn('reportIncident', 'urban-management', [12, 15], () => 'COMMUNITY', incidentInput),
  step('acceptIncident', 'urban-management', 'incidents', 'COMMUNITY', ['REPORTED']),
  step('assignIncident', 'urban-management', 'incidents', 'STREET', ['ACCEPTED', 'REOPENED'], () => ({
    department: '城管执法中队',
  })),
  step('resolveIncident', 'urban-management', 'incidents', 'STREET', ['ASSIGNED'], () => ({ result: '已清理' })),
  step('closeIncident', 'urban-management', 'incidents', 'STREET', ['RESOLVED']),
  step('reopenIncident', 'urban-management', 'incidents', 'STREET', ['RESOLVED', 'CLOSED']),
  createIn('intakePetition', 'urban-management', [9, 12, 15], () => 'COMMUNITY', petitionInput),
  step('acceptPetition', 'urban-management', 'petitions', 'COMMUNITY', ['RECEIVED']),
  step('assignPetition', 'urban-management', 'petitions', 'STREET', ['ACCEPTED', 'REOPENED'], () => ({
    department: '信访办',
  })),
  step(
    'extendPetitionDeadline',
    'urban-management',
    'petitions',
    'STREET',
    ['ACCEPTED', 'ASSIGNED', 'REOPENED'],
    () => ({ reason: '需要现场核实' }),
    'status',
    { deadlineExtension: 'NONE' },
  ),
  step('replyPetition', 'urban-management', 'petitions', 'STREET', ['ASSIGNED'], () => ({ reply: '已答复' })),
  step('closePetition', 'urban-management', 'petitions', 'STREET', ['REPLIED'], () => ({ satisfaction: 4 })),
  step('reopenPetition', 'urban-management', 'petitions', 'STREET', ['REPLIED', 'CLOSED']),
  step(
    'escalatePetition',
    'urban-management',
    'petitions',
    'STREET',
    ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'REPLIED', 'REOPENED'],
    () => ({}),
    'status',
    { longStandingStatus: 'NONE' },
  ),
];

/** Every stored document of every subgraph: `domain|collection|_id` → SHA-256 of its BSON. */
async function snapshot(): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const domain of DOMAINS) {
    for (const { name } of await db(domain).listCollections({}, { nameOnly: true }).toArray()) {
      for await (const doc of db(domain).collection(name).find({}))
        hashes.set(
          `${domain}|${name}|${String(doc._id)}`,
          createHash('sha256').update(BSON.serialize(doc)).digest('hex'),
        );
    }
  }
  return hashes;
}

const mutationTally = new Map<
  string,
  { cases: number; succeeded: number; refused: number; notApplicable: string[]; failures: string[] }
>();

/** What the README's rules say a call inside the jurisdiction must do: succeed, or be FORBIDDEN (read-only, another domain, a step above the role). */
function mayWrite(profile: Profile, spec: MutationSpec, division: string): boolean {
  const { role, domains } = profile.viewer;
  if (readOnly(profile)) return false;
  if (role === 'admin') return true;
  return domains.includes(spec.domain) && ROLE_RANK[role] >= LEVEL_RANK[spec.level(division)];
}

async function storedOf(record: MutationTarget['record'] | undefined, domain: Domain): Promise<string | null> {
  if (!record) return null;
  return JSON.stringify(
    await db(domain)
      .collection<Raw>(record.collection)
      .findOne({ _id: record.id } as never),
  );
}

async function mutationCase(profile: Profile, spec: MutationSpec, where: Where): Promise<void> {
  let tally = mutationTally.get(profile.name);
  if (!tally)
    mutationTally.set(profile.name, (tally = { cases: 0, succeeded: 0, refused: 0, notApplicable: [], failures: [] }));
  const fail = (message: string): void => void tally!.failures.push(`${spec.name} ${where}: ${message}`);
  const target = await spec.target(profile, where);
  if (!target) {
    tally.notApplicable.push(`${spec.name} ${where}`);
    return;
  }
  tally.cases++;
  const before = await storedOf(target.record, spec.domain);
  const response = await mutate(profile.token, spec.name, target.args);
  const error = response.body.errors?.[0];
  const allowed = where === 'inside' && mayWrite(profile, spec, target.division);
  if (allowed) {
    if (error) {
      fail(`refused ${error.extensions?.code}: ${error.message}`);
      return;
    }
    tally.succeeded++;
    const result = response.body.data![spec.name] as Record<string, unknown>;
    const written =
      target.record ??
      (RECORD_COLLECTION[spec.name] && { collection: RECORD_COLLECTION[spec.name], id: String(result.id) });
    if (written) {
      touched.set(`${written.collection}|${written.id}`, profile);
      const stored = await db(spec.domain)
        .collection<Raw>(written.collection)
        .findOne({ _id: written.id } as never);
      const division = stored?.divisionCode ?? stored?.communityCode;
      if (!stored || (typeof division === 'string' && !covers(profile.viewer.jurisdiction, division)))
        fail(`wrote ${written.collection} ${written.id} of ${division} outside the jurisdiction`);
      if (spec.name === 'escalatePetition' && stored) touchedMatters.set(stored.matterKey, profile);
      if (spec.name === 'recordAttendance' || spec.name === 'recordPartyActivity')
        touched.set(`activity|${written.id}`, profile);
    }
    return;
  }
  tally.refused++;
  if (!error) fail(`succeeded for a ${profile.viewer.role} (${JSON.stringify(response.body.data).slice(0, 200)})`);
  else if (readOnly(profile) || where === 'inside') {
    if (error.extensions?.code !== 'FORBIDDEN')
      fail(`answered ${error.extensions?.code} (${error.message}) instead of FORBIDDEN`);
  } else {
    const missing = await mutate(profile.token, spec.name, target.missing!.args);
    const other = missing.body.errors?.[0];
    if (!other) fail(`a nonexistent key ${target.missing!.missingKey} succeeded`);
    else if (
      other.extensions?.code !== error.extensions?.code ||
      other.message.replace(target.missing!.missingKey, 'KEY') !== error.message.replace(target.missing!.key, 'KEY')
    ) {
      fail(
        `outside answers ${error.extensions?.code} "${error.message}" but a nonexistent key ${other.extensions?.code} "${other.message}": existence is disclosed`,
      );
    }
    if (!['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(String(error.extensions?.code)))
      fail(`outside answers ${error.extensions?.code}`);
  }
  if ((await storedOf(target.record, spec.domain)) !== before)
    fail(`refused, but ${target.record!.collection} ${target.record!.id} changed`);
}

/** Where a creating mutation's returned id is stored. */
const RECORD_COLLECTION: Record<string, string> = {
  applyForAssistance: 'assistance_cases',
  recordBenefitPayment: 'benefit_payments',
  draftNotice: 'notices',
  createInvestmentProject: 'investment_projects',
  reportEnterpriseProblem: 'service_visits',
  recordPartyActivity: 'party_activities',
  reportIncident: 'incidents',
  intakePetition: 'petitions',
};

describe('access generated from the supergraph: mutations', () => {
  it('access-generated: every mutation × role × inside and outside the jurisdiction, stored data checksummed before and after', async () => {
    adminToken = profiles.find((profile) => profile.name === 'admin')!.token;
    const mutationNames = Object.keys(supergraph.schema.getMutationType()!.getFields()).sort();
    expect(MUTATIONS.map((spec) => spec.name).sort()).toEqual(mutationNames);
    const before = await snapshot();
    for (const spec of MUTATIONS)
      for (const profile of profiles)
        for (const where of ['inside', 'outside'] as Where[]) await mutationCase(profile, spec, where);
    const after = await snapshot();

    // Every stored change is a permitted write of some case (or an admin's setup), inside the writer's jurisdiction.
    const changes: string[] = [];
    for (const [entry, hash] of after) if (before.get(entry) !== hash) changes.push(entry);
    const removed = [...before.keys()].filter((entry) => !after.has(entry));
    const unaccounted: string[] = [];
    for (const entry of changes) {
      const [domain, collection, id] = entry.split('|') as [Domain, string, string];
      const doc = await db(domain)
        .collection<Raw>(collection)
        .findOne({ _id: id } as never);
      const writer =
        touched.get(`${collection}|${id}`) ??
        touched.get(`activity|${doc?.activityId}`) ??
        (collection === 'petitions' ? touchedMatters.get(doc?.matterKey) : undefined);
      const division = doc?.divisionCode ?? doc?.communityCode;
      if (!writer) unaccounted.push(`${entry} changed by no permitted write`);
      else if (typeof division === 'string' && !covers(writer.viewer.jurisdiction, division))
        unaccounted.push(`${entry} of ${division} written outside ${writer.name}'s jurisdiction`);
    }

    const failures = [...mutationTally].flatMap(([name, tally]) =>
      tally.failures.map((failure) => `${name}: ${failure}`),
    );
    // Not vacuous: the admin of the country wrote with every mutation.
    const adminTally = mutationTally.get('admin')!;
    expect({ failures, unaccounted, removed, adminNotApplicable: adminTally.notApplicable }).toEqual({
      failures: [],
      unaccounted: [],
      removed: [],
      adminNotApplicable: MUTATIONS.map((spec) => `${spec.name} outside`),
    });
    expect(adminTally.succeeded).toBe(MUTATIONS.length);
    expect(changes.length).toBeGreaterThanOrEqual(MUTATIONS.length);
  }, 300_000);

  it('access-generated: after the mutations, admins and the owning officials read the histories they wrote', async () => {
    const admins = profiles.filter((candidate) => candidate.name === 'admin');
    expect(admins, 'the admin profile').toHaveLength(1);
    for (const profile of admins) {
      const tally = tallyOf(profile);
      const random = seededRandom(SEED);
      const found = workingPath.get(profile.name) ?? new Map<string, TypePath>();
      for (const type of reachableTypes.filter(isHistoryType)) {
        if (tally.seenTypes.has(type) || isConnectionType(supergraph.type(type) as never)) continue;
        await witnessCase(profile, type, random, found);
      }
      expect({
        failures: tally.failures,
        unseen: reachableTypes.filter((type) => isHistoryType(type) && !tally.seenTypes.has(type)),
      }).toEqual({ failures: [], unseen: [] });
    }
  }, 120_000);
});
