import { BSON, MongoClient, type Document } from 'mongodb';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import type { Domain } from '../platform/contract/identity.js';
import { startMonitoredStack } from './monitored-stack.js';
import type { BenchQuery } from './queries.js';

/**
 * Which indexes the benchmark queries use, shown by the database itself: each query is sent once
 * through a gateway over in-process subgraphs whose drivers record the commands they send (command
 * monitoring, as bench/round-trips.ts counts them); every captured find / aggregate / count is then
 * run again as `explain` (executionStats) on a plain client. Works the same on the offline engine
 * and on a real MongoDB (MONGODB_URI), since only the explain replies are read.
 */
interface CommandUsage {
  domain: Domain;
  /** e.g. `find investmentprojects`. */
  label: string;
  /** What it asks, without values: `filter {districtCode} sort {amountFen:-1,_id:-1} limit 51`. */
  shape: string;
  /** The winning plan's access stages: `IXSCAN <index>`, `COLLSCAN`, `SORT`, ... (outermost first). */
  stages: string[];
  docsExamined: number;
  keysExamined: number;
  /** Documents the command returns (0 for a count, as MongoDB reports it). */
  returned: number | null;
}

interface QueryUsage {
  query: string;
  /** The explained commands, in the order the request sent them. */
  explained: CommandUsage[];
  /** Every command the request sent, by name (`find×3 aggregate insert`), per domain. */
  sent: string;
}

const EXPLAINABLE = new Set(['find', 'aggregate', 'count']);
/** Session, transaction and routing fields the driver adds; the explained command is the rest. */
const ENVELOPE = new Set([
  'lsid',
  '$clusterTime',
  '$db',
  'txnNumber',
  'startTransaction',
  'autocommit',
  '$readPreference',
  'readConcern',
  'writeConcern',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
]);

export async function captureIndexUsage(
  uri: string,
  secrets: { jwtSecret: string; subgraphSecret: string },
  queries: BenchQuery[],
): Promise<QueryUsage[]> {
  let captured: Array<{ domain: Domain; db: string; command: Document }> = [];
  const stack = await startMonitoredStack(uri, secrets, (domain, event) => {
    captured.push({ domain, db: event.databaseName, command: BSON.deserialize(BSON.serialize(event.command)) });
  });
  const client = await MongoClient.connect(uri);
  try {
    const send = (query: BenchQuery) =>
      stack
        .graphql(query.query, query.variables)
        .catch((error: Error) => Promise.reject(new Error(`index usage ${query.name}: ${error.message}`)));
    const usage: QueryUsage[] = [];
    for (const query of queries) {
      await send(query); // warm: plans, pools and the driver's handshakes are not what is shown
      captured = [];
      await send(query);
      const commands = captured;
      captured = [];
      const explained: CommandUsage[] = [];
      for (const { domain, db, command } of commands) {
        const name = Object.keys(command)[0];
        if (!EXPLAINABLE.has(name)) continue;
        const inner = Object.fromEntries(Object.entries(command).filter(([key]) => !ENVELOPE.has(key)));
        const reply = await client.db(db).command({ explain: inner, verbosity: 'executionStats' });
        explained.push({
          domain,
          label: `${name} ${String(command[name])}`,
          shape: shapeOf(name, command),
          ...readExplain(reply),
        });
      }
      const sent = SUBGRAPHS.map((info) => {
        const names = commands
          .filter((entry) => entry.domain === info.name)
          .map((entry) => Object.keys(entry.command)[0]);
        return names.length ? `${info.name}: ${tally(names)}` : '';
      })
        .filter(Boolean)
        .join('; ');
      usage.push({ query: query.name, explained, sent });
    }
    return usage;
  } finally {
    await client.close();
    await stack.close();
  }
}

