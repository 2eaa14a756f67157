/**
 * Deterministic keys of records that other subgraphs reference. Subgraphs never read each
 * other's collections, so a reference in seed data (a party member's resident, an incident's
 * enterprise) is made from these functions, and the owning subgraph's seeder guarantees the
 * referenced records exist: every community has at least GUARANTEED_RESIDENTS_PER_COMMUNITY
 * residents and GUARANTEED_ENTERPRISES_PER_COMMUNITY enterprises with these keys.
 */
export const GUARANTEED_RESIDENTS_PER_COMMUNITY = 40;
export const GUARANTEED_ENTERPRISES_PER_COMMUNITY = 2;

export function residentId(communityCode: string, index: number): string {
  return `res-${communityCode}-${String(index).padStart(5, '0')}`;
}

export function enterpriseId(communityCode: string, index: number): string {
  return `ent-${communityCode}-${String(index).padStart(3, '0')}`;
}
