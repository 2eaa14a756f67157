import { badUserInput } from '../contract/errors.js';

/**
 * Division codes follow the national statistical scheme: 6 digits for a district, 9 for a
 * street or town, 12 for a community or village, 15 for a grid (this project's extension).
 * A code's prefix is its ancestry, so jurisdiction checks and roll-ups are prefix matches.
 */
export type DivisionLevel = 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'GRID';

const LEVEL_BY_LENGTH: Record<number, DivisionLevel> = { 6: 'DISTRICT', 9: 'STREET', 12: 'COMMUNITY', 15: 'GRID' };

/**
 * Records that belong to a division store the denormalised ancestry next to the most specific
 * code, so a roll-up by any level is an indexed equality (or `$in`) query instead of a regex.
 */
export const DIVISION_FIELD_BY_LEVEL = {
  DISTRICT: 'districtCode',
  STREET: 'streetCode',
  COMMUNITY: 'communityCode',
  GRID: 'gridCode',
} as const satisfies Record<DivisionLevel, string>;
export type DivisionField = (typeof DIVISION_FIELD_BY_LEVEL)[DivisionLevel];

export function divisionLevelOf(code: string): DivisionLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

/** Validates a client-supplied code; the error names the argument. */
export function parseDivisionCode(value: unknown, argumentName: string): string {
  if (typeof value !== 'string' || divisionLevelOf(value) === null) {
    throw badUserInput(argumentName, 'a division code has 6, 9, 12 or 15 digits (district, street, community, grid)');
  }
  return value;
}

export function parseDivisionCodeOfLevel(value: unknown, level: DivisionLevel, argumentName: string): string {
  const code = parseDivisionCode(value, argumentName);
  if (divisionLevelOf(code) !== level) {
    throw badUserInput(argumentName, `expected a ${level.toLowerCase()} code of ${levelLength(level)} digits`);
  }
  return code;
}

function levelLength(level: DivisionLevel): number {
  return { DISTRICT: 6, STREET: 9, COMMUNITY: 12, GRID: 15 }[level];
}

/** The ancestry fields stored on a record whose most specific division is `code`. */
export function divisionAncestry(code: string): {
  districtCode: string;
  streetCode: string | null;
  communityCode: string | null;
  gridCode: string | null;
} {
  return {
    districtCode: code.slice(0, 6),
    streetCode: code.length >= 9 ? code.slice(0, 9) : null,
    communityCode: code.length >= 12 ? code.slice(0, 12) : null,
    gridCode: code.length >= 15 ? code.slice(0, 15) : null,
  };
}

/** The filter that selects records inside division `code` (any level). */
export function divisionFilter(code: string): Record<string, string> {
  const level = divisionLevelOf(code);
  if (level === null) throw new Error(`not a division code: ${code}`);
  return { [DIVISION_FIELD_BY_LEVEL[level]]: code };
}

export function isWithin(code: string, ancestor: string): boolean {
  return code.startsWith(ancestor);
}
