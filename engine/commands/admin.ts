import { ObjectId, type Document } from 'bson';
import { MAX_MESSAGE_BYTES } from '../wire.js';
import type { CommandContext, CommandHandler } from './context.js';

/** Constant, so a client that saw this primary before a restart does not take it for a stale one. */
const ELECTION_ID = new ObjectId('7fffffff0000000000000001');

/**
 * The handshake: a one-member replica set whose only member is the primary. `me`/`hosts` are the
 * address clients dial, or the driver drops the member during discovery. No `topologyVersion`: with
 * it the driver's monitor switches to streaming hello, which the engine does not serve.
 */
function hello(context: CommandContext): Document {
  const { identity } = context;
  const me = `${identity.host}:${identity.port}`;
  return {
    helloOk: true,
    isWritablePrimary: true,
    ismaster: true,
    secondary: false,
    setName: identity.replicaSetName,
    setVersion: 1,
    hosts: [me],
    primary: me,
    me,
    electionId: ELECTION_ID,
    lastWrite: { lastWriteDate: new Date() },
    maxBsonObjectSize: 16 * 1024 * 1024,
    maxMessageSizeBytes: MAX_MESSAGE_BYTES,
    maxWriteBatchSize: 100_000,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: context.connectionId,
    minWireVersion: 0,
    maxWireVersion: 21,
    readOnly: false,
    ok: 1,
  };
}

export const adminCommands: Record<string, CommandHandler> = {
  hello,
  ismaster: hello,
  isMaster: hello,
  ping: () => ({ ok: 1 }),
  buildInfo: () => ({
    version: '7.0.0',
    gitVersion: 'offline-engine',
    versionArray: [7, 0, 0, 0],
    bits: 64,
    maxBsonObjectSize: 16 * 1024 * 1024,
    storageEngines: ['offline-journal'],
    modules: [],
    ok: 1,
  }),
  getParameter: ({ command }) => ({
    ...(command.featureCompatibilityVersion ? { featureCompatibilityVersion: { version: '7.0' } } : {}),
    ok: 1,
  }),
  getCmdLineOpts: () => ({ argv: ['offline-engine'], parsed: {}, ok: 1 }),
  hostInfo: () => ({ system: { hostname: 'offline-engine' }, os: {}, extra: {}, ok: 1 }),
  whatsmyuri: ({ identity }) => ({ you: `${identity.host}:0`, ok: 1 }),
  connectionStatus: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 }),
  serverStatus: ({ identity }) => ({
    host: `${identity.host}:${identity.port}`,
    version: '7.0.0',
    process: 'offline-engine',
    uptime: Math.floor((Date.now() - identity.startedAt.getTime()) / 1000),
    localTime: new Date(),
    ok: 1,
  }),
  endSessions: () => ({ ok: 1 }),
  killSessions: () => ({ ok: 1 }),
  refreshSessions: () => ({ ok: 1 }),
  listDatabases: ({ store, command }) => {
    const names = store.databaseNames();
    const databases = names.map((name) => ({ name, sizeOnDisk: 0, empty: false }));
    return command.nameOnly
      ? { databases: names.map((name) => ({ name })), ok: 1 }
      : { databases, totalSize: 0, ok: 1 };
  },
};
