import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP front for one real subgraph that can fail on demand: pass requests through, hang
 * (never answer), answer HTTP 500 with a non-GraphQL body, reset the next connection, pass on
 * after `delayMs` (so concurrent requests overlap), or go down (port closed) and come back on
 * the same port. `requests` counts what reached it.
 */
export type FrontMode = 'pass' | 'hang' | 'error' | 'reset-once' | 'slow';

export interface FaultyFront {
  url: string;
  mode: FrontMode;
  /** How long `slow` holds a request before passing it on. */
  delayMs: number;
  requests: number;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultyFront(targetUrl: string): Promise<FaultyFront> {
  const target = new URL(targetUrl);
  const hanging = new Set<ServerResponse>();
  let server: Server;
  const front = {
    url: '',
    mode: 'pass' as FrontMode,
    delayMs: 300,
    requests: 0,
    async down() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async up() {
      server = createServer(handle);
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    close: () => front.down(),
  };

  function handle(req: IncomingMessage, res: ServerResponse): void {
    // Faults hit GraphQL requests; the GET /health probe passes through, as a half-broken service's would.
    const mode = req.method === 'POST' ? front.mode : 'pass';
    if (req.method === 'POST') front.requests++;
    if (mode === 'hang') {
      hanging.add(res);
      return;
    }
    if (mode === 'error') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream exploded at /srv/economy/secret-path');
      return;
    }
    if (mode === 'reset-once') {
      front.mode = 'pass';
      req.socket.destroy();
      return;
    }
    if (mode === 'slow') {
      setTimeout(() => pass(req, res), front.delayMs);
      return;
    }
    pass(req, res);
  }

  function pass(req: IncomingMessage, res: ServerResponse): void {
    const upstream = request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  }

  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  front.url = `http://127.0.0.1:${port}${target.pathname}`;
  return front;
}
