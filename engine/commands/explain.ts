import type { Document } from 'bson';
import { Query } from 'mingo';
import { isPlainObject } from '../bson-values.js';
import { CommandError, badValue, invalidNamespace } from '../errors.js';
import { countFromIndex } from '../index-counts.js';
import { aggregate, find, matching, newTrace } from '../query.js';
import type { QueryTrace } from '../store-view.js';
import {
  namespace,
  optionalArray,
  optionalDocument,
  optionalNumber,
  targetCollection,
  type CommandContext,
  type CommandHandler,
} from './context.js';

/**
 * `explain` for `find`, `aggregate` (the leading `$match`) and `count`, in MongoDB's shape as far as
 * it applies: the inner command runs as it would (same index lookup, same predicate, no cursor kept)
 * and the plan is read off what it did: IXSCAN on the index whose hash lookup chose the candidates
 * under a FETCH, or a COLLSCAN; then SORT / SKIP / LIMIT / projection, or the later pipeline stages.
 * `executionStats` counts the documents the engine took in hand (every candidate, or the whole
 * collection), the index entries it read, and what it returned. Hash indexes give no order, so a sort
 * is always a SORT over every matching document.
 */
const VERBOSITIES = ['queryPlanner', 'executionStats', 'allPlansExecution'] as const;
type Verbosity = (typeof VERBOSITIES)[number];

/** One plan stage; `stats` is the executionStats part, shown only at that verbosity. */
interface PlanStage {
  stage: string;
  fields?: Document;
  stats?: Document;
  input?: PlanStage;
}

/** Commands MongoDB can explain that the engine runs but does not explain (yet). */
const NOT_EXPLAINED = new Set(['distinct', 'update', 'delete', 'findAndModify', 'findandmodify', 'mapReduce']);

function explain(context: CommandContext, known: ReadonlySet<string>): Document {
  const { command } = context;
  const inner = command.explain;
  if (!isPlainObject(inner)) throw badValue('explain command requires a nested object');
  const verbosity = (command.verbosity ?? 'allPlansExecution') as Verbosity;
  if (!VERBOSITIES.includes(verbosity))
    throw badValue(
      `Enumeration value '${String(command.verbosity)}' for field 'explain.verbosity' is not a valid value.`,
    );
  if (typeof inner.$db === 'string' && inner.$db !== context.db)
    throw invalidNamespace(`Mismatched $db in explain command. Expected ${context.db} but got ${inner.$db}`);
  const name = Object.keys(inner)[0];
  const explainer = name === undefined ? undefined : EXPLAINERS[name];
  if (!explainer) {
    if (name !== undefined && (known.has(name) || NOT_EXPLAINED.has(name)) && name !== 'explain')
      throw new CommandError(20, 'IllegalOperation', `Cannot explain cmd: ${name}`);
    if (name === 'explain') throw new CommandError(20, 'IllegalOperation', 'Explain cannot explain itself.');
    throw new CommandError(59, 'CommandNotFound', `Explain failed due to unknown command: ${name ?? ''}`);
  }
  const innerContext: CommandContext = { ...context, command: inner };
  const started = performance.now();
  const { ns, plan, parsedQuery, nReturned, trace } = explainer(innerContext);
  const executionTimeMillis = Math.round(performance.now() - started);
  const reply: Document = {
    explainVersion: '1',
    queryPlanner: {
      namespace: ns,
      parsedQuery: parsedQuery ?? {},
      indexFilterSet: false,
      winningPlan: planDocument(plan, false),
      rejectedPlans: [],
    },
  };
  if (verbosity !== 'queryPlanner') {
    reply.executionStats = {
      executionSuccess: true,
      nReturned,
      executionTimeMillis,
      totalKeysExamined: trace.counted ?? (trace.lookup ? trace.source.length : 0),
      totalDocsExamined:
        (plan.stage === 'RECORD_STORE_FAST_COUNT' || plan.stage === 'EOF' ? 0 : trace.source.length) + trace.foreign,
      executionStages: planDocument(plan, true),
      ...(verbosity === 'allPlansExecution' ? { allPlansExecution: [] } : {}),
    };
  }
  const { $db: _db, lsid: _lsid, $clusterTime: _clusterTime, ...shown } = inner;
  return {
    ...reply,
    command: { ...shown, $db: context.db },
    serverInfo: {
      host: context.identity.host,
      port: context.identity.port,
      version: '7.0.0',
      gitVersion: 'offline-engine',
    },
    ok: 1,
  };
}

