import type { Collection, Connection, Schema } from 'mongoose';
import type { Domain } from '../contract/identity.js';

/**
 * What the import and export scripts need to know about one collection. Each domain declares
 * its own next to its models (`subgraphs/<domain>/import.ts`); the driver here is generic.
 */
export interface FieldError {
  field: string;
  reason: string;
}

/**
 * Checks of a row's references that need the database, prepared once per run. Runs on the row
 * before schema validation and may fill fields derived from the referenced record.
 */
export type RowCheck = (fields: Record<string, unknown>) => FieldError[];

/** What the driver uses of a subgraph's mongoose model: documents to validate, the schema, the raw collection. */
export interface ImportableModel {
  new (doc: Record<string, unknown>): { validate(): Promise<void>; toObject(): unknown };
  schema: Schema;
  collection: Collection;
}

export interface CollectionSpec {
  /** Name on the command line, e.g. `residents`. */
  name: string;
  domain: Domain;
  /** The mongoose model of the owning subgraph: its schema validation is the import's. */
  model(connection: Connection): ImportableModel;
  /** Columns in file order (export) and accepted on import; `id` is always accepted too. */
  columns: readonly string[];
  /** Chinese headers accepted on import as aliases of the columns (what offices' spreadsheets use). */
  labels: Readonly<Record<string, string>>;
  /** Fields that identify a record in the real world; re-importing a row updates that record. */
  naturalKey: readonly string[];
  /** Fields holding personal information (exported in full: the export is an admin tool). */
  personalFields: readonly string[];
  /** Reference checks (the recipient exists, the organization exists). */
  prepare?(connection: Connection): Promise<RowCheck>;
  /** Checks that need no database: check digits, formats. */
  check?(doc: Record<string, unknown>): FieldError[];
}

/** A collection as a domain declares it: each column once, with its Chinese header. */
type CollectionDeclaration = Omit<CollectionSpec, 'columns' | 'labels'> & {
  /** Column → Chinese header, in file order (export) and accepted on import under either name. */
  columns: Readonly<Record<string, string>>;
};

/** The spec the driver uses, from a declaration that names every column once (so names and headers cannot drift apart). */
export function defineCollection(declaration: CollectionDeclaration): CollectionSpec {
  return { ...declaration, columns: Object.keys(declaration.columns), labels: declaration.columns };
}
