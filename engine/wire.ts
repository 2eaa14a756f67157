import { deserialize, serialize, type Document } from 'bson';

const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_MSG = 2013;

/** MongoDB's maxMessageSizeBytes; a frame announcing more is refused before it is buffered. */
export const MAX_MESSAGE_BYTES = 48_000_000;
export const HEADER_BYTES = 16;

const CHECKSUM_PRESENT = 1 << 0;
const MORE_TO_COME = 1 << 1;

export interface FrameHeader {
  length: number;
  requestId: number;
  responseTo: number;
  opCode: number;
}

/** A decoded request: the command document and how to answer it. */
export interface Request {
  header: FrameHeader;
  command: Document;
  /** OP_QUERY requests are answered with OP_REPLY, OP_MSG with OP_MSG. */
  legacy: boolean;
  /** `moreToCome` (unacknowledged write): run it, send nothing back. */
  noReply: boolean;
}

export class ProtocolError extends Error {}

export function readHeader(buffer: Buffer): FrameHeader {
  return {
    length: buffer.readInt32LE(0),
    requestId: buffer.readInt32LE(4),
    responseTo: buffer.readInt32LE(8),
    opCode: buffer.readInt32LE(12),
  };
}

/** Decodes one complete frame. Throws ProtocolError for framing faults and bson errors for bad BSON. */
export function decodeFrame(frame: Buffer): Request {
  const header = readHeader(frame);
  if (header.opCode === OP_MSG) return decodeMsg(frame, header);
  if (header.opCode === OP_QUERY) return decodeQuery(frame, header);
  throw new ProtocolError(`unsupported opCode ${header.opCode}`);
}

function decodeMsg(frame: Buffer, header: FrameHeader): Request {
  const flags = frame.readUInt32LE(HEADER_BYTES);
  const end = flags & CHECKSUM_PRESENT ? frame.length - 4 : frame.length;
  let offset = HEADER_BYTES + 4;
  let body: Document | undefined;
  const sequences: Record<string, Document[]> = {};
  while (offset < end) {
    const kind = frame[offset++];
    if (kind === 0) {
      const size = bsonSize(frame, offset, end);
      body = deserialize(frame.subarray(offset, offset + size));
      offset += size;
    } else if (kind === 1) {
      const size = bsonSize(frame, offset, end);
      const sectionEnd = offset + size;
      const nameEnd = frame.indexOf(0, offset + 4);
      if (nameEnd < 0 || nameEnd >= sectionEnd) throw new ProtocolError('unterminated document sequence identifier');
      const name = frame.toString('utf8', offset + 4, nameEnd);
      const docs: Document[] = (sequences[name] ??= []);
      let at = nameEnd + 1;
      while (at < sectionEnd) {
        const docSize = bsonSize(frame, at, sectionEnd);
        docs.push(deserialize(frame.subarray(at, at + docSize)));
        at += docSize;
      }
      offset = sectionEnd;
    } else {
      throw new ProtocolError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!body) throw new ProtocolError('OP_MSG without a body section');
  Object.assign(body, sequences);
  return { header, command: body, legacy: false, noReply: (flags & MORE_TO_COME) !== 0 };
}

function decodeQuery(frame: Buffer, header: FrameHeader): Request {
  let offset = HEADER_BYTES + 4;
  const nameEnd = frame.indexOf(0, offset);
  if (nameEnd < 0) throw new ProtocolError('unterminated collection name');
  const namespace = frame.toString('utf8', offset, nameEnd);
  offset = nameEnd + 1 + 8;
  const size = bsonSize(frame, offset, frame.length);
  const query = deserialize(frame.subarray(offset, offset + size));
  // Legacy drivers wrap the command as { $query: {...} }; the database comes from "db.$cmd".
  const command: Document = query.$query && typeof query.$query === 'object' ? query.$query : query;
  command.$db ??= namespace.split('.')[0];
  return { header, command, legacy: true, noReply: false };
}

/** Size of the BSON document starting at `offset`, checked against the enclosing bounds. */
function bsonSize(frame: Buffer, offset: number, end: number): number {
  if (offset + 4 > end) throw new ProtocolError('truncated BSON document');
  const size = frame.readInt32LE(offset);
  if (size < 5 || offset + size > end) throw new ProtocolError(`invalid BSON document size ${size}`);
  return size;
}

export function encodeMsg(reply: Document, responseTo: number, requestId: number): Buffer {
  const body = serialize(reply);
  const header = Buffer.alloc(HEADER_BYTES + 5);
  header.writeInt32LE(HEADER_BYTES + 5 + body.length, 0);
  header.writeInt32LE(requestId, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(OP_MSG, 12);
  header.writeUInt32LE(0, 16);
  header[20] = 0;
  return Buffer.concat([header, body]);
}

export function encodeReply(reply: Document, responseTo: number, requestId: number): Buffer {
  const body = serialize(reply);
  const header = Buffer.alloc(HEADER_BYTES + 20);
  header.writeInt32LE(HEADER_BYTES + 20 + body.length, 0);
  header.writeInt32LE(requestId, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(OP_REPLY, 12);
  header.writeInt32LE(0, 16);
  header.writeBigInt64LE(0n, 20);
  header.writeInt32LE(0, 28);
  header.writeInt32LE(1, 32);
  return Buffer.concat([header, body]);
}
