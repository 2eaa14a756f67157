import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { stringify } from 'csv-stringify/sync';
import { Kind, parse } from 'graphql';
import { sendJson, type RouteHandler } from '../platform/server/http-server.js';
import { spreadsheetCell } from '../platform/import-export/spreadsheet-cell.js';
import type { GatewayContext } from './context.js';
import { loadOperations } from './graphiql.js';

/**
 * `GET /export.csv?operation=<OperationName>&variables=<json>`: one of the analysts' operations
 * in `schema/operations/` as a CSV file that Chinese Excel opens (UTF-8 with BOM, CRLF, every
 * field quoted), named after the operation's Chinese title.
 *
 * The operation runs through the gateway's own Apollo server as a POST with the caller's
 * headers and the gateway's context function, so authentication, jurisdiction, masking, the
 * perturbed figures and withheld small cells (disclosure-control.ts) and query limits are
 * exactly those of /graphql. Only the preloaded operations can be exported: the endpoint is a
 * download of a known question, not a second GraphQL endpoint.
 */
interface CsvExportOptions {
  apollo: ApolloServer<GatewayContext>;
  context: (req: IncomingMessage) => Promise<GatewayContext>;
}

interface ExportableOperation {
  title: string;
  query: string;
}

function operationsByName(): Map<string, ExportableOperation> {
  const byName = new Map<string, ExportableOperation>();
  for (const { title, query } of loadOperations()) {
    for (const definition of parse(query).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query' && definition.name) {
        byName.set(definition.name.value, { title, query });
      }
    }
  }
  return byName;
}

function badRequest(res: ServerResponse, argumentName: string, reason: string): void {
  sendJson(res, 400, {
    errors: [
      {
        message: `Invalid argument "${argumentName}": ${reason}`,
        extensions: { code: 'BAD_USER_INPUT', argumentName },
      },
    ],
  });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The rows of a result: the first list met in selection order (a connection's edges become
 * their nodes; statistics rows stay rows). A result without a list (a dashboard) is one row.
 */
function resultRows(data: JsonObject): JsonObject[] {
  const firstList = (value: Json): Json[] | null => {
    if (Array.isArray(value)) return value;
    if (!isObject(value)) return null;
    for (const child of Object.values(value)) {
      const found = firstList(child);
      if (found) return found;
    }
    return null;
  };
  const list = firstList(data);
  if (!list) return [data];
  return list.map((item) =>
    isObject(item) && isObject(item.node) ? item.node : isObject(item) ? item : { value: item },
  );
}

/** Nested objects become dotted columns (`keys.tier`); a list inside a row stays one JSON cell. */
function flattenRow(
  row: JsonObject,
  prefix = '',
  into: Record<string, string | number | boolean | null> = {},
): Record<string, string | number | boolean | null> {
  for (const [key, value] of Object.entries(row)) {
    const column = prefix + key;
    if (isObject(value)) flattenRow(value, `${column}.`, into);
    else into[column] = Array.isArray(value) ? JSON.stringify(value) : value;
  }
  return into;
}

/** Cells that a spreadsheet would run as formulas are written as text (see spreadsheet-cell.ts). */
export function toCsv(rows: JsonObject[]): string {
  const flat = rows.map((row) =>
    Object.fromEntries(Object.entries(flattenRow(row)).map(([column, value]) => [column, spreadsheetCell(value)])),
  );
  const columns = [...new Set(flat.flatMap((row) => Object.keys(row)))];
  return stringify(flat, {
    header: true,
    columns,
    bom: true,
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => String(value) },
  });
}

/** RFC 6266 / 5987: an ASCII fallback name and the UTF-8 title for every current browser. */
function attachment(fallback: string, title: string): string {
  return `attachment; filename="${fallback}.csv"; filename*=UTF-8''${encodeURIComponent(title)}.csv`;
}

export function createCsvExport(options: CsvExportOptions): RouteHandler {
  const operations = operationsByName();
  return async (req, res, url) => {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return sendJson(res, 405, {
        errors: [
          { message: 'use GET /export.csv?operation=<name>&variables=<json>', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
    }
    const name = url.searchParams.get('operation') ?? '';
    const operation = operations.get(name);
    if (!operation)
      return badRequest(
        res,
        'operation',
        `not one of the operations in schema/operations: ${[...operations.keys()].sort().join(', ')}`,
      );
    let variables: unknown;
    try {
      variables = JSON.parse(url.searchParams.get('variables') ?? '{}');
    } catch {
      return badRequest(res, 'variables', 'not valid JSON');
    }
    if (!isObject(variables as Json)) return badRequest(res, 'variables', 'a JSON object of the operation’s variables');

    const headers = new HeaderMap([['content-type', 'application/json']]);
    for (const header of ['authorization', 'x-request-id']) {
      const value = req.headers[header];
      if (typeof value === 'string') headers.set(header, value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers,
        search: '',
        body: { query: operation.query, operationName: name, variables },
      },
      context: () => options.context(req),
    });
    const text = response.body.kind === 'complete' ? response.body.string : '';
    const result = JSON.parse(text || '{}') as { data?: JsonObject | null; errors?: unknown[] };
    // A CSV cannot carry GraphQL errors: any error (auth, limits, a failed field) answers as GraphQL would.
    if ((response.status ?? 200) !== 200 || result.errors?.length || !result.data) {
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status && response.status !== 200 ? response.status : 400;
      res.end(text);
      return;
    }
    const csv = toCsv(resultRows(result.data));
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(name, operation.title),
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(csv),
    });
    res.end(csv);
  };
}
