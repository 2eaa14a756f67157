import type { Domain, Viewer } from './identity.js';
import { isWithin } from './division-code.js';
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
 * Full personal values (ID numbers, phones, names of assistance recipients) only for admins and
 * for officials of the owning domain inside their jurisdiction: minimum necessary access (PIPL).
 */
export function mayReadPersonal(viewer: Viewer, owningDomain: Domain, recordDivision: string): boolean {
  if (viewer.role === 'admin') return true;
  return OFFICIAL_ROLES.has(viewer.role) && viewer.domains.includes(owningDomain) && canSeeRecordIn(viewer, recordDivision);
}

/** 410503199001011234 -> 410503********1234 */
export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** 13812345678 -> 138****5678 */
export function maskPhone(value: string): string {
  if (value.length < 8) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** 张三丰 -> 张** */
export function maskName(value: string): string {
  const chars = Array.from(value);
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

export type PersonalFieldKind = 'idNumber' | 'phone' | 'name';

export const MASKERS: Record<PersonalFieldKind, (value: string) => string> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  name: maskName,
};
