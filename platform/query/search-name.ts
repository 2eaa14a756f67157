import * as OpenCC from 'opencc-js/t2cn';
import type { Schema } from 'mongoose';
import { containsText } from './pagination.js';

/**
 * Names are stored as written (大港街道's in Traditional script, the rest in Simplified); search
 * goes through a normal form in Simplified script kept next to the name, so 兴华里 finds 興華里
 * and the other way round. OpenCC's dictionaries ship inside opencc-js: no network needed.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function searchName(text: string): string {
  return toSimplified(text);
}

/** Adds `searchName` to a schema with a `name` path and keeps it in step on every validated save. */
export function withSearchName<T extends Schema>(schema: T): T {
  schema.add({ searchName: { type: String } });
  schema.pre('validate', function fillSearchName() {
    const name = this.get('name') as unknown;
    if (typeof name === 'string') this.set('searchName', searchName(name));
  });
  return schema;
}

/** For writers that bypass mongoose documents (the seeders' bulk inserts): the same key, added by hand. */
export function withSearchNames<T>(model: { schema: Schema }, docs: readonly T[]): T[] {
  if (!model.schema.path('searchName')) return [...docs];
  return docs.map((doc) => {
    const name = (doc as { name?: unknown }).name;
    return typeof name === 'string' ? { ...doc, searchName: searchName(name) } : doc;
  });
}

/** The `nameContains` condition: a literal, case-insensitive match of the query's normal form. */
export function nameContains(text: string): { searchName: RegExp } {
  return { searchName: containsText(searchName(text)) };
}
