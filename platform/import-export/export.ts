import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { appendAuditRows } from '../access/audit.js';
import { divisionFilter } from '../world/division-code.js';
import { unscoped } from '../access/elevations.js';
import { spreadsheetCell } from './spreadsheet-cell.js';
import type { CollectionSpec } from './collection.js';

/**
 * Exports one collection (optionally one division's part of it) as rows of the same columns the
 * import reads, so an export imports back unchanged. Personal fields go out in full: the export
 * is an administrator's tool run on the server, and every export is written to the owning
 * subgraph's audit_records (who, what, how many rows).
 */
type ExportRow = Record<string, string | number | boolean | null>;

export async function exportRows(
  connection: Connection,
  spec: CollectionSpec,
  division?: string,
): Promise<ExportRow[]> {
  const docs = await unscoped('export', () =>
    spec
      .model(connection)
      .collection.find(division ? divisionFilter(division) : {})
      .sort({ _id: 1 })
      .toArray(),
  );
  return docs.map((doc) =>
    Object.fromEntries(['id', ...spec.columns].map((column) => [column, plain(doc[column === 'id' ? '_id' : column])])),
  );
}

function plain(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * CSV that Chinese Excel opens as UTF-8: a byte-order mark, CRLF line ends, every cell quoted, and
 * formula-like text written as text (spreadsheet-cell.ts; the import removes the added `'`).
 */
export function toCsv(rows: readonly ExportRow[], columns: readonly string[]): string {
  const text = (value: ExportRow[string] | undefined) =>
    value === null || value === undefined ? '' : String(spreadsheetCell(value));
  const line = (cells: readonly (ExportRow[string] | undefined)[]) =>
    cells.map((value) => `"${text(value).replaceAll('"', '""')}"`).join(',');
  return `\uFEFF${[line(columns), ...rows.map((row) => line(columns.map((column) => row[column])))].join('\r\n')}\r\n`;
}

export async function auditExport(
  connection: Connection,
  spec: CollectionSpec,
  entry: { who: string; division?: string; format: string; rows: number; purpose?: string | null },
): Promise<void> {
  await appendAuditRows(connection, [
    {
      _id: new mongoose.Types.ObjectId(),
      sub: entry.who,
      role: 'admin',
      at: new Date(),
      domain: spec.domain,
      recordType: spec.name,
      recordId: entry.division ?? '*',
      field: `export ${entry.format}: ${entry.rows} rows, personal fields ${spec.personalFields.join(', ') || 'none'}`,
      requestId: `export-${randomUUID()}`,
      purpose: entry.purpose ?? null,
    },
  ]);
}
