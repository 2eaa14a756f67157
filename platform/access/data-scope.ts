import mongoose, {
  type Aggregate,
  type Connection,
  type MongooseQueryMiddleware,
  type Query,
  type Schema,
} from 'mongoose';
import { forbidden } from '../contract/errors.js';
import { covers, divisionsFilter, overlaps, recordsFilter, type Jurisdiction } from './jurisdiction.js';
import { currentElevation, currentRequestScope } from './request-scope.js';

/**
 * The one data access every request goes through: a mongoose plugin on each division-owned
 * schema that adds the current request's jurisdiction (from `request-scope.ts`) to every find,
 * count, distinct, aggregate (its `$lookup` and `$unionWith` sub-pipelines too), update and delete,
 * and refuses inserts and updates that would place a record outside it. Resolvers cannot forget
 * it: it is not theirs to apply. A command outside any request fails unless it runs inside a
 * named elevation (`elevations.ts`).
 *
 * Records outside the jurisdiction are simply not there for the request, so a read answers null
 * and a lifecycle step answers NOT_FOUND exactly as for a missing record.
 */

/** How a collection's records are narrowed to a jurisdiction; null = the whole country. */
export type ScopeFilter = (jurisdiction: Jurisdiction) => Record<string, unknown> | null;

/** Records with stored ancestry fields (`divisionPaths`). */
const byAncestry: ScopeFilter = recordsFilter;
/** The division tree itself: inside the jurisdiction, and its ancestors by name. */
export const byDivisionVisibility: ScopeFilter = divisionsFilter;

/** The division fields a write may set; each must stay inside the jurisdiction. */
const DIVISION_FIELDS = ['divisionCode', 'districtCode', 'streetCode', 'communityCode', 'gridCode'] as const;
type DivisionField = (typeof DIVISION_FIELDS)[number];

/** Every query command that reads or writes stored records (shared with command-time-limits.ts). */
export const QUERY_OPERATIONS: MongooseQueryMiddleware[] = [
  'find',
  'findOne',
  'countDocuments',
  'distinct',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
];

/** Every model's collection (per connection) and how its records are scoped: `$lookup` names its target. */
const scopedCollections = new WeakMap<Connection, Map<string, ScopeFilter>>();

interface ActiveScope {
  /** null: no narrowing (an elevation, or an admin of the whole country). */
  filter: ((scope: ScopeFilter) => Record<string, unknown> | null) | null;
  jurisdiction: Jurisdiction | null;
}

class OutsideRequestScope extends Error {
  constructor(collection: string, operation: string) {
    super(
      `${operation} on ${collection} outside any request scope: run it for a viewer or inside unscoped(reason) from elevations.ts`,
    );
    this.name = 'OutsideRequestScope';
  }
}

function activeScope(collection: string, operation: string): ActiveScope {
  if (currentElevation() !== undefined) return { filter: null, jurisdiction: null };
  const scope = currentRequestScope();
  if (!scope) throw new OutsideRequestScope(collection, operation);
  const jurisdiction = scope.viewer.jurisdiction;
  if (jurisdiction.length === 0) return { filter: null, jurisdiction: null };
  return { filter: (scopeFilter) => scopeFilter(jurisdiction), jurisdiction };
}

/**
 * Marks our own operator values ($in, $regex) as trusted: the connection's sanitizeFilter wraps
 * any untrusted `{ $op: … }` field value in `$eq`, which would turn the scope into a no-match.
 */
function trusted(filter: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') for (const part of value as Record<string, unknown>[]) trusted(part);
    else if (typeof value === 'object' && value !== null && Object.keys(value).some((k) => k.startsWith('$')))
      filter[key] = mongoose.trusted(value);
  }
  return filter;
}

/** Values a write gives to division fields, from an update document or a replacement. */
function divisionValuesOf(update: unknown): Map<DivisionField, unknown> {
  const values = new Map<DivisionField, unknown>();
  if (typeof update !== 'object' || update === null) return values;
  const record = update as Record<string, unknown>;
  for (const part of [record, record.$set, record.$setOnInsert]) {
    if (typeof part !== 'object' || part === null) continue;
    for (const field of DIVISION_FIELDS) {
      const value = (part as Record<string, unknown>)[field];
      if (value !== undefined && value !== null) values.set(field, value);
    }
  }
  return values;
}

/**
 * A record's own division must lie inside the jurisdiction; its ancestry fields (a grid
 * worker's records name their district) need only overlap it.
 */
function requireInside(
  jurisdiction: Jurisdiction | null,
  values: Map<DivisionField, unknown>,
  collection: string,
): void {
  if (jurisdiction === null) return;
  for (const [field, value] of values) {
    const inside =
      typeof value === 'string' &&
      (field === 'divisionCode' ? covers(jurisdiction, value) : overlaps(jurisdiction, value));
    if (!inside)
      throw forbidden(
        `division ${String(value)} is outside the viewer's jurisdiction; ${collection} records may not be placed there`,
      );
  }
}

/** A pipeline stage as sent: one operator key. */
type Stage = Record<string, unknown>;

