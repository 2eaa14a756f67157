import { divisionFilter, isWithin } from '../world/division-code.js';

/**
 * A jurisdiction is a union of division subtrees, given by their root codes; an empty list is the
 * whole country (admins only, see `viewerProblem`). Every rule here is a prefix comparison, since
 * a division code's prefix is its ancestry.
 */
export type Jurisdiction = readonly string[];

export function covers(jurisdiction: Jurisdiction, code: string): boolean {
  return jurisdiction.length === 0 || jurisdiction.some((root) => isWithin(code, root));
}

/** `code` is inside the jurisdiction or an ancestor of part of it. */
export function overlaps(jurisdiction: Jurisdiction, code: string): boolean {
  return jurisdiction.length === 0 || jurisdiction.some((root) => isWithin(code, root) || isWithin(root, code));
}

/** The ancestors of the jurisdiction's roots: divisions a viewer sees by name above their own. */
export function ancestorCodes(jurisdiction: Jurisdiction): string[] {
  const ancestors = new Set<string>();
  for (const root of jurisdiction)
    for (const length of [6, 9, 12]) if (length < root.length) ancestors.add(root.slice(0, length));
  return [...ancestors].sort();
}

/**
 * The filter that keeps records (with stored ancestry fields) inside the jurisdiction, or null for
 * the whole country. One equality on an indexed ancestry field per root.
 */
export function recordsFilter(jurisdiction: Jurisdiction): Record<string, unknown> | null {
  if (jurisdiction.length === 0) return null;
  if (jurisdiction.length === 1) return divisionFilter(jurisdiction[0]);
  return { $or: jurisdiction.map(divisionFilter) };
}

/** Divisions a viewer may see: those inside the jurisdiction and their ancestors (by code). */
export function divisionsFilter(jurisdiction: Jurisdiction): Record<string, unknown> | null {
  if (jurisdiction.length === 0) return null;
  return { $or: [...jurisdiction.map(divisionFilter), { code: { $in: ancestorCodes(jurisdiction) } }] };
}
