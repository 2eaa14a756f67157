import mongoose, { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import type { Domain, Viewer } from './identity.js';

/**
 * Every read of a full personal value (PIPL: a record of who read sensitive personal
 * information). Each subgraph keeps its own audit collection next to the data it protects.
 */
const auditRecordSchema = new Schema(
  {
    sub: { type: String, required: true },
    role: { type: String, required: true },
    at: { type: Date, required: true },
    domain: { type: String, required: true },
    recordType: { type: String, required: true },
    recordId: { type: String, required: true },
    field: { type: String, required: true },
    requestId: { type: String, required: true },
    /** The caller's own id for the request, when it sent one: lets it find its reads. */
    correlationId: { type: String },
  },
  { collection: 'audit_records', versionKey: false },
);
auditRecordSchema.index({ at: -1 });
auditRecordSchema.index({ recordId: 1 });

export type AuditRecord = InferSchemaType<typeof auditRecordSchema> & { _id: mongoose.Types.ObjectId };

export function auditRecordModel(connection: Connection): Model<AuditRecord> {
  return (connection.models.AuditRecord as Model<AuditRecord> | undefined) ?? connection.model<AuditRecord>('AuditRecord', auditRecordSchema);
}

export interface AuditEntry {
  recordType: string;
  recordId: string;
  field: string;
}

/**
 * The subgraph's answer says how many full personal values it recorded for the request: the
 * gateway shares an in-flight fetch between identical requests of one caller only when it is 0,
 * so every request that reads personal data is audited under its own request id.
 */
export const AUDITED_READS_HEADER = 'x-audited-reads';

/**
 * Collects the full reads of one request and writes them in one insert before the response
 * leaves (the subgraph server awaits `flush`), so a read that was answered is always recorded.
 */
export class AuditTrail {
  private readonly pending = new Map<string, AuditEntry>();

  constructor(
    private readonly viewer: Viewer,
    private readonly domain: Domain,
    private readonly requestId: string,
    private readonly correlationId?: string,
  ) {}

  record(entry: AuditEntry): void {
    this.pending.set(`${entry.recordType}:${entry.recordId}:${entry.field}`, entry);
  }

  /** Full reads recorded and not yet written. */
  get size(): number {
    return this.pending.size;
  }

  async flush(connection: Connection): Promise<void> {
    if (this.pending.size === 0) return;
    const at = new Date();
    const entries = [...this.pending.values()];
    this.pending.clear();
    const model = auditRecordModel(connection);
    // Rows exactly as mongoose would store them (schema order, an ObjectId _id), inserted without
    // hydrating a document per row; when a value would fail the schema's `required` (an empty
    // string), mongoose validates as before and leaves that row out.
    const valid = (value: string) => typeof value === 'string' && value !== '';
    if ([this.viewer.sub, this.viewer.role, this.domain, this.requestId].every(valid) && entries.every((e) => valid(e.recordType) && valid(e.recordId) && valid(e.field))) {
      const rows = entries.map((entry) => ({
        _id: new mongoose.Types.ObjectId(),
        sub: this.viewer.sub,
        role: this.viewer.role,
        at,
        domain: this.domain,
        recordType: entry.recordType,
        recordId: entry.recordId,
        field: entry.field,
        requestId: this.requestId,
        ...(this.correlationId ? { correlationId: this.correlationId } : {}),
      }));
      await model.insertMany(rows, { ordered: false, lean: true });
      return;
    }
    const rows = entries.map((entry) => ({ ...entry, sub: this.viewer.sub, role: this.viewer.role, at, domain: this.domain, requestId: this.requestId, ...(this.correlationId ? { correlationId: this.correlationId } : {}) }));
    await model.insertMany(rows, { ordered: false });
  }
}
