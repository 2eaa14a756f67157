import DataLoader from 'dataloader';
import mongoose, { Types, type Model } from 'mongoose';
import type { CursorList, CursorSeal } from './cursor-seal.js';
import { badUserInput } from '../contract/errors.js';

/**
 * Cursor connections for every list. Pages are keyset-paginated on (sort field, _id), so a
 * page costs the same wherever it is in the list, and nested lists for many parents are
 * fetched in one aggregation per request (see `groupedConnectionLoader`).
 *
 * Cursors are sealed (see cursor-seal.ts): every helper that reads or writes one takes the
 * request's `CursorSeal` (`ctx.cursors`), which binds them to the viewer; the helpers bind them
 * to the list and its filter (`CursorList`) and to the sort.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export type SortDirection = 'ASC' | 'DESC';
export interface SortSpec {
  /** A stored field that is never null on the collection (the keyset needs a total order). */
  field: string;
  direction: SortDirection;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

interface ParsedPage {
  limit: number;
  after: DecodedCursor | null;
  cursors: CursorSeal;
}

interface PageOptions {
  /** The list the page belongs to; without it only the viewer and sort of `after` are checked. */
  list?: CursorList;
  /** Prefix of the argument names in errors, for page arguments nested in an input. */
  argumentPrefix?: string;
}

/** Every invalid cursor gets this message, whatever made it invalid. */
const INVALID_CURSOR_MESSAGE = 'not a cursor returned by this list with the same sort order, filter and viewer';

type CursorValue = string | number | boolean | Date | Types.ObjectId | null;
interface DecodedCursor {
  field: string;
  value: CursorValue;
  id: string | Types.ObjectId;
}

type Tagged = ['s', string] | ['n', number] | ['b', boolean] | ['d', number] | ['o', string] | ['z', 0];

function tag(value: unknown): Tagged {
  if (value === null || value === undefined) return ['z', 0];
  if (value instanceof Date) return ['d', value.getTime()];
  if (value instanceof Types.ObjectId) return ['o', value.toHexString()];
  if (typeof value === 'number') return ['n', value];
  if (typeof value === 'boolean') return ['b', value];
  return ['s', String(value)];
}

function untag(tagged: unknown): CursorValue {
  if (!Array.isArray(tagged) || tagged.length !== 2) throw new Error('bad tag');
  const [kind, raw] = tagged as [unknown, unknown];
  if (kind === 'z') return null;
  if (kind === 's' && typeof raw === 'string') return raw;
  if (kind === 'n' && typeof raw === 'number') return raw;
  if (kind === 'b' && typeof raw === 'boolean') return raw;
  if (kind === 'd' && typeof raw === 'number') return new Date(raw);
  if (kind === 'o' && typeof raw === 'string' && Types.ObjectId.isValid(raw)) return new Types.ObjectId(raw);
  throw new Error('bad tag');
}

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((current, key) => (current as Record<string, unknown> | undefined)?.[key], doc);
}

/**
 * An edge whose cursor is sealed when first read: most queries select nodes only, and a page of
 * nested lists holds hundreds of edges. The values it seals are taken now, so the cursor is
 * the one the node had when the page was read.
 */
export function pageEdge<T extends { _id: unknown }>(
  node: T,
  sort: SortSpec,
  cursors: CursorSeal,
  list: CursorList,
): Edge<T> {
  const position = [tag(valueAt(node as Record<string, unknown>, sort.field)), tag(node._id)];
  let cursor: string | undefined;
  return {
    get cursor() {
      return (cursor ??= cursors.seal(list, sort, position));
    },
    node,
  };
}

/** An edge with another node and the same (still lazy) cursor. */
export function withNode<A, B>(edge: Edge<A>, node: B): Edge<B> {
  return {
    get cursor() {
      return edge.cursor;
    },
    node,
  };
}

function decodeCursor(
  cursor: string,
  sort: SortSpec,
  cursors: CursorSeal,
  list: CursorList | null,
  argumentName: string,
): DecodedCursor {
  try {
    const parsed = cursors.open(cursor, sort, list);
    if (!Array.isArray(parsed) || parsed.length !== 2) throw new Error('shape');
    const id = untag(parsed[1]);
    if (!(typeof id === 'string' || id instanceof Types.ObjectId)) throw new Error('id');
    return { field: sort.field, value: untag(parsed[0]), id };
  } catch {
    throw badUserInput(argumentName, INVALID_CURSOR_MESSAGE);
  }
}

/**
 * Validates the page arguments. With `options.list`, `after` must be a cursor of that list; without
 * it (validation before an early empty answer), a cursor sealed for this viewer and sort.
 */
