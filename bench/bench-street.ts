import { ObjectId, type Db, type Document, type Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { Domain } from '../platform/contract/identity.js';

/**
 * Bench-only streets with a chosen number of communities, written straight into a seeded bench
 * database (the product's division tree is untouched). Each new community is a copy of one of
 * 桐柏路街道's seeded communities, in turn, with every code rewritten, so it has records in all
 * four domains: its division and grids, assistance cases, enterprises, party organizations with
 * members, and incidents.
 */
const TEMPLATE_STREET = '410102005';

/** What a community owns in each domain that the street → communities → four domains query reads. */
const OWNED: Record<Domain, Array<{ collection: string; filter: (community: string) => Filter<Document> }>> = {
  'civil-affairs': [
    { collection: 'divisions', filter: (community) => ({ $or: [{ code: community }, { parentCode: community }] }) },
    { collection: 'assistance_cases', filter: (community) => ({ communityCode: community }) },
  ],
  economy: [{ collection: 'enterprises', filter: (community) => ({ communityCode: community }) }],
  'party-building': [
    { collection: 'party_organizations', filter: (community) => ({ communityCode: community }) },
    { collection: 'party_members', filter: (community) => ({ organizationId: { $regex: community } }) },
  ],
  'urban-management': [{ collection: 'incidents', filter: (community) => ({ communityCode: community }) }],
};

/** Fields with unique indexes whose values do not embed a division code. */
const UNIQUE_FIELDS = new Set(['creditCode', 'idNumber', 'residentId']);

function rewrite(value: unknown, from: string, to: string, fromStreet: string, toStreet: string): unknown {
  if (typeof value === 'string')
    return value.includes(from) ? value.replaceAll(from, to) : value === fromStreet ? toStreet : value;
  if (Array.isArray(value)) return value.map((item) => rewrite(item, from, to, fromStreet, toStreet));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, rewrite(item, from, to, fromStreet, toStreet)]),
    );
  }
  return value;
}

function copyFor(document: Document, template: string, community: string, street: string): Document {
  const copy = rewrite(document, template, community, TEMPLATE_STREET, street) as Document;
  if (copy._id instanceof ObjectId) copy._id = new ObjectId();
  else if (copy._id === document._id) copy._id = `${String(document._id)}~${community}`;
  for (const field of UNIQUE_FIELDS)
    if (typeof copy[field] === 'string' && copy[field] === document[field]) copy[field] = `${copy[field]}~${community}`;
  return copy;
}

/** Adds street `code` (9 digits) under the template's district with `communities` communities; returns their count. */
export async function addBenchStreet(
  connections: Record<Domain, Connection>,
  code: string,
  communities: number,
): Promise<number> {
  const civil = connections['civil-affairs'].db as Db;
  const templateStreet = await civil.collection('divisions').findOne({ code: TEMPLATE_STREET });
  if (!templateStreet) throw new Error(`the bench database has no street ${TEMPLATE_STREET}: seed it first`);
  const templates = (
    await civil.collection('divisions').find({ parentCode: TEMPLATE_STREET }).sort({ code: 1 }).toArray()
  ).map((d) => String(d.code));
  await civil.collection<{ _id: string | ObjectId; [field: string]: unknown }>('divisions').insertOne({
    ...templateStreet,
    _id: templateStreet._id instanceof ObjectId ? new ObjectId() : code,
    code,
    name: `基准测试街道${communities}`,
  });
  for (const [domain, owned] of Object.entries(OWNED) as Array<[Domain, (typeof OWNED)[Domain]]>) {
    const db = connections[domain].db as Db;
    for (const { collection, filter } of owned) {
      const byTemplate = new Map<string, Document[]>();
      for (const template of templates)
        byTemplate.set(template, await db.collection(collection).find(filter(template)).toArray());
      const copies: Document[] = [];
      for (let i = 0; i < communities; i++) {
        const template = templates[i % templates.length];
        const community = code + String(i + 1).padStart(3, '0');
        for (const document of byTemplate.get(template)!) copies.push(copyFor(document, template, community, code));
      }
      for (let i = 0; i < copies.length; i += 5000)
        await db.collection(collection).insertMany(copies.slice(i, i + 5000));
    }
  }
  return civil.collection('divisions').countDocuments({ parentCode: code, level: 'COMMUNITY' });
}
