import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { subgraphInfo } from '../platform/contract/subgraph-catalog.js';
import { collectionSpec, COLLECTIONS } from '../subgraphs/import-export.js';
import { connectDatabase, provideDatabase } from '../platform/server/database.js';
import { parseDivisionCode } from '../platform/world/division-code.js';
import { auditExport, exportRows, toCsv } from '../platform/import-export/export.js';

const HELP = `npm run export -- <collection> [--format csv|json] [--division CODE] [--out file]

Writes a collection (or the part inside one division) as CSV that Chinese Excel opens (UTF-8
with BOM, CRLF, quoted) or JSON, with the columns \`npm run import\` reads back.
PERSONAL DATA: ID numbers, names and phones are exported in full. This is an administrator's
tool run on the server; each export is recorded in the owning subgraph's audit_records (your
OS user, the collection, the division, the row count). Keep the file as you would the database.
Database: MONGODB_URI, else the data directory's embedded database (stop \`npm start\` first).
Collections: ${COLLECTIONS.map((spec) => `${spec.name} (${spec.domain})`).join(', ')}`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'csv' },
    division: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || positionals.length !== 1) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const spec = collectionSpec(positionals[0]);
if (values.format !== 'csv' && values.format !== 'json') throw new Error('--format must be csv or json');
const division = values.division === undefined ? undefined : parseDivisionCode(values.division, '--division');

const database = await provideDatabase({
  dataDir: process.env.DATA_DIR ?? '.data',
  log: (line) => console.error(line),
});
try {
  const connection = await connectDatabase(database.uri, subgraphInfo(spec.domain).database);
  try {
    const rows = await exportRows(connection, spec, division);
    const text = values.format === 'csv' ? toCsv(rows, ['id', ...spec.columns]) : `${JSON.stringify(rows, null, 2)}\n`;
    // Fail closed: the export is recorded before any of it is written out.
    await auditExport(connection, spec, {
      who: `os:${userInfo().username}`,
      division,
      format: values.format,
      rows: rows.length,
    });
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    console.error(
      `export ${spec.name}: ${rows.length} rows${values.out ? ` to ${values.out}` : ''} (recorded in ${spec.domain} audit_records)`,
    );
  } finally {
    await connection.close();
  }
} finally {
  await database.stop();
}
