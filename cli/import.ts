import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { subgraphInfo } from '../platform/contract/subgraph-catalog.js';
import { collectionSpec, COLLECTIONS } from '../subgraphs/import-export.js';
import { connectDatabase, provideDatabase } from '../platform/server/database.js';
import { importRows, ImportFileError, type RowError } from '../platform/import-export/import.js';
import { readRows, type Encoding } from '../platform/import-export/read.js';
import { toCsv } from '../platform/import-export/export.js';

const HELP = `npm run import -- <collection> <file.csv|file.json> [--report errors.csv] [--encoding utf-8|gb18030]

Validates every row (the owning subgraph's schema, division codes in the division tree, ID-number
and credit-code check digits, references), upserts the valid rows on their natural key and writes
a row-level error report (row, field, reason) for the rest. Importing the same file again changes
nothing. CSV: UTF-8 with or without BOM, or GB18030 (detected; --encoding to force); headers are
the column names or their Chinese labels. JSON: an array of objects. Rows are numbered as a
spreadsheet shows them (header = row 1); JSON records from 1.
Database: MONGODB_URI, else the data directory's embedded database (stop \`npm start\` first).
Collections: ${COLLECTIONS.map((spec) => `${spec.name} (${spec.domain})`).join(', ')}`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { report: { type: 'string' }, encoding: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || positionals.length !== 2) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const [name, file] = positionals;
const spec = collectionSpec(name);
if (values.encoding && !['utf-8', 'gb18030'].includes(values.encoding))
  throw new Error('--encoding must be utf-8 or gb18030');
const rows = readRows(file, values.encoding as Encoding | undefined);

const database = await provideDatabase({
  dataDir: process.env.DATA_DIR ?? '.data',
  log: (line) => console.error(line),
});
try {
  const divisionsDb = await connectDatabase(database.uri, subgraphInfo('civil-affairs').database);
  const divisions = new Set((await divisionsDb.collection('divisions').distinct('_id')).map(String));
  await divisionsDb.close();
  const connection = await connectDatabase(database.uri, subgraphInfo(spec.domain).database);
  try {
    const report = await importRows(connection, spec, rows, divisions);
    console.log(
      `import ${spec.name}: ${report.rows} rows, ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged, ${report.errors.length} errors`,
    );
    if (report.errors.length > 0) {
      const path = values.report ?? `${file}.errors.csv`;
      writeFileSync(
        path,
        toCsv(report.errors as (RowError & Record<string, string | number>)[], ['row', 'field', 'reason']),
      );
      console.log(`error report: ${path}`);
      process.exitCode = 1;
    }
  } finally {
    await connection.close();
  }
} catch (error) {
  if (!(error instanceof ImportFileError)) throw error;
  console.error(`import refused: ${error.message}`);
  process.exitCode = 2;
} finally {
  await database.stop();
}