/**
 * Narrows a pipeline in place: a leading `$match` (inside `$geoNear.query` when that must come
 * first), and the same for every `$lookup` / `$unionWith` into a scoped collection. Stages that
 * would write or walk a graph past the scope are refused.
 */
function scopePipeline(
  pipeline: Stage[],
  own: Record<string, unknown> | null,
  active: ActiveScope,
  collections: Map<string, ScopeFilter>,
): void {
  for (const stage of pipeline) {
    const name = Object.keys(stage)[0];
    const body = stage[name] as Record<string, unknown>;
    if (name === '$out' || name === '$merge') throw forbidden(`${name} is not available to requests`);
    if (name === '$graphLookup' && collections.get(String(body.from)) !== unscopedCollection)
      throw forbidden('$graphLookup over scoped records is not available to requests');
    if (name === '$facet')
      for (const sub of Object.values(body)) scopePipeline(sub as Stage[], null, active, collections);
    if (name === '$lookup' || name === '$unionWith') {
      const target = name === '$unionWith' && typeof body === 'string' ? String(body) : String(body.from ?? body.coll);
      const scopeFilter = collections.get(target);
      const sub = (body.pipeline as Stage[] | undefined) ?? [];
      scopePipeline(sub, scopeFilter && active.filter ? active.filter(scopeFilter) : null, active, collections);
      if (typeof body === 'object') body.pipeline = sub;
    }
  }
  if (!own) return;
  const geoNear = pipeline[0]?.$geoNear as Record<string, unknown> | undefined;
  if (geoNear) geoNear.query = trusted({ $and: [geoNear.query ?? {}, own] });
  else pipeline.unshift({ $match: trusted(own) });
}

/**
 * Registers the plugin on a division-owned schema. `scopeFilter` says how its records are
 * narrowed; the default is the ancestry fields every division-owned record stores.
 */
export function scopeToJurisdiction<T extends Schema>(schema: T, scopeFilter: ScopeFilter = byAncestry): T {
  // Query middleware only: a document's own updateOne/deleteOne run a query of the model anyway.
  schema.pre(QUERY_OPERATIONS, { document: false, query: true }, function narrowQuery(this: Query<unknown, unknown>) {
    const collection = this.model.collection.collectionName;
    const active = activeScope(collection, (this as { op?: string }).op ?? 'query');
    if (!active.filter) return;
    const own = active.filter(scopeFilter);
    if (own) this.and([trusted(own)]);
    const update = this.getUpdate();
    requireInside(active.jurisdiction, divisionValuesOf(update), collection);
  });
  schema.pre('estimatedDocumentCount', function refuseEstimate(this: Query<unknown, unknown>) {
    const collection = this.model.collection.collectionName;
    if (activeScope(collection, 'estimatedDocumentCount').filter)
      throw forbidden(`an estimated count of ${collection} is not scoped; use countDocuments`);
  });
  schema.pre('aggregate', function narrowPipeline(this: Aggregate<unknown>) {
    const model = this.model();
    const collection = model.collection.collectionName;
    const active = activeScope(collection, 'aggregate');
    if (!active.filter) return;
    scopePipeline(
      this.pipeline() as unknown as Stage[],
      active.filter(scopeFilter),
      active,
      scopedCollectionsOf(model.db),
    );
  });
  schema.pre('save', function placeDocument(this: mongoose.Document) {
    const collection = (this.constructor as mongoose.Model<unknown>).collection.collectionName;
    const active = activeScope(collection, 'save');
    requireInside(active.jurisdiction, divisionValuesOf(this.toObject({ depopulate: true })), collection);
  });
  schema.pre('insertMany', function placeDocuments(this: mongoose.Model<unknown>, docs: unknown) {
    const collection = this.collection.collectionName;
    const active = activeScope(collection, 'insertMany');
    for (const doc of Array.isArray(docs) ? docs : [docs])
      requireInside(active.jurisdiction, divisionValuesOf(doc), collection);
  });
  schema.pre('bulkWrite', function refuseBulk(this: mongoose.Model<unknown>) {
    const collection = this.collection.collectionName;
    if (activeScope(collection, 'bulkWrite').filter)
      throw forbidden(`bulk writes to ${collection} are not scoped; use single writes`);
  });
  scopeFilters.set(schema, scopeFilter);
  return schema;
}

const scopeFilters = new WeakMap<Schema, ScopeFilter>();

/** The scoped collections of a connection's database, so `$lookup` into any of them is narrowed too. */
function scopedCollectionsOf(connection: Connection): Map<string, ScopeFilter> {
  const models = Object.values(connection.models);
  const known = scopedCollections.get(connection);
  if (known && known.size === models.length) return known;
  const collections = new Map<string, ScopeFilter>();
  for (const model of models)
    collections.set(model.collection.collectionName, scopeFilters.get(model.schema) ?? unscopedCollection);
  scopedCollections.set(connection, collections);
  return collections;
}

/** A collection of the connection that holds no division-owned records. */
const unscopedCollection: ScopeFilter = () => null;
