import type { Document } from 'bson';
import { canonicalKey, valuesAtPath } from '../bson-values.js';
import { tick } from '../deadline.js';
import { badValue, typeMismatch } from '../errors.js';
import { countFromIndex } from '../index-counts.js';
import { aggregate, find, matching } from '../query.js';
import {
  namespace,
  optionalArray,
  optionalDocument,
  optionalNumber,
  targetCollection,
  type CommandContext,
  type CommandHandler,
} from './context.js';

function findCommand(context: CommandContext): Document {
  const { command } = context;
  const name = targetCollection(context);
  const limit = optionalNumber(command, 'limit');
  const docs = find(context.data.get(context.db, name), {
    filter: optionalDocument(command, 'filter'),
    sort: optionalDocument(command, 'sort'),
    projection: optionalDocument(command, 'projection'),
    skip: optionalNumber(command, 'skip'),
    limit,
  });
  const singleBatch = Boolean(command.singleBatch) || (limit !== undefined && limit < 0);
  return context.cursors.first(namespace(context, name), docs, optionalNumber(command, 'batchSize'), singleBatch);
}

function getMore(context: CommandContext): Document {
  const id = Number(context.command.getMore?.valueOf());
  if (!Number.isFinite(id)) throw typeMismatch('getMore cursor id must be a long');
  return context.cursors.next(id, optionalNumber(context.command, 'batchSize'));
}

function killCursors(context: CommandContext): Document {
  const ids = (optionalArray(context.command, 'cursors') ?? []).map((id) => Number(id.valueOf()));
  return context.cursors.kill(ids);
}

function count(context: CommandContext): Document {
  const { command } = context;
  const collection = context.data.get(context.db, targetCollection(context));
  const query = optionalDocument(command, 'query');
  let n =
    query && Object.keys(query).length
      ? collection
        ? (countFromIndex(collection, query) ?? matching(collection, query).length)
        : 0
      : (collection?.size ?? 0);
  n = Math.max(0, n - (optionalNumber(command, 'skip') ?? 0));
  const limit = Math.abs(optionalNumber(command, 'limit') ?? 0);
  return { n: limit ? Math.min(n, limit) : n, ok: 1 };
}

function distinct(context: CommandContext): Document {
  const { command } = context;
  if (typeof command.key !== 'string') throw badValue("'key' must be a string");
  const docs = matching(context.data.get(context.db, targetCollection(context)), optionalDocument(command, 'query'));
  const seen = new Map<string, unknown>();
  for (const doc of docs) {
    tick();
    for (const value of valuesAtPath(doc, command.key)) {
      if (value !== undefined) seen.set(canonicalKey(value), value);
    }
  }
  return { values: [...seen.values()], ok: 1 };
}

function aggregateCommand(context: CommandContext): Document {
  const { command } = context;
  const pipeline = optionalArray(command, 'pipeline');
  if (!pipeline) throw badValue("'pipeline' option must be specified as an array");
  const name = typeof command.aggregate === 'string' ? command.aggregate : undefined;
  const collection = name ? context.data.get(context.db, name) : undefined;
  const docs = aggregate(context.data, context.db, collection, pipeline);
  const cursor = optionalDocument(command, 'cursor');
  return context.cursors.first(
    namespace(context, name ?? '$cmd.aggregate'),
    docs,
    cursor?.batchSize as number | undefined,
  );
}

export const readCommands: Record<string, CommandHandler> = {
  find: findCommand,
  getMore,
  killCursors,
  count,
  distinct,
  aggregate: aggregateCommand,
};
