import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A plain node:http front for Apollo Server, shared by the subgraphs and the gateway: one
 * place decides body limits, JSON parsing, `/health` and extra routes, with no framework in
 * the request path (the gateway's per-request overhead is a benchmarked number).
 */
const MAX_BODY_BYTES = 1024 * 1024;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /**
   * Builds the request's context. `rawBody` holds the exact bytes read (empty for GET), so a
   * subgraph checks the signed body digest without reading the body twice.
   */
  context: (req: IncomingMessage, rawBody: Buffer) => Promise<TContext>;
  /** Exact-path routes answered before GraphQL, e.g. `/health`. */
  routes?: Record<string, RouteHandler>;
  graphqlPath?: string;
  maxBodyBytes?: number;
  /**
   * Runs each GraphQL request's execution (the subgraphs: inside the request scope the data
   * layer reads); the default runs it as it is.
   */
  runRequest?: <T>(execute: () => Promise<T>) => Promise<T>;
  /** Answers a browser's GET on the GraphQL path (GraphiQL); returns false to fall through. */
  landingPage?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Runs first on every request, every path included (the gateway's CORS); true when it answered. */
  front?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /**
   * Rewrites a request's GraphQL parameters before execution (the gateway's trusted documents:
   * a document id becomes its document); a thrown GraphQLError is the answer.
   */
  prepareRequest?: (
    req: IncomingMessage,
    request: { method: string; search: string; body: unknown },
  ) => { search: string; body: unknown };
  /**
   * GET answers get `cache-control: private, no-cache` and an ETag of their body, and a matching
   * `if-none-match` gets 304: a browser revalidates instead of downloading an unchanged answer,
   * and no shared cache keeps one (answers depend on the caller).
   */
  etagGetAnswers?: boolean;
  /** Headers set on every response, whatever answers it (the gateway's browser-facing hygiene). */
  responseHeaders?: Readonly<Record<string, string>>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function graphqlError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

class BodyTooLarge extends Error {}

const EMPTY_BODY = Buffer.alloc(0);

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function createGraphQLHttpServer<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>): Server {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const responseHeaders = Object.entries(options.responseHeaders ?? {});
  return createServer((req, res) => {
    for (const [name, value] of responseHeaders) res.setHeader(name, value);
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) graphqlError(res, 500, 'INTERNAL_SERVER_ERROR', 'internal error');
      else res.destroy();
      console.error('request failed', error);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (options.front?.(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname];
    if (route) return route(req, res, url);
    if (url.pathname !== graphqlPath)
      return graphqlError(res, 404, 'NOT_FOUND', `no route ${url.pathname}; GraphQL is at ${graphqlPath}`);
    if (options.landingPage?.(req, res)) return;

    let body: unknown;
    let raw: Buffer = EMPTY_BODY;
    if (req.method === 'POST') {
      try {
        raw = await readBody(req, limit);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          res.setHeader('connection', 'close');
          return graphqlError(res, 413, 'BAD_REQUEST', `request body exceeds ${limit} bytes`);
        }
        throw error;
      }
      const contentType = String(req.headers['content-type'] ?? '');
      if (contentType.includes('json')) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          return graphqlError(res, 400, 'BAD_REQUEST', 'request body is not valid JSON');
        }
      } else {
        body = raw.toString('utf8');
      }
    }

    let search = url.search;
    if (options.prepareRequest) {
      try {
        ({ search, body } = options.prepareRequest(req, { method: req.method ?? 'GET', search, body }));
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const http = error.extensions.http as { status?: number } | undefined;
        return sendJson(res, http?.status ?? (error.extensions.code === 'BAD_USER_INPUT' ? 400 : 200), {
          errors: [{ message: error.message, extensions: { ...error.extensions, http: undefined } }],
        });
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const execute = () =>
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
        context: () => options.context(req, raw),
      });
    const response = await (options.runRequest ? options.runRequest(execute) : execute());
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (options.etagGetAnswers && req.method === 'GET' && res.statusCode === 200)
        return sendWithEtag(req, res, response.body.string);
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

function sendWithEtag(req: IncomingMessage, res: ServerResponse, body: string): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  res.setHeader('etag', etag);
  res.setHeader('cache-control', 'private, no-cache');
  const wanted = String(req.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  if (wanted.includes(etag)) {
    res.statusCode = 304;
    res.removeHeader('content-length');
    res.end();
    return;
  }
  res.end(body);
}

export interface Listening {
  url: string;
  port: number;
  close(deadlineMs?: number): Promise<void>;
}

/**
 * Listens (port 0 = ephemeral) and returns a close that lets in-flight requests finish up to a
 * deadline, then runs `afterClose` (stop Apollo, close data sources) once no request is left.
 */
export async function listen(
  server: Server,
  port: number,
  host = '127.0.0.1',
  afterClose?: () => Promise<void>,
  path = '/graphql',
): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actualPort}${path}`,
    port: actualPort,
    close: async (deadlineMs = 10_000) => {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), deadlineMs);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      await afterClose?.();
    },
  };
}
