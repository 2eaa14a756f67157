import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of the database that can hold traffic: while paused, what clients send is
 * kept until `resume()`, so a request stays in flight as long as a test needs (a slow database).
 */
interface PausableProxy {
  uri: string;
  /** Bytes clients sent while paused, not yet forwarded. */
  readonly held: number;
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startPausableProxy(targetPort: number): Promise<PausableProxy> {
  let paused = false;
  let held: Array<() => void> = [];
  let heldBytes = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    upstream.pipe(client);
    client.on('data', (chunk: Buffer) => {
      if (!paused) return void upstream.write(chunk);
      heldBytes += chunk.length;
      held.push(() => upstream.write(chunk));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    uri: `mongodb://127.0.0.1:${(server.address() as AddressInfo).port}/?directConnection=true`,
    get held() {
      return heldBytes;
    },
    pause: () => void (paused = true),
    resume() {
      paused = false;
      for (const forward of held) forward();
      held = [];
      heldBytes = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
