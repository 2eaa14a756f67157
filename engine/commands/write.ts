import type { Document } from 'bson';
import { canonicalKey } from '../bson-values.js';
import type { CollectionView } from '../store-view.js';
import { isInterruption, tick } from '../deadline.js';
import { asCommandError, badValue, failedToParse, isTransientTransactionError } from '../errors.js';
import { find, matching, project } from '../query.js';
import { applyUpdate, buildUpsert, type UpdateSpec } from '../update-document.js';
import {
  optionalArray,
  optionalDocument,
  targetCollection,
  type CommandContext,
  type CommandHandler,
} from './context.js';

/** A per-item failure inside an `ok: 1` write reply, shaped as MongoDB reports it. */
function writeError(index: number, error: unknown): Document {
  const { code, message, extra } = asCommandError(error);
  return { index, code, errmsg: message, ...extra };
}

/**
 * Runs each item; an ordered batch stops at the first failure, an unordered one carries on. Inside a
 * transaction every batch stops at its first failure, and a transient error (WriteConflict) fails the
 * whole command so the driver sees its label and retries the transaction, as MongoDB does.
 */
function eachItem<T>(context: CommandContext, items: T[], run: (item: T, index: number) => void): Document[] {
  const inTransaction = context.command.autocommit === false;
  const ordered = context.command.ordered !== false || inTransaction;
  const errors: Document[] = [];
  for (const [index, item] of items.entries()) {
    try {
      run(item, index);
    } catch (error) {
      if (inTransaction && isTransientTransactionError(error)) throw error;
      // MaxTimeMSExpired fails the whole batch, as MongoDB's interruptions do.
      if (isInterruption(error)) throw error;
      errors.push(writeError(index, error));
      if (ordered) break;
    }
  }
  return errors;
}

function withErrors(reply: Document, errors: Document[]): Document {
  return errors.length ? { ...reply, writeErrors: errors, ok: 1 } : { ...reply, ok: 1 };
}

function insert(context: CommandContext): Document {
  const documents = optionalArray(context.command, 'documents');
  if (!documents) throw failedToParse("missing 'documents' array");
  const collection = context.data.ensure(context.db, targetCollection(context));
  let n = 0;
  const errors = eachItem(context, documents, (doc) => {
    collection.insert(doc);
    n++;
  });
  return withErrors({ n }, errors);
}

/** The new version of one stored document, or null when the update changes nothing. */
function updated(current: Document, update: UpdateSpec, filter: Document, arrayFilters?: Document[]): Document | null {
  const after = applyUpdate(current, update, { filter, arrayFilters });
  return canonicalKey(after) === canonicalKey(current) ? null : after;
}

/** Applies an update to one stored document; a no-op update writes nothing. */
function updateStored(
  collection: CollectionView,
  current: Document,
  update: UpdateSpec,
  filter: Document,
  arrayFilters?: Document[],
): { after: Document; modified: boolean } {
  const after = updated(current, update, filter, arrayFilters);
  if (!after) return { after: current, modified: false };
  collection.replace(current, after);
  return { after, modified: true };
}

/**
 * Updates `targets` in two phases: every new version is computed first (the part `maxTimeMS` may
 * cut short, so an expired statement writes nothing), then they are stored without interruption.
 * A document the update fails on stops the statement there: the versions computed before it are
 * stored, as applying them one by one did (and as MongoDB does), then the error is thrown.
 */
function updateAll(
  collection: CollectionView,
  targets: Document[],
  statement: UpdateStatement,
  filter: Document,
  counts: { n: number; nModified: number },
): void {
  const versions: Array<{ index: number; current: Document; after: Document }> = [];
  let failure: { index: number; error: unknown } | undefined;
  for (const [index, current] of targets.entries()) {
    tick();
    try {
      const after = updated(current, statement.u!, filter, statement.arrayFilters);
      if (after) versions.push({ index, current, after });
    } catch (error) {
      if (isInterruption(error)) throw error;
      failure = { index, error };
      break;
    }
  }
  // Counted as the one-by-one loop counted: every document up to the failing one matched.
  for (const { index, current, after } of versions) {
    try {
      collection.replace(current, after);
    } catch (error) {
      counts.n += index + 1;
      throw error;
    }
    counts.nModified++;
  }
  counts.n += failure ? failure.index + 1 : targets.length;
  if (failure) throw failure.error;
}

