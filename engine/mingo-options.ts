import { Query } from 'mingo';
import { Aggregator as BaseAggregator } from 'mingo/aggregator';
import { Context } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import type { Document } from 'bson';
import type { Options } from 'mingo/types';
import type { Iterator as LazyIterator } from 'mingo/lazy';
import { tick } from './deadline.js';

/** `$where`, `$function` and `$accumulator` would run client-supplied JavaScript: keep them off. */
export const BASE_OPTIONS: Partial<Options> = { scriptEnabled: false };

type Stage = (coll: LazyIterator, expr: unknown, options: unknown) => LazyIterator;

const passing = <T>(doc: T): T => {
  tick();
  return doc;
};

/**
 * mingo's operators with every pipeline stage ticking the command's deadline (`deadline.ts`) for
 * each document it takes in: top-level stages and the sub-pipelines of `$lookup`, `$facet`,
 * `$unionWith` alike, since they run with the same options. Accumulators tick once per group.
 */
const TICKING_CONTEXT = Context.init({
  accumulator: Object.fromEntries(
    Object.entries(accumulatorOperators).map(([name, op]) => [
      name,
      (...args: unknown[]) => (tick(), (op as (...a: unknown[]) => unknown)(...args)),
    ]),
  ) as never,
  expression: expressionOperators as never,
  pipeline: Object.fromEntries(
    Object.entries(pipelineOperators).map(([name, op]) => [
      name,
      ((coll, expr, options) => (op as Stage)(coll.map(passing), expr, options)) as Stage,
    ]),
  ) as never,
  projection: projectionOperators as never,
  query: queryOperators as never,
  window: windowOperators as never,
});

/** mingo's Aggregator over `TICKING_CONTEXT` (the package's default export would put its own operators first). */
export class TickingAggregator extends BaseAggregator {
  constructor(pipeline: Document[], options: Partial<Options> = {}) {
    super(pipeline, { ...BASE_OPTIONS, ...options, context: TICKING_CONTEXT });
  }
}

/** The documents of `docs` matching `filter`, in order (mingo's `Query.find(docs).all()`), ticking per document. */
export function select(filter: Document, docs: readonly Document[]): Document[] {
  const query = new Query(filter, BASE_OPTIONS);
  const kept: Document[] = [];
  for (let i = 0; i < docs.length; i++) {
    tick();
    if (query.test(docs[i])) kept.push(docs[i]);
  }
  return kept;
}
