import type { Collection, Db, Document } from 'mongodb';
import { auditRowHash, storedAuditRowContent, GENESIS_HASH } from './audit.js';

/**
 * Walks one database's `audit_records` in `seq` order and recomputes the chain (audit.ts):
 * seq must run 1, 2, 3, … without a gap, each `prevHash` must be the previous row's `hash`, and
 * each `hash` the SHA-256 of the row as stored. The first row where any of it fails is reported.
 *
 * What the chain shows and what it does not: a changed row (its hash no longer matches), a
 * removed row (a gap in seq, or a prevHash that names no row) and a row inserted in the middle
 * are found. Removing rows from the head end only (the newest ones) leaves a shorter valid chain:
 * compare `head` with a copy kept elsewhere (e.g. logged daily) to notice that.
 */
interface ChainBreak {
  /** seq of the first row that does not fit (null: a row without one). */
  seq: number | null;
  id: string;
  reason: 'unchained row' | 'missing rows' | 'broken link' | 'altered row';
  expected: string;
  found: string;
}

interface ChainReport {
  ok: boolean;
  rows: number;
  /** The last verified row (seq 0 and the genesis hash on an empty collection). */
  head: { seq: number; hash: string };
  broken?: ChainBreak;
}

/** `source`: a database (its audit_records) or the collection itself. */
export async function verifyAuditChain(source: Db | Collection<Document>): Promise<ChainReport> {
  const collection = 'collectionName' in source ? source : source.collection('audit_records');
  let head = { seq: 0, hash: GENESIS_HASH };
  let rows = 0;
  const report = (broken: ChainBreak): ChainReport => ({ ok: false, rows, head, broken });
  // Rows without a seq sort first (null before numbers): they are reported before any link.
  for await (const row of collection.find({}, { sort: { seq: 1 } })) {
    const id = String(row._id);
    if (typeof row.seq !== 'number' || typeof row.hash !== 'string' || typeof row.prevHash !== 'string') {
      return report({
        seq: typeof row.seq === 'number' ? row.seq : null,
        id,
        reason: 'unchained row',
        expected: 'seq, prevHash and hash',
        found: `seq ${row.seq ?? 'none'}, hash ${row.hash ?? 'none'}`,
      });
    }
    if (row.seq !== head.seq + 1) {
      return report({
        seq: row.seq,
        id,
        reason: 'missing rows',
        expected: `seq ${head.seq + 1}`,
        found: `seq ${row.seq}`,
      });
    }
    if (row.prevHash !== head.hash) {
      return report({
        seq: row.seq,
        id,
        reason: 'broken link',
        expected: `prevHash ${head.hash}`,
        found: `prevHash ${row.prevHash}`,
      });
    }
    const at = row.at instanceof Date ? row.at : new Date(Number.NaN);
    let recomputed: string;
    try {
      recomputed = auditRowHash(storedAuditRowContent(row, row.seq, at), row.prevHash);
    } catch {
      recomputed = '(row cannot be serialised: a field has the wrong type)';
    }
    if (recomputed !== row.hash) {
      return report({
        seq: row.seq,
        id,
        reason: 'altered row',
        expected: `hash ${recomputed}`,
        found: `hash ${row.hash}`,
      });
    }
    head = { seq: row.seq, hash: row.hash };
    rows++;
  }
  return { ok: true, rows, head };
}

export function describeChainReport(name: string, report: ChainReport): string {
  if (report.ok) return `${name}: OK, ${report.rows} rows, head seq ${report.head.seq} hash ${report.head.hash}`;
  const broken = report.broken!;
  return `${name}: BROKEN at seq ${broken.seq ?? 'none'} (row ${broken.id}): ${broken.reason}; expected ${broken.expected}, found ${broken.found} (${report.rows} rows verified before it)`;
}
