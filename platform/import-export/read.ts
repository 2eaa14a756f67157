import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { fromSpreadsheetCell } from './spreadsheet-cell.js';

/**
 * Reads an import file into rows. CSV comes from Excel as UTF-8 (with or without BOM) or, from
 * Chinese Excel's "CSV" save, GB18030: bytes that are valid UTF-8 are read as UTF-8, anything
 * else as GB18030 (a superset of GBK and GB2312), unless `encoding` says which.
 */
export type Encoding = 'utf-8' | 'gb18030';

export interface InputFile {
  headers: string[];
  rows: InputRow[];
}

export interface InputRow {
  /** Row number as a spreadsheet shows it: the header is row 1 (CSV); 1-based index (JSON). */
  row: number;
  values: Record<string, unknown>;
}

function decode(bytes: Buffer, encoding?: Encoding): string {
  const chosen = encoding ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030');
  const text = chosen === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, 'gb18030');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function parseRows(text: string, format: 'csv' | 'json'): InputFile {
  if (format === 'json') {
    const parsed: unknown = JSON.parse(text);
    if (
      !Array.isArray(parsed) ||
      parsed.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))
    ) {
      throw new Error('a JSON import file is an array of objects, one per record');
    }
    const rows = parsed.map((values, index) => ({ row: index + 1, values: values as Record<string, unknown> }));
    return { headers: [...new Set(rows.flatMap((row) => Object.keys(row.values)))], rows };
  }
  let headers: string[] = [];
  const columns = (header: string[]) => (headers = header.map((name) => name.trim()));
  // Our exports write formula-like text with a leading `'` (spreadsheet-cell.ts); it is taken off here.
  const records = parse(text, {
    columns,
    skip_empty_lines: true,
    trim: true,
    cast: (value) => fromSpreadsheetCell(value),
  }) as Record<string, string>[];
  return { headers, rows: records.map((values, index) => ({ row: index + 2, values })) };
}

export function readRows(path: string, encoding?: Encoding): InputFile {
  const format = extname(path).toLowerCase() === '.json' ? 'json' : 'csv';
  return parseRows(decode(readFileSync(path), encoding), format);
}
