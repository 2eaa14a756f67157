import { isValidMobile } from '../world/identifiers.js';
import type { FieldError } from './collection.js';

/** A phone field, when filled, holds an 11-digit mobile number. */
export function mobileNumber(doc: Record<string, unknown>, field: string): FieldError[] {
  const value = doc[field];
  return typeof value === 'string' && !isValidMobile(value) ? [{ field, reason: 'not an 11-digit mobile number' }] : [];
}
