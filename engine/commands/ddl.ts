import type { Document } from 'bson';
import { Query } from 'mingo';
import { calculateObjectSize } from 'bson';
import { CommandError, badValue, namespaceNotFound } from '../errors.js';
import {
  namespace,
  optionalArray,
  optionalDocument,
  targetCollection,
  type CommandContext,
  type CommandHandler,
} from './context.js';

/** Fields every command may carry that are not collection options. */
const ENVELOPE_FIELDS = new Set([
  'create',
  'lsid',
  'txnNumber',
  'autocommit',
  'startTransaction',
  'writeConcern',
  'comment',
]);

function create(context: CommandContext): Document {
  const name = targetCollection(context);
  if (context.store.get(context.db, name)) {
    throw new CommandError(48, 'NamespaceExists', `Collection ${namespace(context, name)} already exists.`);
  }
  const options = Object.fromEntries(
    Object.entries(context.command).filter(([key]) => !ENVELOPE_FIELDS.has(key) && !key.startsWith('$')),
  );
  context.store.ensure(context.db, name, options);
  return { ok: 1 };
}

function listCollections(context: CommandContext): Document {
  const filter = optionalDocument(context.command, 'filter') ?? {};
  const infos = [...context.store.collections(context.db)].map(([name, collection]) => ({
    name,
    type: 'collection',
    options: collection.options,
    info: { readOnly: false },
    idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
  }));
  const query = new Query(filter, { scriptEnabled: false });
  const selected = infos.filter((info) => query.test(info));
  const docs = context.command.nameOnly ? selected.map(({ name, type }) => ({ name, type })) : selected;
  const cursor = optionalDocument(context.command, 'cursor');
  return context.cursors.first(`${context.db}.$cmd.listCollections`, docs, cursor?.batchSize as number | undefined);
}

function createIndexes(context: CommandContext): Document {
  const name = targetCollection(context);
  const specs = optionalArray(context.command, 'indexes');
  if (!specs || specs.length === 0) throw badValue('Must specify at least one index to create');
  const existed = context.store.get(context.db, name);
  const collection = context.store.ensure(context.db, name);
  const before = collection.indexSpecs().length;
  for (const spec of specs) collection.createIndex(spec);
  return {
    numIndexesBefore: before,
    numIndexesAfter: collection.indexSpecs().length,
    createdCollectionAutomatically: !existed,
    ok: 1,
  };
}

function listIndexes(context: CommandContext): Document {
  const name = targetCollection(context);
  const collection = context.store.get(context.db, name);
  if (!collection) throw namespaceNotFound(`ns does not exist: ${namespace(context, name)}`);
  const cursor = optionalDocument(context.command, 'cursor');
  return context.cursors.first(
    namespace(context, name),
    collection.indexSpecs(),
    cursor?.batchSize as number | undefined,
  );
}

function dropIndexes(context: CommandContext): Document {
  const name = targetCollection(context);
  const collection = context.store.get(context.db, name);
  if (!collection) throw namespaceNotFound(`ns not found ${namespace(context, name)}`);
  const before = collection.indexSpecs().length;
  const { index } = context.command;
  const names: string[] = [];
  if (index === '*')
    names.push(
      ...collection
        .indexSpecs()
        .slice(1)
        .map((spec) => spec.name as string),
    );
  else if (typeof index === 'string') names.push(index);
  else if (Array.isArray(index)) names.push(...index.map(String));
  else if (index && typeof index === 'object') {
    const found = collection.findIndexNameByKey(index as Document);
    if (!found) throw new CommandError(27, 'IndexNotFound', `can't find index with key: ${JSON.stringify(index)}`);
    names.push(found);
  } else throw badValue('dropIndexes needs an index name, key pattern, list of names or "*"');
  for (const indexName of names) {
    if (indexName === '_id_') throw new CommandError(72, 'InvalidOptions', 'cannot drop _id index');
    collection.dropIndex(indexName);
  }
  return { nIndexesWas: before, ok: 1 };
}

function collStats(context: CommandContext): Document {
  const name = targetCollection(context);
  const collection = context.store.get(context.db, name);
  const count = collection?.size ?? 0;
  const size = collection ? collection.all().reduce((total, doc) => total + calculateObjectSize(doc), 0) : 0;
  return {
    ns: namespace(context, name),
    count,
    size,
    avgObjSize: count ? Math.round(size / count) : 0,
    storageSize: size,
    nindexes: collection?.indexSpecs().length ?? 0,
    totalIndexSize: 0,
    ok: 1,
  };
}

function dbStats(context: CommandContext): Document {
  const collections = [...context.store.collections(context.db).values()];
  return {
    db: context.db,
    collections: collections.length,
    views: 0,
    objects: collections.reduce((total, collection) => total + collection.size, 0),
    indexes: collections.reduce((total, collection) => total + collection.indexSpecs().length, 0),
    dataSize: 0,
    storageSize: 0,
    ok: 1,
  };
}

export const ddlCommands: Record<string, CommandHandler> = {
  create,
  drop: (context) => {
    const name = targetCollection(context);
    const collection = context.store.get(context.db, name);
    context.store.drop(context.db, name);
    return { ns: namespace(context, name), nIndexesWas: collection?.indexSpecs().length ?? 0, ok: 1 };
  },
  dropDatabase: (context) => {
    context.store.dropDatabase(context.db);
    return { dropped: context.db, ok: 1 };
  },
  listCollections,
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
  collStats,
  dbStats,
};