function planDocument(stage: PlanStage, withStats: boolean): Document {
  const doc: Document = { stage: stage.stage, ...stage.fields, ...(withStats ? stage.stats : {}) };
  if (stage.input) doc.inputStage = planDocument(stage.input, withStats);
  return doc;
}

interface Explained {
  ns: string;
  plan: PlanStage;
  parsedQuery?: Document;
  nReturned: number;
  trace: QueryTrace;
}

/**
 * The stage that produced the candidates: FETCH over IXSCAN when an index lookup chose them (named
 * as the collection store names the index behind that field), else COLLSCAN; `predicate` is the
 * filter the engine ran over them, `matched` how many passed.
 */
function accessStage(context: CommandContext, collectionName: string, trace: QueryTrace, matched: number): PlanStage {
  const examined = trace.source.length;
  const filter = trace.predicate ? { filter: trace.predicate } : {};
  if (!trace.lookup)
    return {
      stage: 'COLLSCAN',
      fields: { ...filter, direction: 'forward' },
      stats: { nReturned: matched, docsExamined: examined },
    };
  const spec = context.store.get(context.db, collectionName)?.lookupIndexSpec(trace.lookup.field);
  const keyPattern = (spec?.key as Document | undefined) ?? { [trace.lookup.field]: 1 };
  const index = {
    keyPattern,
    indexName: (spec?.name as string | undefined) ?? `${trace.lookup.field}_1`,
    isMultiKey: false,
    isUnique: Boolean(spec?.unique) || trace.lookup.field === '_id',
    isSparse: Boolean(spec?.sparse),
    isPartial: Boolean(spec?.partialFilterExpression),
    indexVersion: 2,
  };
  if (trace.counted !== undefined) {
    // Counted off the index's id sets: no document fetched.
    return {
      stage: 'COUNT_SCAN',
      fields: index,
      stats: { nReturned: trace.counted, keysExamined: trace.counted, docsExamined: 0 },
    };
  }
  const ixscan: PlanStage = {
    stage: 'IXSCAN',
    fields: { ...index, direction: 'forward' },
    stats: { nReturned: examined, keysExamined: examined },
  };
  return { stage: 'FETCH', fields: filter, stats: { nReturned: matched, docsExamined: examined }, input: ixscan };
}

/** What a missing collection explains as. */
function eof(ns: string): Explained {
  return { ns, plan: { stage: 'EOF', stats: { nReturned: 0 } }, nReturned: 0, trace: newTrace() };
}

function explainFind(context: CommandContext): Explained {
  const { command } = context;
  const name = targetCollection(context);
  const ns = namespace(context, name);
  const filter = optionalDocument(command, 'filter');
  const sort = optionalDocument(command, 'sort');
  const projection = optionalDocument(command, 'projection');
  const skip = optionalNumber(command, 'skip');
  const limit = optionalNumber(command, 'limit');
  const collection = context.data.get(context.db, name);
  if (!collection) return eof(ns);
  const trace = newTrace();
  const docs = find(collection, { filter, sort, projection, skip, limit }, trace);
  const matched = trace.matched ?? 0;
  let plan = accessStage(context, name, trace, matched);
  let flowing = matched;
  const sortKeys = sort ? Object.keys(sort).filter((key) => key !== '$natural') : [];
  const limitAmount = limit ? Math.abs(limit) : 0;
  if (sortKeys.length) {
    const kept = limitAmount ? Math.min(flowing, (skip ?? 0) + limitAmount) : flowing;
    plan = {
      stage: 'SORT',
      fields: { sortPattern: sort, type: 'simple', ...(limitAmount ? { limitAmount: (skip ?? 0) + limitAmount } : {}) },
      stats: { nReturned: kept },
      input: plan,
    };
    flowing = kept;
  }
  if (skip) {
    flowing = Math.max(0, flowing - skip);
    plan = { stage: 'SKIP', fields: { skipAmount: skip }, stats: { nReturned: flowing }, input: plan };
  }
  if (limitAmount && !sortKeys.length) {
    flowing = Math.min(flowing, limitAmount);
    plan = { stage: 'LIMIT', fields: { limitAmount }, stats: { nReturned: flowing }, input: plan };
  }
  if (projection && Object.keys(projection).length)
    plan = {
      stage: 'PROJECTION_DEFAULT',
      fields: { transformBy: projection },
      stats: { nReturned: docs.length },
      input: plan,
    };
  return { ns, plan, parsedQuery: filter, nReturned: docs.length, trace };
}

