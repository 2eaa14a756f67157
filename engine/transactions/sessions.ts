import type { Document } from 'bson';
import { canonicalKey, isPlainObject } from '../bson-values.js';
import type { StoreView } from '../store-view.js';
import type { DatabaseStore, StoreChange } from '../database-store.js';
import { CommandError, errorReply, noSuchTransaction } from '../errors.js';
import { TransactionCoordinator, type Transaction } from './coordinator.js';

/** Runs a command's handler against the given data: the committed store or a transaction's view. */
type RunCommand = (command: Document, data: StoreView) => Document;

/** Commands MongoDB accepts inside a multi-document transaction (of those this engine serves). */
const TRANSACTION_COMMANDS = new Set([
  'find',
  'getMore',
  'killCursors',
  'insert',
  'update',
  'delete',
  'findAndModify',
  'findandmodify',
  'aggregate',
  'distinct',
  'commitTransaction',
  'abortTransaction',
]);

/** Sessions idle longer than logicalSessionTimeoutMinutes (announced in hello) are forgotten. */
const SESSION_IDLE_MS = 30 * 60 * 1000;

interface Session {
  /** Highest txnNumber seen on this session; older ones are refused as MongoDB does. */
  txnNumber: number;
  /** The transaction numbered `txnNumber`, when it is one. */
  transaction?: Transaction;
  /** The reply of the retryable write numbered `txnNumber`, returned again when the driver retries it. */
  retryReply?: Document;
  lastUsed: number;
}

/**
 * Logical sessions (`lsid`) and what their `txnNumber` means: with `autocommit: false` a
 * multi-document transaction (its statements see and buffer their own writes until commit), without
 * it a retryable write (applied at once; a retry with the same number gets the first reply back).
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();
  private readonly transactions: TransactionCoordinator;
  private lastSweep = Date.now();

  constructor(
    private readonly store: DatabaseStore,
    options: { transactionLifetimeMs: number },
  ) {
    this.transactions = new TransactionCoordinator(store, options.transactionLifetimeMs);
  }

  /** Runs one command under its session's rules; failures become error replies. */
  execute(command: Document, run: RunCommand): Document {
    try {
      this.sweep();
      return this.route(command, run);
    } catch (error) {
      return errorReply(error);
    }
  }

  /** The server hands over every command's committed changes, for write-conflict detection. */
  committed(changes: StoreChange[]): void {
    this.transactions.recordCommitted(changes);
  }

  private route(command: Document, run: RunCommand): Document {
    const name = Object.keys(command)[0];
    if (name === 'endSessions' || name === 'killSessions') this.end(command[name]);
    const { lsid, txnNumber, autocommit } = command;
    if (!isPlainObject(lsid) || txnNumber === undefined || txnNumber === null) {
      if (autocommit !== undefined || name === 'commitTransaction' || name === 'abortTransaction') {
        throw new CommandError(
          50768,
          'Location50768',
          'txnNumber and lsid are required for a multi-document transaction',
        );
      }
      return run(command, this.store);
    }
    const session = this.session(lsid);
    const number = Number(txnNumber.valueOf());
    if (autocommit === undefined) return this.retryableWrite(session, number, command, run);
    if (autocommit !== false)
      throw new CommandError(72, 'InvalidOptions', 'Specifying autocommit=true is not allowed.');
    return this.inTransaction(session, number, name, command, run);
  }

  private retryableWrite(session: Session, number: number, command: Document, run: RunCommand): Document {
    this.refuseOlder(session, number);
    if (number === session.txnNumber) {
      if (session.retryReply) return session.retryReply;
      if (session.transaction)
        throw new CommandError(
          50911,
          'Location50911',
          `Cannot run a retryable write on txnNumber ${number}: it belongs to a transaction`,
        );
    }
    this.advance(session, number);
    const reply = run(command, this.store);
    if (reply.ok === 1) session.retryReply = reply;
    return reply;
  }

  private inTransaction(session: Session, number: number, name: string, command: Document, run: RunCommand): Document {
    if (command.startTransaction === true) {
      this.refuseOlder(session, number);
      if (number === session.txnNumber) {
        throw new CommandError(
          117,
          'ConflictingOperationInProgress',
          `Cannot start transaction ${number}: it has already been used on this session`,
        );
      }
      this.advance(session, number);
      session.transaction = this.transactions.begin();
    } else if (number !== session.txnNumber || !session.transaction) {
      throw noSuchTransaction(
        `Given transaction number ${number} does not match any in-progress transactions. The active transaction number is ${session.txnNumber}`,
      );
    }
    const transaction = session.transaction!;
    this.transactions.expireIfStale(transaction);
    if (transaction.state === 'committed') {
      // A retried commitTransaction (the driver retries on network errors) succeeds again.
      if (name === 'commitTransaction') return { ok: 1 };
      throw new CommandError(
        256,
        'TransactionCommitted',
        `Transaction with { txnNumber: ${number} } has been committed.`,
      );
    }
    if (transaction.state === 'aborted')
      throw noSuchTransaction(`Transaction with { txnNumber: ${number} } has been aborted.`);
    if (name === 'abortTransaction') {
      this.transactions.abort(transaction);
      return { ok: 1 };
    }
    if (!TRANSACTION_COMMANDS.has(name)) {
      this.transactions.abort(transaction);
      throw new CommandError(
        263,
        'OperationNotSupportedInTransaction',
        `Cannot run '${name}' in a multi-document transaction.`,
      );
    }
    if (name === 'commitTransaction') {
      try {
        this.transactions.commit(transaction);
      } catch (error) {
        this.transactions.abort(transaction);
        throw error;
      }
      return { ok: 1 };
    }
    const reply = run(command, transaction.view);
    // As in MongoDB, a failed statement (command error or write error) aborts the transaction.
    if (reply.ok !== 1 || reply.writeErrors) this.transactions.abort(transaction);
    return reply;
  }

  private refuseOlder(session: Session, number: number): void {
    if (number < session.txnNumber) {
      throw new CommandError(
        225,
        'TransactionTooOld',
        `Cannot start transaction ${number} on session because a newer transaction ${session.txnNumber} has already started.`,
      );
    }
  }

  /** Moves the session to a new txnNumber; a transaction left open under the old one is aborted. */
  private advance(session: Session, number: number): void {
    if (session.transaction) this.transactions.abort(session.transaction);
    session.transaction = undefined;
    session.retryReply = undefined;
    session.txnNumber = number;
  }

  private session(lsid: Document): Session {
    const key = canonicalKey(lsid.id ?? lsid);
    let session = this.sessions.get(key);
    if (!session) this.sessions.set(key, (session = { txnNumber: -1, lastUsed: 0 }));
    session.lastUsed = Date.now();
    return session;
  }

  /** `endSessions`/`killSessions`: their open transactions are aborted and their state dropped. */
  private end(lsids: unknown): void {
    if (!Array.isArray(lsids)) return;
    for (const lsid of lsids) {
      if (!isPlainObject(lsid)) continue;
      const key = canonicalKey(lsid.id ?? lsid);
      const session = this.sessions.get(key);
      if (session?.transaction) this.transactions.abort(session.transaction);
      this.sessions.delete(key);
    }
  }

  private sweep(): void {
    const now = Date.now();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, session] of this.sessions) {
      if (session.transaction) this.transactions.expireIfStale(session.transaction);
      if (now - session.lastUsed > SESSION_IDLE_MS) {
        if (session.transaction) this.transactions.abort(session.transaction);
        this.sessions.delete(key);
      }
    }
  }
}