export function parsePage(args: PageArgs, sort: SortSpec, cursors: CursorSeal, options: PageOptions = {}): ParsedPage {
  const argumentPrefix = options.argumentPrefix ?? '';
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`${argumentPrefix}first`, `must be an integer from 0 to ${MAX_PAGE_SIZE} (got ${first})`, {
      maximum: MAX_PAGE_SIZE,
    });
  }
  const after = args.after
    ? decodeCursor(args.after, sort, cursors, options.list ?? null, `${argumentPrefix}after`)
    : null;
  return { limit: first, after, cursors };
}

export function mongoSort(sort: SortSpec): Record<string, 1 | -1> {
  const direction = sort.direction === 'ASC' ? 1 : -1;
  return sort.field === '_id' ? { _id: direction } : { [sort.field]: direction, _id: direction };
}

/**
 * Operators built here from decoded (typed) values are marked `trusted`: the connection's
 * `sanitizeFilter` would otherwise wrap them in `$eq`, as it does with client-supplied objects.
 */
export function operator(op: string, value: unknown): unknown {
  return mongoose.trusted({ [op]: value });
}

/**
 * Everything after the cursor in (field, _id) order. MongoDB sorts null (and missing) before every
 * value, so a sort field that may be empty still pages without gaps: ascending, the nulls come
 * first; descending, they come last.
 */
function keysetFilter(after: DecodedCursor, sort: SortSpec): Record<string, unknown> {
  const op = sort.direction === 'ASC' ? '$gt' : '$lt';
  if (sort.field === '_id') return { _id: operator(op, after.id) };
  const sameValueLaterId = { [sort.field]: after.value, _id: operator(op, after.id) };
  if (after.value === null) {
    return sort.direction === 'ASC'
      ? { $or: [sameValueLaterId, { [sort.field]: operator('$ne', null) }] }
      : sameValueLaterId;
  }
  const laterValues: Record<string, unknown>[] = [{ [sort.field]: operator(op, after.value) }, sameValueLaterId];
  if (sort.direction === 'DESC') laterValues.push({ [sort.field]: null });
  return { $or: laterValues };
}

