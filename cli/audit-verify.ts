import { parseArgs } from 'node:util';
import { SUBGRAPHS, subgraphInfo } from '../platform/contract/subgraph-catalog.js';
import { describeChainReport, verifyAuditChain } from '../platform/access/audit-verify.js';
import { connectDatabase, provideDatabase } from '../platform/server/database.js';

const HELP = `npm run audit:verify -- [--domain civil-affairs]

Walks each subgraph's audit_records in seq order, recomputes every row's SHA-256 and the links
between rows, and prints OK (row count and head) or the first broken link: its seq, what was
expected and what was found. Exit code 0 when every chain verifies, 1 when one is broken.
Database: MONGODB_URI, else the data directory's embedded database (stop \`npm start\` first).
Domains: ${SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}`;

const { values } = parseArgs({ options: { domain: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const targets = values.domain === undefined ? SUBGRAPHS : [subgraphInfo(values.domain)];

const database = await provideDatabase({
  dataDir: process.env.DATA_DIR ?? '.data',
  log: (line) => console.error(line),
});
let broken = false;
try {
  for (const info of targets) {
    const connection = await connectDatabase(database.uri, info.database);
    try {
      const report = await verifyAuditChain(connection.db!);
      if (!report.ok) broken = true;
      console.log(describeChainReport(info.name, report));
    } finally {
      await connection.close();
    }
  }
} finally {
  await database.stop();
}
process.exit(broken ? 1 : 0);
