import { createServer, type Server, type Socket } from 'node:net';
import type { Document } from 'bson';
import { runCommand, type ServerIdentity } from './commands/index.js';
import { CursorRegistry } from './cursors.js';
import type { DatabaseStore } from './database-store.js';
import type { Journal } from './journal.js';
import type { SessionRegistry } from './transactions/sessions.js';
import {
  HEADER_BYTES,
  MAX_MESSAGE_BYTES,
  OP_MSG,
  OP_QUERY,
  ProtocolError,
  decodeFrame,
  encodeMsg,
  encodeReply,
  readHeader,
  type Request,
} from './wire.js';

interface ServerDeps {
  store: DatabaseStore;
  journal: Journal | null;
  identity: ServerIdentity;
  log: (line: string) => void;
  /** Routes each command by its session: plain, retryable write, or statement of a transaction. */
  sessions: SessionRegistry;
}

/**
 * The TCP side: splits the byte stream into frames, runs each command synchronously (so commands
 * never interleave), journals the command's changes with one fsync, then replies.
 */
export class EngineServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly cursors = new CursorRegistry();
  private nextConnectionId = 1;
  private nextRequestId = 1;

  constructor(private readonly deps: ServerDeps) {
    this.server = createServer((socket) => this.accept(socket));
  }

  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    const connectionId = this.nextConnectionId++;
    this.sockets.add(socket);
    socket.setNoDelay(true);
    let chunks: Buffer[] = [];
    let buffered = 0;
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.on('data', (data: Buffer) => {
      chunks.push(data);
      buffered += data.length;
      while (buffered >= 4 && !socket.destroyed) {
        if (chunks[0].length < 4) chunks = [Buffer.concat(chunks)];
        const length = chunks[0].readInt32LE(0);
        if (length < HEADER_BYTES + 5 || length > MAX_MESSAGE_BYTES) {
          this.deps.log(
            `engine: closing connection ${connectionId}: frame length ${length} outside ${HEADER_BYTES + 5}..${MAX_MESSAGE_BYTES}`,
          );
          socket.destroy();
          return;
        }
        if (buffered < length) return;
        const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        const frame = all.subarray(0, length);
        const rest = all.subarray(length);
        chunks = rest.length ? [rest] : [];
        buffered = rest.length;
        this.handleFrame(socket, connectionId, frame);
      }
    });
  }

  private handleFrame(socket: Socket, connectionId: number, frame: Buffer): void {
    const header = readHeader(frame);
    let request: Request;
    try {
      request = decodeFrame(frame);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (header.opCode !== OP_MSG && header.opCode !== OP_QUERY) {
        this.deps.log(`engine: closing connection ${connectionId}: ${message}`);
        socket.destroy();
        return;
      }
      const code =
        error instanceof ProtocolError ? { code: 9, codeName: 'FailedToParse' } : { code: 22, codeName: 'InvalidBSON' };
      this.send(socket, header.opCode === OP_QUERY, header.requestId, { ok: 0, errmsg: message, ...code });
      return;
    }
    const reply = this.execute(request.command, connectionId);
    if (!request.noReply) this.send(socket, request.legacy, header.requestId, reply);
  }

  private execute(command: Document, connectionId: number): Document {
    const { store, journal, identity, sessions } = this.deps;
    let reply = sessions.execute(command, (cmd, data) =>
      runCommand({ store, data, cursors: this.cursors, identity, connectionId, command: cmd }),
    );
    // A committed transaction's changes are all taken here at once: one journal record, one fsync.
    const changes = store.takeChanges();
    sessions.committed(changes);
    if (journal && changes.length) {
      try {
        journal.append(changes, store);
      } catch (error) {
        this.deps.log(`engine: journal write failed: ${(error as Error).message}`);
        reply = {
          ok: 0,
          errmsg: `journal write failed: ${(error as Error).message}`,
          code: 1,
          codeName: 'InternalError',
        };
      }
    }
    return reply;
  }

  private send(socket: Socket, legacy: boolean, responseTo: number, reply: Document): void {
    if (socket.destroyed) return;
    const requestId = this.nextRequestId++ & 0x7fffffff;
    let frame: Buffer;
    try {
      frame = legacy ? encodeReply(reply, responseTo, requestId) : encodeMsg(reply, responseTo, requestId);
    } catch (error) {
      const fallback = {
        ok: 0,
        errmsg: `reply could not be encoded: ${(error as Error).message}`,
        code: 10334,
        codeName: 'BSONObjectTooLarge',
      };
      frame = legacy ? encodeReply(fallback, responseTo, requestId) : encodeMsg(fallback, responseTo, requestId);
    }
    socket.write(frame);
  }
}
