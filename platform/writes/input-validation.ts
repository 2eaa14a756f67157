import { divisionLevelOf, parseDivisionCode, type DivisionLevel } from '../world/division-code.js';
import { badUserInput } from '../contract/errors.js';
import { isValidCreditCode, isValidIdNumber, isValidMobile } from '../world/identifiers.js';
import { divisionByCode } from '../world/divisions.js';

/**
 * Checks on mutation input, each naming the field at fault as the client wrote it
 * (`input.amountYuan`). Mutations validate everything before their first write, so a refused
 * request leaves the database untouched.
 */

export function requiredText(value: string, field: string, maxLength = 200): string {
  const trimmed = value.trim();
  if (trimmed === '') throw badUserInput(field, 'required, must not be blank');
  if (trimmed.length > maxLength) throw badUserInput(field, `at most ${maxLength} characters`);
  return trimmed;
}

export function optionalText(value: string | null | undefined, field: string, maxLength = 2000): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(value, field, maxLength);
}

/** Money arrives in yuan with at most two decimals and is stored as integer fen (分). */
export function yuanToFen(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0) throw badUserInput(field, 'an amount in yuan must be zero or more');
  const fen = Math.round(value * 100);
  if (Math.abs(fen - value * 100) > 1e-6) throw badUserInput(field, 'an amount in yuan has at most two decimals (fen)');
  if (!Number.isSafeInteger(fen)) throw badUserInput(field, 'amount too large');
  return fen;
}

export function positiveInteger(value: number, field: string, maximum = 1_000_000): number {
  if (!Number.isInteger(value) || value < 1 || value > maximum)
    throw badUserInput(field, `an integer from 1 to ${maximum}`);
  return value;
}

/** For things that already happened (a report, a payment): a time after `now` is a typing error. */
export function notInFuture(value: Date, field: string, now: Date): Date {
  if (Number.isNaN(value.getTime())) throw badUserInput(field, 'not a valid date and time');
  if (value.getTime() > now.getTime()) throw badUserInput(field, 'must not be in the future');
  return value;
}

/** A calendar month `YYYY-MM`; `notAfter` (also `YYYY-MM`) refuses months that have not begun. */
export function parseMonth(value: string, field: string, notAfter?: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw badUserInput(field, 'a month is written YYYY-MM, e.g. 2024-03');
  if (notAfter !== undefined && value > notAfter)
    throw badUserInput(field, `must not be after the current month ${notAfter}`);
  return value;
}

export function validIdNumber(value: string, field: string): string {
  const upper = value.trim().toUpperCase();
  if (!isValidIdNumber(upper))
    throw badUserInput(field, 'not a valid 18-character resident ID number (birth date or check digit wrong)');
  return upper;
}

export function validCreditCode(value: string, field: string): string {
  const upper = value.trim().toUpperCase();
  if (!isValidCreditCode(upper))
    throw badUserInput(field, 'not a valid 18-character unified social credit code (check character wrong)');
  return upper;
}

export function validMobile(value: string, field: string): string {
  const trimmed = value.trim();
  if (!isValidMobile(trimmed)) throw badUserInput(field, 'not a mainland mobile number of 11 digits');
  return trimmed;
}

export interface DivisionCheck {
  /** Levels the field accepts, e.g. a community or a grid for an incident. */
  levels?: readonly DivisionLevel[];
  /** Divisions known beyond the built-in world, e.g. imported ones in the owner's collection. */
  exists?: (code: string) => Promise<boolean>;
}

/** A well-formed code of an accepted level; nothing stored is consulted. */
export function divisionCodeOf(value: string, field: string, levels?: readonly DivisionLevel[]): string {
  const code = parseDivisionCode(value, field);
  const level = divisionLevelOf(code);
  if (levels && (level === null || !levels.includes(level))) {
    throw badUserInput(field, `expected a ${levels.map((l) => l.toLowerCase()).join(' or ')} code`);
  }
  return code;
}

/** A well-formed code of an accepted level that names a division that exists. */
export async function knownDivision(value: string, field: string, check: DivisionCheck = {}): Promise<string> {
  const code = divisionCodeOf(value, field, check.levels);
  if (divisionByCode(code) || (await check.exists?.(code))) return code;
  throw badUserInput(field, `no division with code ${code}`);
}
