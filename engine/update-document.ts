import { ObjectId, type Document } from 'bson';
import { Aggregator, update as mingoUpdate } from 'mingo';
import { cloneDocument, isPlainObject, setAtPath } from './bson-values.js';
import { failedToParse } from './errors.js';

const MINGO_OPTIONS = { scriptEnabled: false };

/** Update operators mingo implements; `$setOnInsert` is handled here (folded into `$set` on insert). */
const OPERATORS = new Set([
  '$addToSet',
  '$bit',
  '$currentDate',
  '$inc',
  '$max',
  '$min',
  '$mul',
  '$pop',
  '$pull',
  '$pullAll',
  '$push',
  '$rename',
  '$set',
  '$unset',
  '$setOnInsert',
]);
const PIPELINE_STAGES = new Set(['$addFields', '$set', '$project', '$unset', '$replaceRoot', '$replaceWith']);

export type UpdateSpec = Document | Document[];

interface ApplyOptions {
  filter?: Document;
  arrayFilters?: Document[];
  /** True when building a new (upserted) document: `$setOnInsert` applies. */
  inserting?: boolean;
}

/** Returns the updated copy of `current`; the stored document is never touched. */
export function applyUpdate(current: Document, update: UpdateSpec, options: ApplyOptions = {}): Document {
  if (Array.isArray(update)) return applyPipeline(current, update);
  const keys = Object.keys(update);
  if (keys.length > 0 && keys[0].startsWith('$')) return applyOperators(current, update, options);
  const bad = keys.find((key) => key.startsWith('$'));
  if (bad)
    throw failedToParse(
      `The dollar ($) prefixed field '${bad}' in '${bad}' is not allowed in the context of an update's replacement document.`,
    );
  return { _id: current._id, ...cloneDocument(update) };
}

function applyOperators(current: Document, update: Document, options: ApplyOptions): Document {
  const modifier: Document = {};
  for (const [op, fields] of Object.entries(update)) {
    if (!OPERATORS.has(op)) {
      throw failedToParse(
        `Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    }
    if (!isPlainObject(fields))
      throw failedToParse(`Modifiers operate on fields but we found type ${typeof fields} instead.`);
    if (op === '$setOnInsert') {
      if (options.inserting) modifier.$set = { ...(modifier.$set as Document | undefined), ...fields };
    } else if (op === '$set') modifier.$set = { ...(modifier.$set as Document | undefined), ...fields };
    else modifier[op] = fields;
  }
  const next = cloneDocument(current);
  // An upsert may name the new document's `_id` in `$setOnInsert` (or `$set`), as MongoDB allows;
  // mingo refuses any update of `_id`, so it goes onto the new document before the rest.
  if (options.inserting && isPlainObject(modifier.$set) && '_id' in modifier.$set) {
    const { _id, ...rest } = modifier.$set;
    next._id = _id;
    modifier.$set = rest;
  }
  // The positional `$` (not `$[]`/`$[id]`) resolves against the query, which mingo takes as `condition`.
  const positional = /\.\$(\.|")/.test(JSON.stringify(modifier));
  mingoUpdate(next, modifier, options.arrayFilters, positional && !options.inserting ? options.filter : undefined, {
    cloneMode: 'deep',
    queryOptions: MINGO_OPTIONS,
  });
  return next;
}

function applyPipeline(current: Document, stages: Document[]): Document {
  for (const stage of stages) {
    const name = Object.keys(stage)[0];
    if (!PIPELINE_STAGES.has(name)) throw failedToParse(`${name} is not allowed to be used within an update`);
  }
  const [next] = new Aggregator(stages, MINGO_OPTIONS).run([cloneDocument(current)]) as Document[];
  return next;
}

/**
 * The document an upsert inserts: the filter's equality fields (top level and `$and` members,
 * dotted paths expanded), then the update applied with `$setOnInsert` in force.
 */
export function buildUpsert(filter: Document, update: UpdateSpec, arrayFilters?: Document[]): Document {
  const seed: Document = {};
  seedFrom(filter, seed);
  const isReplacement = !Array.isArray(update) && !Object.keys(update)[0]?.startsWith('$');
  let doc = isReplacement
    ? { ...(seed._id !== undefined ? { _id: seed._id } : {}), ...cloneDocument(update as Document) }
    : applyUpdate(seed, update, { arrayFilters, inserting: true });
  if (doc._id === undefined) doc = { _id: new ObjectId(), ...doc };
  return doc;
}

function seedFrom(filter: Document, seed: Document): void {
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const part of condition) if (isPlainObject(part)) seedFrom(part, seed);
      continue;
    }
    if (field.startsWith('$')) continue;
    if (isPlainObject(condition)) {
      const keys = Object.keys(condition);
      if (keys.length === 1 && keys[0] === '$eq') setAtPath(seed, field, cloneDocument(condition.$eq));
      else if (!keys.some((key) => key.startsWith('$'))) setAtPath(seed, field, cloneDocument(condition));
      continue;
    }
    if (condition instanceof RegExp) continue;
    setAtPath(seed, field, cloneDocument(condition));
  }
}
