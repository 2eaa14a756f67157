import type { Domain, Viewer } from '../contract/identity.js';
import { isWithin } from '../world/division-code.js';
import { covers, overlaps } from './jurisdiction.js';

/**
 * Authorization inside each subgraph. The jurisdiction itself is applied by the data layer
 * (`data-scope.ts`) to every database command; these answer the questions a resolver still asks
 * before it queries: is a requested division worth querying at all, and may the viewer read a
 * personal value in full.
 */

/**
 * The division a request narrows to: the narrowest one both the request and the viewer's
 * jurisdiction cover when there is one (a worker asking for their street gets their community),
 * the requested one when several jurisdiction roots lie inside it ('' when none was requested),
 * null when it lies wholly outside (the answer is empty). Either way the data layer narrows every
 * command to the jurisdiction itself.
 */
export function effectiveScope(viewer: Viewer, requested?: string | null): string | null {
  const wanted = requested ?? '';
  const { jurisdiction } = viewer;
  if (jurisdiction.length === 0 || jurisdiction.some((root) => isWithin(wanted, root))) return wanted;
  const inside = jurisdiction.filter((root) => isWithin(root, wanted));
  if (inside.length === 0) return null;
  return inside.length === 1 ? inside[0] : wanted;
}

/** May the viewer see records that belong to division `code`? */
export function canSeeRecordIn(viewer: Viewer, code: string): boolean {
  return covers(viewer.jurisdiction, code);
}

/**
 * May the viewer see the division entity itself (its name and code)? Ancestors of the viewer's
 * jurisdiction are visible too, so a community worker can see which street they belong to;
 * the street's lists are still scoped to the worker's community.
 */
export function canSeeDivision(viewer: Viewer, code: string): boolean {
  return overlaps(viewer.jurisdiction, code);
}

const OFFICIAL_ROLES = new Set(['district_official', 'street_official', 'community_worker']);

/**
 * May the viewer read the owning domain's personal data in full anywhere they can see records?
 * Admins, and officials of that domain (their jurisdiction still bounds which records they see).
 * Sorting and filtering by a personal field need this: whoever sees the field masked may not.
 */
export function mayReadPersonalOfDomain(viewer: Viewer, owningDomain: Domain): boolean {
  if (viewer.role === 'admin') return true;
  return OFFICIAL_ROLES.has(viewer.role) && viewer.domains.includes(owningDomain);
}

/**
 * Full personal values (ID numbers, phones, names, birth dates) only for admins and for officials
 * of the owning domain inside their jurisdiction: minimum necessary access (PIPL).
 */
export function mayReadPersonal(viewer: Viewer, owningDomain: Domain, recordDivision: string): boolean {
  if (viewer.role === 'admin') return true;
  return mayReadPersonalOfDomain(viewer, owningDomain) && canSeeRecordIn(viewer, recordDivision);
}
