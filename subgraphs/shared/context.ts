import type { Connection } from 'mongoose';
import { canSeeDivision, canSeeRecordIn, effectiveScope, MASKERS, mayReadPersonal, type PersonalFieldKind } from './access.js';
import { AuditTrail } from './audit.js';
import { cursorKeyring, CursorSeal, type CursorSecrets } from './cursor-seal.js';
import type { Domain, Viewer } from './identity.js';

/** What every subgraph's resolvers get, before the subgraph adds its loaders. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer;
  domain: Domain;
  connection: Connection;
  audit: AuditTrail;
  access: RequestAccess;
  /** Seals and opens this request's list cursors, bound to its viewer: pass it to the pagination helpers. */
  cursors: CursorSeal;
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

export function createRequestContext(args: { requestId: string; viewer: Viewer; domain: Domain; connection: Connection; cursorSecrets?: CursorSecrets }): RequestContext {
  const { cursorSecrets, ...request } = args;
  const audit = new AuditTrail(request.viewer, request.domain, request.requestId);
  return {
    ...request,
    audit,
    access: new RequestAccess(request.viewer, request.domain, audit),
    cursors: new CursorSeal(cursorKeyring(cursorSecrets), request.viewer, request.domain),
  };
}
