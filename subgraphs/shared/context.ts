import type { Connection } from 'mongoose';
import { canSeeDivision, canSeeRecordIn, effectiveScope, MASKERS, mayReadPersonal, type PersonalFieldKind } from './access.js';
import { AuditTrail } from './audit.js';
import type { Domain, Viewer } from './identity.js';

/** What every subgraph's resolvers get, before the subgraph adds its loaders. */
export interface RequestContext {
  /** The gateway's id for the request: what the audit trail records. */
  requestId: string;
  /** The caller's own id for it (its `x-request-id`), if it sent a valid one. */
  correlationId?: string;
  viewer: Viewer;
  domain: Domain;
  connection: Connection;
  audit: AuditTrail;
  access: RequestAccess;
}

export interface PersonalValue {
  recordType: string;
  recordId: string;
  /** The most specific division the record belongs to: decides jurisdiction. */
  divisionCode: string;
  field: string;
  kind: PersonalFieldKind;
  value: string | null | undefined;
}

/** The viewer's rights bound to one request, so resolvers never pass the viewer around. */
export class RequestAccess {
  constructor(
    private readonly viewer: Viewer,
    private readonly domain: Domain,
    private readonly audit: AuditTrail,
  ) {}

  /** See `effectiveScope`: '' = everything, null = nothing visible. */
  scope(requested?: string | null): string | null {
    return effectiveScope(this.viewer, requested);
  }

  canSeeRecordIn(code: string): boolean {
    return canSeeRecordIn(this.viewer, code);
  }

  canSeeDivision(code: string): boolean {
    return canSeeDivision(this.viewer, code);
  }

  get role(): Viewer['role'] {
    return this.viewer.role;
  }

  /** The full value for those allowed (and audited), the masked value for everyone else. */
  personal(field: PersonalValue): string | null {
    if (field.value === null || field.value === undefined) return null;
    if (!mayReadPersonal(this.viewer, this.domain, field.divisionCode)) return MASKERS[field.kind](field.value);
    this.audit.record({ recordType: field.recordType, recordId: field.recordId, field: field.field });
    return field.value;
  }
}

export function createRequestContext(args: { requestId: string; correlationId?: string; viewer: Viewer; domain: Domain; connection: Connection }): RequestContext {
  const audit = new AuditTrail(args.viewer, args.domain, args.requestId, args.correlationId);
  return { ...args, audit, access: new RequestAccess(args.viewer, args.domain, audit) };
}
