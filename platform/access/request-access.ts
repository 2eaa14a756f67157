import { randomBytes } from 'node:crypto';
import type { Connection } from 'mongoose';
import {
  canSeeDivision,
  canSeeRecordIn,
  effectiveScope,
  mayReadPersonal,
  mayReadPersonalOfDomain,
} from './visibility.js';
import { AuditTrail, type AuditAppend } from './audit.js';
import { cursorKeyring, CursorSeal, type CursorSecrets } from '../query/cursor-seal.js';
import { DisclosureControl } from './disclosure-control.js';
import { forbidden } from '../contract/errors.js';
import { maskPersonal, type PersonalDataKind } from './personal-data.js';
import { PURPOSE_HEADER } from '../contract/purpose.js';
import type { Domain, Viewer } from '../contract/identity.js';

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
  /** The caller's stated purpose (`x-access-purpose`), null when none was given. */
  purpose: string | null;
  /** Seals and opens this request's list cursors, bound to its viewer: pass it to the pagination helpers. */
  cursors: CursorSeal;
  /** Exact figures about persons for officials and admins, perturbed ones for analysts and services (disclosure-control.ts). */
  disclosure: DisclosureControl;
}

/** Per-request options of the subgraph: whether full reads need a stated purpose, and the audit writer (tests replace it). */
export interface AccessOptions {
  purpose?: string | null;
  requirePurpose?: boolean;
  appendAuditRows?: AuditAppend;
}

/** One value of a field the schema declares `@personal(kind:)`, with the record it belongs to. */
interface PersonalValue {
  recordType: string;
  recordId: string;
  /** The most specific division the record belongs to: decides jurisdiction. */
  divisionCode: string;
  field: string;
  kind: PersonalDataKind;
  value: string | number;
  /** The record itself (an AGE mask reads its birth date). */
  record: { birthDate?: unknown };
}

/** The viewer's rights bound to one request, so resolvers never pass the viewer around. */
export class RequestAccess {
  constructor(
    private readonly viewer: Viewer,
    private readonly domain: Domain,
    private readonly audit: AuditTrail,
    private readonly requirePurpose = false,
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

  /**
   * The full value for those allowed (and audited), the masked value for everyone else. Fails
   * closed: a full value is a promise that resolves only once its audit row has been written
   * (rows of one turn of the event loop share one insert); when the write fails the field errors
   * UNAVAILABLE and the value is withheld. With REQUIRE_PURPOSE a full read without a stated
   * purpose errors FORBIDDEN. Masked values are returned directly. Only `personal-fields.ts`
   * calls this, for every field the schema declares personal.
   */
  personal(field: PersonalValue, now: Date): string | number | Promise<string | number> {
    if (!mayReadPersonal(this.viewer, this.domain, field.divisionCode))
      return maskPersonal(field.kind, field.value, field.record, now);
    if (this.requirePurpose && !this.audit.purpose)
      throw forbidden(`a full read of personal data needs a stated purpose: send the ${PURPOSE_HEADER} header`);
    const value = field.value;
    return this.audit
      .record({ recordType: field.recordType, recordId: field.recordId, field: field.field })
      .then(() => value);
  }

  /** Whether the viewer sees this domain's personal fields in full (so may sort and filter by them). */
  readsPersonalData(): boolean {
    return mayReadPersonalOfDomain(this.viewer, this.domain);
  }

  /** Records a full read that returns no personal value itself (e.g. a link to a record); resolves once written. */
  audited(entry: { recordType: string; recordId: string; field: string }): Promise<void> {
    if (this.requirePurpose && !this.audit.purpose)
      throw forbidden(`a full read of personal data needs a stated purpose: send the ${PURPOSE_HEADER} header`);
    return this.audit.record(entry);
  }
}

let processPerturbationSecret: string | undefined;

/** PERTURBATION_SECRET, or (outside production: tests, tools) a random one of this process. */
function perturbationSecretOf(secret: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (secret) return secret;
  if (env.NODE_ENV === 'production') throw new Error('PERTURBATION_SECRET is required when NODE_ENV=production');
  return (processPerturbationSecret ??= randomBytes(32).toString('base64url'));
}

export function createRequestContext(
  args: {
    requestId: string;
    correlationId?: string;
    viewer: Viewer;
    domain: Domain;
    connection: Connection;
    cursorSecrets?: CursorSecrets;
    perturbationSecret?: string;
  },
  options: AccessOptions = {},
): RequestContext {
  const { cursorSecrets, perturbationSecret, ...request } = args;
  const purpose = options.purpose || null;
  const audit = new AuditTrail(
    request.viewer,
    request.domain,
    request.requestId,
    request.connection,
    purpose,
    options.appendAuditRows,
    request.correlationId ?? null,
  );
  return {
    ...request,
    purpose,
    audit,
    access: new RequestAccess(request.viewer, request.domain, audit, options.requirePurpose ?? false),
    cursors: new CursorSeal(cursorKeyring(cursorSecrets), request.viewer, request.domain),
    disclosure: new DisclosureControl(perturbationSecretOf(perturbationSecret), request.viewer.role),
  };
}