function explainCount(context: CommandContext): Explained {
  const { command } = context;
  const name = targetCollection(context);
  const ns = namespace(context, name);
  const query = optionalDocument(command, 'query');
  const skip = optionalNumber(command, 'skip');
  const limit = optionalNumber(command, 'limit');
  const collection = context.data.get(context.db, name);
  if (!collection) return { ...eof(ns), plan: { stage: 'COUNT', stats: { nReturned: 0 }, input: eof(ns).plan } };
  const counted = { ...(limit ? { limitAmount: Math.abs(limit) } : {}), ...(skip ? { skipAmount: skip } : {}) };
  if (!query || Object.keys(query).length === 0) {
    // The engine reads the collection's size, as MongoDB reads its record store's count.
    return {
      ns,
      plan: { stage: 'RECORD_STORE_FAST_COUNT', fields: counted, stats: { nReturned: 0 } },
      parsedQuery: {},
      nReturned: 0,
      trace: newTrace(),
    };
  }
  const trace = newTrace();
  const n = countFromIndex(collection, query, trace) ?? matching(collection, query, trace).length;
  return {
    ns,
    plan: { stage: 'COUNT', fields: counted, stats: { nReturned: 0 }, input: accessStage(context, name, trace, n) },
    parsedQuery: query,
    nReturned: 0,
    trace,
  };
}

/** MongoDB's names for the pipeline stages it runs in its query layer; the others keep their own name. */
const PIPELINE_STAGES: Record<string, string> = {
  $match: 'MATCH',
  $sort: 'SORT',
  $group: 'GROUP',
  $project: 'PROJECTION_DEFAULT',
  $limit: 'LIMIT',
  $skip: 'SKIP',
  $unwind: 'UNWIND',
  $lookup: 'EQ_LOOKUP',
  $count: 'GROUP',
};

function explainAggregate(context: CommandContext): Explained {
  const { command } = context;
  const pipeline = optionalArray(command, 'pipeline');
  if (!pipeline) throw badValue("'pipeline' option must be specified as an array");
  const name = typeof command.aggregate === 'string' ? command.aggregate : undefined;
  const ns = namespace(context, name ?? '$cmd.aggregate');
  const collection = name ? context.data.get(context.db, name) : undefined;
  if (name && !collection) return eof(ns);
  const trace = newTrace();
  const docs = aggregate(context.data, context.db, collection, pipeline, trace);
  const leading = isPlainObject(pipeline[0]?.$match) ? (pipeline[0].$match as Document) : undefined;
  // How many candidates pass the leading $match: the pipeline runs that predicate first (mingo or the
  // one-pass grouping); counted here again, since the pipeline does not report it.
  const matched = trace.predicate
    ? new Query(trace.predicate, { scriptEnabled: false }).find(trace.source).all().length
    : trace.source.length;
  let plan = accessStage(context, name ?? '', trace, matched);
  const rest = leading ? pipeline.slice(1) : pipeline;
  for (const [i, stage] of rest.entries()) {
    const key = Object.keys(stage)[0] ?? '';
    const last = i === rest.length - 1;
    plan = {
      stage: PIPELINE_STAGES[key] ?? key,
      fields: { [key]: stage[key] },
      ...(last ? { stats: { nReturned: docs.length } } : {}),
      input: plan,
    };
  }
  return { ns, plan, parsedQuery: leading, nReturned: docs.length, trace };
}

const EXPLAINERS: Record<string, (context: CommandContext) => Explained> = {
  find: explainFind,
  count: explainCount,
  aggregate: explainAggregate,
};

/** The `explain` command; `known` are the engine's command names (a known one it cannot explain is IllegalOperation). */
export function explainCommand(known: ReadonlySet<string>): CommandHandler {
  return (context) => explain(context, known);
}
