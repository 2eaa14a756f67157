import type { RequestContext } from './request-access.js';
import { auditRecordModel, type AuditRecord } from './audit.js';
import { badUserInput, forbidden } from '../contract/errors.js';
import { findConnection, operator, withNode, type Connection, type PageArgs } from '../query/pagination.js';

/**
 * The audit trail through the API: each subgraph answers `<domain>AuditRecords` from its own
 * `audit_records` collection with this one resolver. Only admins read it; the trail itself
 * names who read whose personal data, so it is as sensitive as the data.
 */
interface AuditRecordFilter {
  recordId?: string | null;
  sub?: string | null;
  field?: string | null;
  requestId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

interface AuditRecordsArgs extends PageArgs {
  filter?: AuditRecordFilter | null;
}

/** The GraphQL `AuditRecord`: the stored row with its ObjectId as a string id. */
type AuditRecordView = Omit<AuditRecord, '_id'> & { id: string };

const NEWEST_FIRST = { field: 'at', direction: 'DESC' } as const;

/** Equality on typed strings (sanitizeFilter also wraps any object) and a trusted time range. */
function auditMatch(filter: AuditRecordFilter | null | undefined): Record<string, unknown> {
  const conditions: Record<string, unknown>[] = [];
  for (const key of ['recordId', 'sub', 'field', 'requestId'] as const) {
    const value = filter?.[key];
    if (value !== null && value !== undefined) conditions.push({ [key]: value });
  }
  if (filter?.from && filter?.to && filter.from >= filter.to)
    throw badUserInput('filter.to', 'must be later than filter.from');
  if (filter?.from) conditions.push({ at: operator('$gte', filter.from) });
  if (filter?.to) conditions.push({ at: operator('$lt', filter.to) });
  return conditions.length === 0 ? {} : { $and: conditions };
}

export async function auditRecords(
  ctx: RequestContext,
  args: AuditRecordsArgs,
  fieldName: string,
): Promise<Connection<AuditRecordView>> {
  if (ctx.viewer.role !== 'admin') throw forbidden(`${fieldName} is readable by admins only`);
  const page = await findConnection<AuditRecord>(
    auditRecordModel(ctx.connection),
    auditMatch(args.filter),
    NEWEST_FIRST,
    args,
    ctx.cursors,
  );
  return {
    ...page,
    edges: page.edges.map((edge) => {
      const { _id, ...row } = edge.node;
      return withNode(edge, { ...row, id: _id.toHexString() });
    }),
  };
}
