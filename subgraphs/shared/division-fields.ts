import type { Schema } from 'mongoose';
import { divisionAncestry } from './division-code.js';

/**
 * Schema paths for records that belong to a division: the most specific code plus its
 * denormalised ancestry, each indexed, so "everything in street X" is an indexed equality.
 * Spread into a schema definition; `withDivisionAncestry` keeps the ancestry in step.
 */
export const divisionPaths = {
  divisionCode: { type: String, required: true },
  districtCode: { type: String, required: true, index: true },
  streetCode: { type: String, default: null, index: true },
  communityCode: { type: String, default: null, index: true },
  gridCode: { type: String, default: null, index: true },
} as const;

export function withDivisionAncestry<T extends Schema>(schema: T): T {
  schema.pre('validate', function fillAncestry() {
    const code = this.get('divisionCode') as unknown;
    if (typeof code === 'string') this.set(divisionAncestry(code));
  });
  return schema;
}