interface UpdateStatement {
  q?: Document;
  u?: UpdateSpec;
  upsert?: boolean;
  multi?: boolean;
  arrayFilters?: Document[];
}

function update(context: CommandContext): Document {
  const statements = optionalArray(context.command, 'updates') as UpdateStatement[] | undefined;
  if (!statements) throw failedToParse("missing 'updates' array");
  const collection = context.data.ensure(context.db, targetCollection(context));
  const counts = { n: 0, nModified: 0 };
  const upserted: Document[] = [];
  const errors = eachItem(context, statements, (statement, index) => {
    const filter = statement.q ?? {};
    if (!statement.u || typeof statement.u !== 'object')
      throw failedToParse("'u' must be an update document or pipeline");
    const isReplacement = !Array.isArray(statement.u) && !Object.keys(statement.u)[0]?.startsWith('$');
    if (statement.multi && isReplacement && Object.keys(statement.u).length > 0) {
      throw failedToParse('multi update is not supported for replacement-style update');
    }
    const matches = matching(collection, filter);
    const targets = statement.multi ? matches : matches.slice(0, 1);
    if (targets.length === 0 && statement.upsert) {
      const doc = collection.insert(buildUpsert(filter, statement.u, statement.arrayFilters));
      upserted.push({ index, _id: doc._id });
      counts.n++;
      return;
    }
    updateAll(collection, targets, statement, filter, counts);
  });
  const reply: Document = { n: counts.n, nModified: counts.nModified };
  if (upserted.length) reply.upserted = upserted;
  return withErrors(reply, errors);
}

function deleteCommand(context: CommandContext): Document {
  const statements = optionalArray(context.command, 'deletes');
  if (!statements) throw failedToParse("missing 'deletes' array");
  const collection = context.data.get(context.db, targetCollection(context));
  let n = 0;
  const errors = eachItem(context, statements, (statement) => {
    if (!collection) return;
    const limit = Number(statement.limit ?? 0);
    const matches = matching(collection, statement.q ?? {});
    for (const doc of limit === 1 ? matches.slice(0, 1) : matches) {
      collection.remove(doc);
      n++;
    }
  });
  return withErrors({ n }, errors);
}

function findAndModify(context: CommandContext): Document {
  const { command } = context;
  const filter = optionalDocument(command, 'query') ?? {};
  const fields = optionalDocument(command, 'fields');
  const arrayFilters = optionalArray(command, 'arrayFilters');
  const update = command.update as UpdateSpec | undefined;
  if (!command.remove && (!update || typeof update !== 'object'))
    throw failedToParse('Either an update or remove=true must be specified');
  if (command.remove && command.upsert) throw failedToParse('Cannot specify both an upsert and remove=true');
  const collection = context.data.ensure(context.db, targetCollection(context));
  const [current] = find(collection, { filter, sort: optionalDocument(command, 'sort'), limit: 1 });
  if (command.remove) {
    if (current) collection.remove(current);
    return { lastErrorObject: { n: current ? 1 : 0 }, value: current ? project(current, fields) : null, ok: 1 };
  }
  if (!update) throw badValue('update is required');
  if (current) {
    const { after } = updateStored(collection, current, update, filter, arrayFilters);
    const value = command.new ? after : current;
    return { lastErrorObject: { n: 1, updatedExisting: true }, value: project(value, fields), ok: 1 };
  }
  if (command.upsert) {
    const doc = collection.insert(buildUpsert(filter, update, arrayFilters));
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: doc._id },
      value: command.new ? project(doc, fields) : null,
      ok: 1,
    };
  }
  return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
}

export const writeCommands: Record<string, CommandHandler> = {
  insert,
  update,
  delete: deleteCommand,
  findAndModify,
  findandmodify: findAndModify,
};
