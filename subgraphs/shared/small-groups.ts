import type { Role } from './identity.js';

/**
 * Small-group suppression (统计数据小样本保护): an aggregate that counts persons (assistance
 * recipients, residents, party members, people served) and covers 1 to 4 persons could identify
 * them, so analysts get no value for it. The one rule for every subgraph's statistics rows and
 * indicator measures; officials and admins, who may read the records themselves, see the values.
 *
 * Suppressed values become null with `suppressed: true` (the row or measure stays, so totals
 * and layouts do not shift). When exactly one row of a result is suppressed, the smallest other
 * row is suppressed too (complementary suppression), so the hidden value cannot be recovered
 * by subtracting the visible rows from a total. Zero persons identify nobody and stay visible.
 */
export const SMALL_GROUP_MINIMUM = 5;

export function suppressesSmallGroups(role: Role): boolean {
  return role === 'analyst';
}

export function isSmallGroup(persons: number): boolean {
  return persons > 0 && persons < SMALL_GROUP_MINIMUM;
}

export type Suppressed<R> = R & { suppressed: boolean };

/**
 * Applies the rule to the rows of one statistics result. `persons` says how many persons a
 * row counts; `blank` returns the row with every figure that could reveal them set to null.
 */
export function suppressSmallGroups<R>(rows: readonly R[], role: Role, persons: (row: R) => number, blank: (row: R) => R): Suppressed<R>[] {
  if (!suppressesSmallGroups(role)) return rows.map((row) => ({ ...row, suppressed: false }));
  const hidden = new Set(rows.filter((row) => isSmallGroup(persons(row))));
  if (hidden.size === 1) {
    const smallestOther = rows
      .filter((row) => !hidden.has(row) && persons(row) > 0)
      .reduce<R | null>((smallest, row) => (smallest === null || persons(row) < persons(smallest) ? row : smallest), null);
    if (smallestOther !== null) hidden.add(smallestOther);
  }
  return rows.map((row) => (hidden.has(row) ? { ...blank(row), suppressed: true } : { ...row, suppressed: false }));
}

export interface SuppressibleMeasure {
  value?: number | null;
  suppressed: boolean;
}

/**
 * A single indicator measure that counts `persons` (by default its own value), or a figure tied
 * to such a count (an amount paid to them): null and suppressed for analysts when small.
 */
export function suppressMeasure<M extends SuppressibleMeasure>(measure: M, role: Role, persons: number | null | undefined = measure.value): M {
  if (!suppressesSmallGroups(role) || persons === null || persons === undefined || !isSmallGroup(persons)) return measure;
  return { ...measure, value: null, suppressed: true };
}