/** A command's filter fields, sort and limit, or its pipeline's stages, without the values. */
function shapeOf(name: string, command: Document): string {
  const fields = (filter: unknown) => `{${filter && typeof filter === 'object' ? Object.keys(filter).join(',') : ''}}`;
  const sort = (spec: unknown) => JSON.stringify(spec).replace(/"/g, '');
  if (name === 'find')
    return [
      `filter ${fields(command.filter)}`,
      command.sort ? `sort ${sort(command.sort)}` : '',
      command.limit ? `limit ${command.limit}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  if (name === 'count') return `query ${fields(command.query)}`;
  const pipeline = Array.isArray(command.pipeline) ? (command.pipeline as Document[]) : [];
  return pipeline
    .map((stage) => {
      const key = Object.keys(stage)[0];
      if (key === '$match') return `$match ${fields(stage.$match)}`;
      if (key === '$sort') return `$sort ${sort(stage.$sort)}`;
      if (key === '$group') return `$group ${sort(stage.$group._id)}`;
      return key;
    })
    .join(' → ');
}

/** `find×3 aggregate` from `[find, find, aggregate, find]`, in order of first appearance. */
function tally(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n > 1 ? `${name}×${n}` : name)).join(' ');
}

/**
 * Plan stages, documents and keys examined and documents returned from an explain reply, wherever
 * the server puts them: `queryPlanner.winningPlan` (find, count, the engine's aggregate, MongoDB's
 * pushed-down pipelines, whose plan sits under `queryPlan`) or `stages[0].$cursor` (MongoDB's
 * classic aggregation explain).
 */
function readExplain(reply: Document): Pick<CommandUsage, 'stages' | 'docsExamined' | 'keysExamined' | 'returned'> {
  const stages: string[] = [];
  let docsExamined = 0;
  let keysExamined = 0;
  const walkPlan = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walkPlan);
    else if (value && typeof value === 'object') {
      const doc = value as Document;
      if (typeof doc.stage === 'string') stages.push(doc.indexName ? `${doc.stage} ${doc.indexName}` : doc.stage);
      for (const [key, child] of Object.entries(doc)) if (key !== 'slotBasedPlan') walkPlan(child);
    }
  };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Document)) {
        if (key === 'winningPlan') walkPlan(child);
        else if (key === 'totalDocsExamined') docsExamined += Number(child);
        else if (key === 'totalKeysExamined') keysExamined += Number(child);
        else if (key !== 'rejectedPlans' && key !== 'allPlansExecution' && key !== 'executionStages') walk(child);
      }
    }
  };
  walk(reply);
  const last = Array.isArray(reply.stages) ? (reply.stages.at(-1) as Document | undefined) : undefined;
  const returned =
    typeof reply.executionStats?.nReturned === 'number'
      ? reply.executionStats.nReturned
      : typeof last?.nReturned === 'number'
        ? last.nReturned
        : null;
  return { stages, docsExamined, keysExamined, returned: returned === null ? null : Number(returned) };
}

/**
 * Whether a command's examined documents grew with the data between the two seeds (by more than 10%
 * and 5 documents): such a command does not stay O(page) as the data grows, whatever it returns.
 */
function growsWithData(small: CommandUsage | undefined, large: CommandUsage): boolean {
  if (!small) return false;
  return large.docsExamined - small.docsExamined >= 5 && large.docsExamined > small.docsExamined * 1.1;
}

/** Why a growing command grows, from its plan and shape; short, for the report row. */
function cause(usage: CommandUsage): string {
  const access = usage.stages.find((stage) => /^(IXSCAN|COUNT_SCAN|COLLSCAN)/.test(stage)) ?? '?';
  if (access === 'COLLSCAN') return 'scans the whole collection';
  const name = usage.label.split(' ')[0];
  if (name === 'count' || usage.shape.includes('$group 1')) return `totalCount: counts every match of ${access}`;
  if (usage.shape.includes('$group') && usage.shape.includes('$project'))
    return `grouped page: sorts and groups every match of ${access} to keep a few per parent (and their count)`;
  if (usage.shape.includes('$group')) return `counts per parent: every match of ${access}`;
  if (usage.stages.includes('SORT'))
    return `sorted page: sorts every match of ${access} to return ${usage.returned ?? '?'}`;
  return `reads every match of ${access}`;
}

/**
 * The report: one row per query (commands, access paths, documents examined and returned at both
 * scales), then one line per explained command, each command that examines documents in proportion
 * to the data said so with the reason its plan shows.
 */
export function reportIndexUsage(
  small: QueryUsage[],
  large: QueryUsage[],
  scale: number,
  say: (line?: string) => void,
): void {
  const sum = (usage: CommandUsage[], pick: (command: CommandUsage) => number | null) =>
    usage.reduce((total, command) => total + (pick(command) ?? 0), 0);
  say(
    `\nIndex use (each query sent once through a gateway over in-process subgraphs, its find/aggregate/count commands captured by command monitoring and run as \`explain\` executionStats on the same database; docs examined = totalDocsExamined, summed over the query's commands, at --scale 1 → --scale ${scale}):`,
  );
  say(
    `| query | commands sent | explained | access paths | docs examined | docs returned | commands whose examined docs grow with the data (×${scale}) |`,
  );
  say('|---|---|---|---|---|---|---|');
  const details: string[] = [];
  for (const a of small) {
    const b = large.find((usage) => usage.query === a.query);
    if (!b) continue;
    const paths = [
      ...new Set(
        b.explained.map(
          (command) =>
            command.stages
              .filter((stage) => /^(IXSCAN|COUNT_SCAN|COLLSCAN|IDHACK|EXPRESS|EOF|RECORD_STORE)/.test(stage))
              .join('+') || '?',
        ),
      ),
    ];
    const growing: string[] = [];
    for (const [i, command] of b.explained.entries()) {
      const before = a.explained[i]?.label === command.label ? a.explained[i] : undefined;
      const grows = growsWithData(before, command);
      const factor =
        before && before.docsExamined ? ` ×${(command.docsExamined / before.docsExamined).toFixed(1)}` : '';
      if (grows) growing.push(`${command.label} (${cause(command).split(':')[0]}${factor})`);
      const examined = `${before ? before.docsExamined : '—'} → ${command.docsExamined}`;
      const returned = `${before ? (before.returned ?? '?') : '—'} → ${command.returned ?? '?'}`;
      details.push(
        `- ${a.query} · ${command.domain} ${command.label} (${command.shape}): ${command.stages.join(' ← ')}; docs examined ${examined}, keys ${before ? before.keysExamined : '—'} → ${command.keysExamined}, returned ${returned}${grows ? ` — GROWS WITH THE DATA (${factor.trim()} for data ×${scale}): ${cause(command)}` : ''}`,
      );
    }
    const sameShape = a.explained.length === b.explained.length;
    say(
      `| ${a.query} | ${b.sent} | ${a.explained.length}${sameShape ? '' : ` → ${b.explained.length}`} | ${paths.join(', ')} | ${sum(a.explained, (c) => c.docsExamined)} → ${sum(b.explained, (c) => c.docsExamined)} | ${sum(a.explained, (c) => c.returned)} → ${sum(b.explained, (c) => c.returned)} | ${growing.length ? growing.join('; ') : 'no'} |`,
    );
  }
  for (const line of details) say(line);
  say(
    'On the offline engine an index is a hash: an equality or $in picks the candidates but gives no order, so a sorted page sorts every match (MongoDB can walk a compound index in order instead); a totalCount or a count per parent that one index decides is read off the index (COUNT_SCAN, no document read, still one key per match), while one with more in its filter, and a grouped page ($group), reads every match on any server.',
  );
}
