import type { CursorList, CursorSeal } from '../query/cursor-seal.js';
import { pageEdge, parsePage, withNode, type Connection, type PageArgs, type SortSpec } from '../query/pagination.js';
import type { HistoryEntryRecord, VersionedRecord } from './write-model.js';

/**
 * The `history` connection every mutable record exposes, newest first. Entries are embedded in
 * the record (see write-model.ts), so a page is a slice of the loaded record: no query.
 * Each subgraph declares the same SDL (value types shared across subgraphs must be identical):
 *
 *   """变更记录 / One change of a record: who, when, from → to"""
 *   type HistoryEntry @shareable { version: Int!  at: DateTime!  actor: String!  role: ActorRole!
 *     action: String!  fromState: String  toState: String!  note: String  changedFields: [String!]! }
 *   enum ActorRole { ADMIN DISTRICT_OFFICIAL STREET_OFFICIAL COMMUNITY_WORKER }
 *   type <X>HistoryConnection { edges: [<X>HistoryEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
 *   type <X>HistoryEdge { cursor: String!  node: HistoryEntry! }
 *   on the record:  version: Int!  history(first: Int = 20, after: String): <X>HistoryConnection!
 *
 * with codegen mapper `HistoryEntry: '../../../platform/writes/write-model.js#HistoryEntryRecord'` and the
 * resolvers below; copy the descriptions from subgraphs/urban-management/schema.graphql.
 */
const NEWEST_FIRST: SortSpec = { field: 'version', direction: 'DESC' };

/**
 * Entry cursors are list cursors (sealed, see cursor-seal.ts) with the entry's version as both
 * sort key and id; the list is the history of one record: `<type>:<id>.history`.
 */
export function historyConnection(
  record: VersionedRecord & { _id: unknown },
  args: PageArgs,
  cursors: CursorSeal,
  recordType: string,
): Connection<HistoryEntryRecord> {
  const list: CursorList = { name: `${recordType}:${String(record._id)}.history` };
  const page = parsePage(args, NEWEST_FIRST, cursors, { list });
  const newestFirst = [...(record.history ?? [])].sort((a, b) => b.version - a.version);
  const after = page.after ? Number(page.after.value) : Number.POSITIVE_INFINITY;
  const rest = newestFirst.filter((entry) => entry.version < after);
  const edges = rest
    .slice(0, page.limit)
    .map((node) =>
      withNode(pageEdge({ _id: String(node.version), version: node.version }, NEWEST_FIRST, cursors, list), node),
    );
  return {
    edges,
    totalCount: newestFirst.length,
    pageInfo: {
      hasNextPage: rest.length > page.limit,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Field resolvers of `HistoryEntry` (the others read the stored field of the same name). */
export const historyEntryResolvers = {
  actor: (entry: HistoryEntryRecord) => entry.actorSub,
  role: (entry: HistoryEntryRecord) => entry.actorRole.toUpperCase() as Uppercase<HistoryEntryRecord['actorRole']>,
};
