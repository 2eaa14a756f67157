import type { Document } from 'bson';
import { isPlainObject } from './bson-values.js';
import { matchesEverything } from './collection-store.js';
import { tick } from './deadline.js';
import { select } from './mingo-options.js';
import { sortedByScalars } from './scalar-sort.js';

/**
 * Grouping by one field as the subgraphs' loaders send it (platform/query/pagination.ts and the
 * count loaders): `[$match?, $sort?, $group { _id: "$field", <name>: { $sum: 1 } | { $push: "$$ROOT" }, ... },
 * $project?]`, the `$project` only as the nested-list page's `{ n: 1, nodes: { $slice: ["$nodes", k] } }`.
 * Answered in one pass when the group values are strings and the sort is `sortedByScalars`'s: same
 * rows, same field order and same row order as mingo (groups in the order of their first document).
 * Null: not this shape, mingo runs it.
 */
export function groupedByField(source: Document[], pipeline: Document[]): Document[] | null {
  const stages = pipeline.slice();
  const single = (stage: Document | undefined, name: string): unknown =>
    stage && Object.keys(stage).length === 1 && isPlainObject(stage[name]) ? stage[name] : undefined;
  const residual = single(stages[0], '$match') as Document | undefined;
  if (residual) stages.shift();
  const sort = single(stages[0], '$sort') as Document | undefined;
  if (sort) stages.shift();
  const group = single(stages[0], '$group') as Document | undefined;
  if (!group) return null;
  stages.shift();
  const project = single(stages[0], '$project') as Document | undefined;
  if (project) stages.shift();
  if (stages.length !== 0) return null;

  const groupKeys = Object.keys(group);
  // `_id: "$field"`, or a constant number (countDocuments' `{ _id: 1, n: { $sum: 1 } }`): one group.
  const constant = typeof group._id === 'number' && Number.isFinite(group._id) && !Object.is(group._id, -0);
  if (groupKeys[0] !== '_id' || !(constant || (typeof group._id === 'string' && /^\$[^$.][^.]*$/.test(group._id))))
    return null;
  const field = constant ? null : (group._id as string).slice(1);
  const accumulators: Array<{ name: string; push: boolean }> = [];
  for (const name of groupKeys.slice(1)) {
    const spec = group[name];
    if (name.startsWith('$') || name.includes('.') || !isPlainObject(spec) || Object.keys(spec).length !== 1)
      return null;
    if (spec.$sum === 1) accumulators.push({ name, push: false });
    else if (spec.$push === '$$ROOT') accumulators.push({ name, push: true });
    else return null;
  }
  let slice = Number.POSITIVE_INFINITY;
  if (project) {
    // Only the page shape: [count, nodes] accumulators, `{ count: 1, nodes: { $slice: ["$nodes", k] } }`.
    const [count, nodes] = accumulators;
    const projectKeys = Object.keys(project);
    if (accumulators.length !== 2 || count.push || !nodes.push) return null;
    if (
      projectKeys.length !== 2 ||
      projectKeys[0] !== count.name ||
      projectKeys[1] !== nodes.name ||
      project[count.name] !== 1
    )
      return null;
    const spec = project[nodes.name];
    if (
      !isPlainObject(spec) ||
      Object.keys(spec).length !== 1 ||
      !Array.isArray(spec.$slice) ||
      spec.$slice.length !== 2
    )
      return null;
    const [sliced, size] = spec.$slice as unknown[];
    if (sliced !== `$${nodes.name}` || typeof size !== 'number' || !Number.isInteger(size) || size < 1) return null;
    slice = size;
  }

  const matched = residual && !matchesEverything(residual) ? select(residual, source) : source;
  const sorted = sort ? sortedByScalars(matched, sort) : matched;
  if (!sorted) return null;
  const rows = new Map<string | number, { count: number; nodes: Document[] }>();
  for (const doc of sorted) {
    tick();
    const key = field === null ? (group._id as number) : doc[field];
    if (typeof key !== 'string' && field !== null) return null;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { count: 0, nodes: [] }));
    row.count++;
    if (row.nodes.length < slice) row.nodes.push(doc);
  }
  if (project) {
    // Fields in the order mingo's $project writes them: the computed slice, the kept count, then _id.
    const [count, nodes] = accumulators;
    return [...rows].map(([key, row]) => ({ [nodes.name]: row.nodes, [count.name]: row.count, _id: key }));
  }
  return [...rows].map(([key, row]) => {
    const out: Document = { _id: key };
    for (const { name, push } of accumulators) out[name] = push ? row.nodes.slice() : row.count;
    return out;
  });
}
