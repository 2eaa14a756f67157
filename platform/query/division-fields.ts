import type { Schema } from 'mongoose';
import { scopeToJurisdiction, type ScopeFilter } from '../access/data-scope.js';
import { divisionAncestry } from '../world/division-code.js';

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

/**
 * Keeps the ancestry in step with `divisionCode`, and puts the schema under the data layer's
 * jurisdiction scope (`data-scope.ts`): every division-owned record is scoped by construction.
 */
export function withDivisionAncestry<T extends Schema>(schema: T, scopeFilter?: ScopeFilter): T {
  scopeToJurisdiction(schema, scopeFilter);
  schema.pre('validate', function fillAncestry() {
    const code = this.get('divisionCode') as unknown;
    if (typeof code === 'string') this.set(divisionAncestry(code));
  });
  return schema;
}
