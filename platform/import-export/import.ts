import mongoose, { type Connection } from 'mongoose';
import { RECORD_KEY_FIELD } from '../access/disclosure-control.js';
import { unscoped } from '../access/elevations.js';
import type { CollectionSpec, FieldError } from './collection.js';
import type { InputFile, InputRow } from './read.js';

/**
 * Imports rows into one collection. Every row is validated by the owning subgraph's mongoose
 * schema (types, required fields, enums, ranges), against the division tree, and by the
 * collection's own checks (check digits, references); valid rows are upserted on the natural key,
 * one single-document write per row, so a row is written whole or not at all and importing the
 * same file again changes nothing.
 */
export interface RowError extends FieldError {
  row: number;
}

interface ImportReport {
  collection: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
}

/** A problem with the file as a whole (unknown columns): nothing is imported. */
export class ImportFileError extends Error {}

const BATCH = 1_000;
const DATE_ONLY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** Loads an operator's file into any division: runs under the named `import` elevation. */
export function importRows(
  connection: Connection,
  spec: CollectionSpec,
  file: InputFile,
  divisions: ReadonlySet<string>,
): Promise<ImportReport> {
  return unscoped('import', () => importElevated(connection, spec, file, divisions));
}

async function importElevated(
  connection: Connection,
  spec: CollectionSpec,
  file: InputFile,
  divisions: ReadonlySet<string>,
): Promise<ImportReport> {
  const model = spec.model(connection);
  const fieldOf = headerMap(spec);
  const present = presentFields(spec, file.headers, fieldOf);
  const rows: readonly InputRow[] = file.rows;
  const checkReferences = spec.prepare ? await spec.prepare(connection) : () => [];
  const errors: RowError[] = [];
  const valid: { row: number; doc: Record<string, unknown> }[] = [];
  const seenKeys = new Map<string, number>();

  for (const { row, values } of rows) {
    const input: Record<string, unknown> = {};
    for (const [header, raw] of Object.entries(values))
      input[fieldOf.get(header.trim())!] = cell(raw, model.schema.path(fieldOf.get(header.trim())!)?.instance);
    const { id, ...fields } = input;
    const rowErrors: FieldError[] = checkReferences(fields);
    const document = new model({ ...fields, ...(id === null || id === undefined ? {} : { _id: String(id) }) });
    await document.validate().catch((error: unknown) => {
      if (!(error instanceof mongoose.Error.ValidationError)) throw error;
      for (const [path, failure] of Object.entries(error.errors))
        rowErrors.push({ field: path, reason: failure.message });
    });
    const doc = document.toObject() as Record<string, unknown>;
    if (typeof doc.divisionCode === 'string' && !divisions.has(doc.divisionCode)) {
      rowErrors.push({ field: 'divisionCode', reason: `${doc.divisionCode} is not a division in the division tree` });
    }
    if (rowErrors.length === 0) rowErrors.push(...(spec.check?.(doc) ?? []));
    if (rowErrors.length === 0) {
      const key = JSON.stringify(spec.naturalKey.map((field) => doc[field]));
      const earlier = seenKeys.get(key);
      if (earlier !== undefined)
        rowErrors.push({
          field: spec.naturalKey.join('+'),
          reason: `same ${spec.naturalKey.join(' + ')} as row ${earlier}`,
        });
      else seenKeys.set(key, row);
    }
    if (rowErrors.length > 0) errors.push(...ordered(rowErrors, spec).map((error) => ({ row, ...error })));
    else valid.push({ row, doc });
  }

  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < valid.length; i += BATCH) {
    const batch = valid.slice(i, i + BATCH);
    const result = await model.collection
      .bulkWrite(
        batch.map(({ doc }) => ({ updateOne: upsert(spec, doc, present) })),
        { ordered: false },
      )
      .catch((error: unknown) => {
        if (!(error instanceof mongoose.mongo.MongoBulkWriteError)) throw error;
        for (const failure of error.writeErrors as mongoose.mongo.WriteError[]) {
          const keys = Object.keys((failure.err as { keyPattern?: object }).keyPattern ?? {});
          errors.push({
            row: batch[failure.index].row,
            field: keys.join('+') || 'row',
            reason: failure.errmsg ?? 'write refused',
          });
        }
        return error.result;
      });
    counts.inserted += result.upsertedCount;
    counts.updated += result.modifiedCount;
    counts.unchanged += result.matchedCount - result.modifiedCount;
  }
  errors.sort((a, b) => a.row - b.row);
  return { collection: spec.name, rows: rows.length, ...counts, errors };
}

/** Header → field: the column names, their Chinese labels, and `id`. Unknown headers refuse the file. */
function headerMap(spec: CollectionSpec): Map<string, string> {
  const map = new Map<string, string>([
    ['id', 'id'],
    ['编号', 'id'],
  ]);
  for (const column of spec.columns) map.set(column, column);
  for (const [column, label] of Object.entries(spec.labels)) map.set(label, column);
  return map;
}

function presentFields(spec: CollectionSpec, headers: readonly string[], fieldOf: Map<string, string>): Set<string> {
  const unknown = headers.filter((header) => !fieldOf.has(header));
  if (unknown.length > 0) {
    throw new ImportFileError(
      `unknown column(s) ${unknown.join(', ')}; ${spec.name} has ${['id', ...spec.columns].join(', ')} (or their Chinese labels)`,
    );
  }
  return new Set(headers.map((header) => fieldOf.get(header)!));
}

/** Blank cells are null; a date without a time is that day in China Standard Time. */
function cell(raw: unknown, instance: string | undefined): unknown {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') return raw;
  const text = raw.trim();
  if (text === '') return null;
  const day = instance === 'Date' ? DATE_ONLY.exec(text) : null;
  if (day) return new Date(`${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}T00:00:00+08:00`);
  return text;
}

/**
 * Columns present in the file and fields derived from them (division ancestry, search name)
 * are set; everything else (the id, defaults of absent columns) only on insert, so a file
 * with fewer columns never blanks what it does not mention. The record key belongs with the id
 * (disclosure-control.ts): it is written once, with the record, and never changes.
 */
function upsert(spec: CollectionSpec, doc: Record<string, unknown>, present: ReadonlySet<string>) {
  const set: Record<string, unknown> = {};
  const setOnInsert: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(doc)) {
    const derived = field !== '_id' && field !== RECORD_KEY_FIELD && !spec.columns.includes(field);
    if (derived || present.has(field)) set[field] = value;
    else setOnInsert[field] = value;
  }
  const filter = Object.fromEntries(spec.naturalKey.map((field) => [field, doc[field]]));
  return { filter, update: { $set: set, $setOnInsert: setOnInsert }, upsert: true };
}

function ordered(errors: FieldError[], spec: CollectionSpec): FieldError[] {
  const rank = (field: string) => {
    const index = spec.columns.indexOf(field);
    return index === -1 ? spec.columns.length : index;
  };
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}
