import { forbidden } from '../contract/errors.js';
import type { Domain, Role, Viewer } from '../contract/identity.js';
import { divisionCodeOf, knownDivision, type DivisionCheck } from '../writes/input-validation.js';
import { covers } from './jurisdiction.js';

/**
 * Who may write what. Reading rules live in access.ts; writing is narrower:
 *
 * | role              | domains        | where                 | lifecycle steps                  |
 * |-------------------|----------------|-----------------------|----------------------------------|
 * | admin             | all            | anywhere              | all                              |
 * | district_official | own domains    | inside jurisdiction   | community, street, district      |
 * | street_official   | own domains    | inside jurisdiction   | community, street                |
 * | community_worker  | own domains    | inside jurisdiction   | community (report, accept, apply, community review) |
 * | analyst, service  | none: read-only callers, always FORBIDDEN                           |
 *
 * A step's level is the lowest office that may take it: a community worker accepts an incident
 * or reviews an application in the community, a street approval needs a street official or above.
 */
export type WriteLevel = 'COMMUNITY' | 'STREET' | 'DISTRICT';

const LEVEL_RANK: Record<WriteLevel, number> = { COMMUNITY: 1, STREET: 2, DISTRICT: 3 };

/** The roles that can appear as the actor of a change. */
export type WritingRole = 'admin' | 'district_official' | 'street_official' | 'community_worker';

/** The highest step level each writing role may take; read-only roles are absent. */
const ROLE_RANK: Record<WritingRole, number> = {
  community_worker: 1,
  street_official: 2,
  district_official: 3,
  admin: 4,
};

function isWritingRole(role: Role): role is WritingRole {
  return role in ROLE_RANK;
}

/** The viewer's role when it may write at all; FORBIDDEN for read-only callers. */
export function writingRole(viewer: Viewer): WritingRole {
  if (!isWritingRole(viewer.role)) throw forbidden(`role ${viewer.role} is read-only`);
  return viewer.role;
}

interface WriteAccessRequest {
  /** The most specific division of the record written (or to be created). */
  divisionCode: string;
  minimumLevel: WriteLevel;
}

/**
 * What a caller must be before any of its input is looked at: a writing role and, unless an
 * admin, an official of the subgraph's domain. FORBIDDEN otherwise, whatever the input.
 */
function requireWriter(ctx: { viewer: Viewer; domain: Domain }): WritingRole {
  const { viewer, domain } = ctx;
  const role = writingRole(viewer);
  if (role !== 'admin' && !viewer.domains.includes(domain))
    throw forbidden(`${viewer.role} of ${viewer.domains.join(', ') || 'no domain'} may not write ${domain} records`);
  return role;
}

function outsideJurisdiction(code: string) {
  return forbidden(`division ${code} is outside the viewer's jurisdiction`);
}

/** Throws FORBIDDEN unless the viewer may take a step of `minimumLevel` on a record of `domain` in `divisionCode`. */
export function requireWriteAccess(ctx: { viewer: Viewer; domain: Domain }, request: WriteAccessRequest): void {
  const { viewer } = ctx;
  const rank = ROLE_RANK[requireWriter(ctx)];
  if (viewer.role === 'admin') return;
  if (!covers(viewer.jurisdiction, request.divisionCode)) throw outsideJurisdiction(request.divisionCode);
  if (rank < LEVEL_RANK[request.minimumLevel]) {
    throw forbidden(
      `this step needs ${request.minimumLevel.toLowerCase()} level or above; a ${viewer.role} may not take it`,
    );
  }
}

/**
 * The division a creating mutation places its record in, checked in an order that discloses
 * nothing: the caller's right to write at all (`requireWriter`), the code's form and level (the
 * input alone decides those), then the jurisdiction, and only inside it whether the division
 * exists. A code outside the jurisdiction is FORBIDDEN with one message whether or not it names a
 * division, so nobody learns what exists in someone else's jurisdiction. Last, the step's level.
 */
export async function writableDivision(
  ctx: { viewer: Viewer; domain: Domain },
  value: string,
  field: string,
  check: DivisionCheck & { minimumLevel: WriteLevel | ((code: string) => WriteLevel) },
): Promise<string> {
  requireWriter(ctx);
  const code = divisionCodeOf(value, field, check.levels);
  if (!covers(ctx.viewer.jurisdiction, code)) throw outsideJurisdiction(code);
  await knownDivision(code, field, check);
  requireWriteAccess(ctx, {
    divisionCode: code,
    minimumLevel: typeof check.minimumLevel === 'function' ? check.minimumLevel(code) : check.minimumLevel,
  });
  return code;
}

/**
 * Wraps a mutation resolver so read-only callers (analysts, services) and officials of other
 * domains are refused before their input is even looked at: `const writer = writerFor<EconomyContext>()`,
 * then `signInvestmentProject: writer(signInvestmentProject)`.
 */
export function writerFor<C extends { viewer: Viewer; domain: Domain }>() {
  return <A, R>(run: (ctx: C, args: A) => R) =>
    (_root: unknown, args: A, ctx: C): R => {
      requireWriter(ctx);
      return run(ctx, args);
    };
}
