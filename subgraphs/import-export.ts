import { ASSISTANCE_CASES, RESIDENTS } from './civil-affairs/import.js';
import { ENTERPRISES } from './economy/import.js';
import { PARTY_MEMBERS } from './party-building/import.js';
import type { CollectionSpec } from '../platform/import-export/collection.js';
import { FACILITIES, INCIDENTS } from './urban-management/import.js';

/**
 * The collections `npm run import` and `npm run export` handle: the registers a street office
 * keeps in spreadsheets today. Each is declared by its own subgraph.
 */
export const COLLECTIONS: readonly CollectionSpec[] = [
  RESIDENTS,
  ASSISTANCE_CASES,
  ENTERPRISES,
  PARTY_MEMBERS,
  INCIDENTS,
  FACILITIES,
];

export function collectionSpec(name: string | undefined): CollectionSpec {
  const spec = COLLECTIONS.find((candidate) => candidate.name === name);
  if (!spec)
    throw new Error(`unknown collection "${name ?? ''}"; expected one of ${COLLECTIONS.map((c) => c.name).join(', ')}`);
  return spec;
}
