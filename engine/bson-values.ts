import { Binary, Decimal128, ObjectId, Timestamp, type Document } from 'bson';

/**
 * Canonical string for a BSON value, used as a hash-index key. Two values get the same key exactly
 * when MongoDB's equality treats them as equal for index purposes: numbers by value (1, 1.0 and a
 * promoted int64 agree), ObjectIds by hex, dates by millis, sub-documents field by field in order.
 * A missing value and null share a key, as they do in a MongoDB index.
 */
export function canonicalKey(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return `n:${value === 0 ? 0 : value}`;
    case 'bigint':
      return `n:${value}`;
    case 'string':
      return `s:${value}`;
    case 'boolean':
      return value ? 'b:1' : 'b:0';
    case 'object':
      return objectKey(value);
    default:
      return `?:${String(value)}`;
  }
}

function objectKey(value: object): string {
  if (value instanceof ObjectId) return `o:${value.toHexString()}`;
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (Array.isArray(value)) return `[${value.map(canonicalKey).join(',')}]`;
  if (value instanceof Binary) return `x:${value.sub_type}:${Buffer.from(value.buffer).toString('hex')}`;
  if (value instanceof Decimal128) return `n:${Number(value.toString())}`;
  if (value instanceof Timestamp) return `t:${value.toString()}`;
  if (value instanceof RegExp) return `r:${value.source}/${value.flags}`;
  const bsonType = (value as { _bsontype?: string })._bsontype;
  if (bsonType === 'Long' || bsonType === 'Int32' || bsonType === 'Double') return `n:${Number(value.valueOf())}`;
  if (bsonType) return `${bsonType}:${String(value)}`;
  const parts = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${canonicalKey(v)}`);
  return `{${parts.join(',')}}`;
}

/** True for a plain sub-document (not an array, date, ObjectId or other BSON class). */
export function isPlainObject(value: unknown): value is Document {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Deep copy of a stored document. BSON value classes are immutable in practice and shared; dates are
 * copied because `$currentDate`-style code could mutate them.
 */
export function cloneDocument<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneDocument) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (!isPlainObject(value)) return value;
  const copy: Document = {};
  for (const key of Object.keys(value)) copy[key] = cloneDocument(value[key]);
  return copy as T;
}

/**
 * Every value a dotted path reaches in a document, fanning out through arrays the way MongoDB's
 * multikey indexes do. A path that reaches nothing yields `[undefined]` (indexed as null).
 */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out.length === 0 ? [undefined] : out;
}

function collect(value: unknown, parts: string[], at: number, out: unknown[]): void {
  if (at === parts.length) {
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(undefined);
      else out.push(...value);
    } else out.push(value);
    return;
  }
  if (Array.isArray(value)) {
    const part = parts[at];
    if (/^\d+$/.test(part) && Number(part) < value.length) collect(value[Number(part)], parts, at + 1, out);
    for (const item of value) if (isPlainObject(item)) collect(item, parts, at, out);
    return;
  }
  if (isPlainObject(value)) collect(value[parts[at]], parts, at + 1, out);
}

/** The value at a dotted path without array fan-out (first array element paths by index only). */
export function valueAtPath(doc: Document, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Document)[part];
  }
  return value;
}

/** Sets a dotted path, creating intermediate sub-documents (used to seed upserted documents). */
export function setAtPath(doc: Document, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = doc;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(target[part])) target[part] = {};
    target = target[part] as Document;
  }
  target[parts[parts.length - 1]] = value;
}

/** Renders a value the way MongoDB prints it inside an E11000 `dup key: { ... }` message. */
export function shellString(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof ObjectId) return `ObjectId('${value.toHexString()}')`;
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (Array.isArray(value)) return `[ ${value.map(shellString).join(', ')} ]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => `${k}: ${shellString(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return String(value);
}