export function toConnection<T extends { _id: unknown }>(
  docs: T[],
  page: ParsedPage,
  sort: SortSpec,
  totalCount: number,
  list: CursorList,
): Connection<T> {
  const hasNextPage = docs.length > page.limit;
  const edges = docs.slice(0, page.limit).map((node) => pageEdge(node, sort, page.cursors, list));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** No rows: for loaders answering a parent with nothing, after they have parsed the page. */
export function noRows<T>(): Connection<T> {
  return {
    edges: [],
    totalCount: 0,
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}

/**
 * The answer of a list that has nothing to look at (outside the jurisdiction, an empty status
 * set): the page arguments are validated first, so `first: 500` is BAD_USER_INPUT whether or not
 * the list would have been empty. Every early empty answer of a list is this one.
 */
export function emptyPage<T>(args: PageArgs, sort: SortSpec, cursors: CursorSeal): Connection<T> {
  parsePage(args, sort, cursors);
  return noRows<T>();
}

/** The list a root page of `model` matching `filter` is: the collection and the filter. */
function collectionList(
  model: { collection: { collectionName: string } },
  filter: Record<string, unknown>,
): CursorList {
  return { name: model.collection.collectionName, filter };
}

/**
 * One page of `model` matching `filter` (built from typed arguments only, never raw input). Its
 * cursors belong to `options.list`, by default the collection with this filter (`collectionList`).
 */
export async function findConnection<T extends { _id: unknown }>(
  model: Model<T>,
  filter: Record<string, unknown>,
  sort: SortSpec,
  args: PageArgs,
  cursors: CursorSeal,
  options: PageOptions = {},
): Promise<Connection<T>> {
  const list = options.list ?? collectionList(model, filter);
  const page = parsePage(args, sort, cursors, { ...options, list });
  const pageFilter = page.after ? { $and: [filter, keysetFilter(page.after, sort)] } : filter;
  const [docs, totalCount] = await Promise.all([
    page.limit === 0
      ? Promise.resolve([])
      : model
          .find(pageFilter)
          .sort(mongoSort(sort))
          .limit(page.limit + 1)
          .lean<T[]>()
          .exec(),
    model.countDocuments(filter).exec(),
  ]);
  return toConnection(docs, page, sort, totalCount, list);
}

export interface GroupedPageKey {
  /** Value of the grouping field for one parent (e.g. a community code). */
  group: string;
  /** Everything else that shapes the page; keys with equal `shape` share one query. */
  filter: Record<string, unknown>;
  sort: SortSpec;
  args: PageArgs;
}

/** A cache key for a filter: JSON with regular expressions kept (plain JSON turns `/abc/i` into `{}`). */
function filterKey(value: unknown): string {
  // The replacer only changes regular expressions; without one JSON.stringify is several times faster.
  if (!containsRegExp(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof RegExp ? { regex: item.source, flags: item.flags } : item,
  );
}

function containsRegExp(value: unknown): boolean {
  if (value instanceof RegExp) return true;
  if (Array.isArray(value)) return value.some(containsRegExp);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const key in value) if (containsRegExp((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/**
 * The loader behind nested lists such as `Community.enterprises`: all parents asking for the
 * same page shape are answered by ONE aggregation ($match on `groupField $in [...]`, sort,
 * group, slice), whatever the number of parents. A page after a cursor is rare in nested
 * lists and is answered by its own query.
 */
export function groupedConnectionLoader<T extends { _id: unknown }>(
  model: Model<T>,
  groupField: string,
  cursors: CursorSeal,
): DataLoader<GroupedPageKey, Connection<T>, string> {
  const collection = model.collection.collectionName;
  /** A nested list is the collection, the grouping field and the parent's key; and its filter. */
  const listOf = (key: GroupedPageKey): CursorList => ({
    name: `${collection}|${groupField}=${key.group}`,
    filter: key.filter,
  });
  return new DataLoader<GroupedPageKey, Connection<T>, string>(
    async (keys) => {
      // A parent's bad cursor fails that parent's field only (DataLoader takes an Error per key), not its siblings'.
      const results = new Map<GroupedPageKey, Connection<T> | Error>();
      const batches = new Map<string, GroupedPageKey[]>();
      for (const key of keys) {
        if (key.args.after) {
          results.set(
            key,
            await findConnection(model, { ...key.filter, [groupField]: key.group }, key.sort, key.args, cursors, {
              list: listOf(key),
            }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
          );
          continue;
        }
        const shape = filterKey([key.filter, key.sort, key.args.first ?? null]);
        batches.set(shape, [...(batches.get(shape) ?? []), key]);
      }
      for (const batch of batches.values()) {
        const { filter, sort, args } = batch[0];
        const page = parsePage(args, sort, cursors);
        const groups = [...new Set(batch.map((key) => key.group))];
        const rows = await model
          .aggregate<{ _id: string; totalCount: number; nodes: T[] }>([
            { $match: { $and: [filter, { [groupField]: { $in: groups } }] } },
            { $sort: mongoSort(sort) },
            { $group: { _id: `$${groupField}`, totalCount: { $sum: 1 }, nodes: { $push: '$$ROOT' } } },
            { $project: { totalCount: 1, nodes: { $slice: ['$nodes', page.limit + 1] } } },
          ])
          // One row per group, all in the first reply: no getMore when a batch has over 101 groups.
          .option({ batchSize: Math.max(1, groups.length) })
          .exec();
        const byGroup = new Map(rows.map((row) => [row._id, row]));
        for (const key of batch) {
          const row = byGroup.get(key.group);
          results.set(key, row ? toConnection(row.nodes, page, sort, row.totalCount, listOf(key)) : noRows<T>());
        }
      }
      return keys.map((key) => results.get(key) ?? noRows<T>());
    },
    { cacheKeyFn: (key) => filterKey([key.group, key.filter, key.sort, key.args]) },
  );
}

/** Loads documents by a unique field in one `$in` query per batch; `null` for missing keys. */
export function uniqueKeyLoader<T extends Record<string, unknown>>(
  model: Model<T>,
  field: string,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const docs = await model
      .find({ [field]: operator('$in', [...keys]) })
      .lean<T[]>()
      .exec();
    const byKey = new Map(docs.map((doc) => [String(doc[field]), doc]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Longest text a `…Contains` filter accepts: a search, not a document. */
const MAX_SEARCH_TEXT_LENGTH = 200;

/**
 * Escapes user text for a literal substring match, so no client value is ever a pattern. Text
 * with a NUL (BSON cannot store it in a pattern) or over MAX_SEARCH_TEXT_LENGTH is bad input,
 * refused here rather than failing in the driver.
 */
export function containsText(text: string, argumentName = 'filter'): RegExp {
  if (text.length > MAX_SEARCH_TEXT_LENGTH)
    throw badUserInput(argumentName, `search text must be at most ${MAX_SEARCH_TEXT_LENGTH} characters`);
  if (text.includes('\0')) throw badUserInput(argumentName, 'search text must not contain NUL characters');
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}
