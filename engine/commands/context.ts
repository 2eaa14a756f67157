import type { Document } from 'bson';
import type { CursorRegistry } from '../cursors.js';
import type { StoreView } from '../store-view.js';
import type { DatabaseStore } from '../database-store.js';
import { badValue, invalidNamespace } from '../errors.js';

/** What the server announces about itself in `hello`. */
export interface ServerIdentity {
  host: string;
  port: number;
  /** The one-member replica set the engine poses as: drivers only run transactions on replica sets. */
  replicaSetName: string;
  startedAt: Date;
}

export interface CommandContext {
  /** The committed databases, for admin and DDL commands (never run inside a transaction). */
  store: DatabaseStore;
  /** What reads and writes go through: the committed store, or the session's transaction view. */
  data: StoreView;
  cursors: CursorRegistry;
  identity: ServerIdentity;
  connectionId: number;
  db: string;
  command: Document;
}

export type CommandHandler = (context: CommandContext) => Document;

/** The collection a command names in its first field (e.g. `{ find: "users" }`). */
export function targetCollection(context: CommandContext): string {
  const name = Object.values(context.command)[0];
  if (typeof name !== 'string' || name === '') {
    throw invalidNamespace(`collection name has invalid type ${typeof name}`);
  }
  return name;
}

export function namespace(context: CommandContext, collection: string): string {
  return `${context.db}.${collection}`;
}

export function optionalDocument(command: Document, field: string): Document | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw badValue(`'${field}' must be an object`);
  return value as Document;
}

export function optionalArray(command: Document, field: string): Document[] | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw badValue(`'${field}' must be an array`);
  return value as Document[];
}

export function optionalNumber(command: Document, field: string): number | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'object' ? Number(value.valueOf()) : value;
  if (typeof number !== 'number' || Number.isNaN(number)) throw badValue(`'${field}' must be a number`);
  return number;
}
