import { canonicalKey } from '../bson-values.js';
import type { DatabaseStore, StoreChange } from '../database-store.js';
import { transientDuplicateKey, writeConflict } from '../errors.js';
import { TransactionView } from './transaction-view.js';

/** One multi-document transaction: its private view of the data and what it has claimed. */
export class Transaction {
  state: 'open' | 'committed' | 'aborted' = 'open';
  readonly view: TransactionView;
  /** `ns\0id` of every document this transaction wrote (and so holds until it ends). */
  readonly claimed = new Set<string>();
  readonly startedAt = Date.now();

  constructor(
    /** The commit sequence number when the transaction began: later commits to its documents conflict. */
    readonly startSeq: number,
    store: DatabaseStore,
    claim: (transaction: Transaction, key: string) => void,
  ) {
    this.view = new TransactionView(store, (ns, id) => claim(this, `${ns}\0${id}`));
  }
}

/**
 * Isolation and conflicts between transactions. Commands run one at a time, so a transaction is
 * "first writer wins": writing a document another open transaction has written, or one committed
 * since this transaction began, is a WriteConflict (labelled TransientTransactionError so drivers
 * retry the whole transaction). Commit checks everything first, then applies every write in one go;
 * the server journals that as one record, so a crash keeps all of a transaction or none of it.
 */
export class TransactionCoordinator {
  private seq = 0;
  private readonly open = new Set<Transaction>();
  /** `ns\0id` → the open transaction holding an uncommitted write to that document. */
  private readonly holders = new Map<string, Transaction>();
  /** `ns\0id` → sequence number of its last committed write; only kept while transactions are open. */
  private readonly committedAt = new Map<string, number>();

  constructor(
    private readonly store: DatabaseStore,
    /** MongoDB's transactionLifetimeLimitSeconds: older transactions are aborted. */
    private readonly lifetimeMs: number,
  ) {}

  begin(): Transaction {
    for (const transaction of this.open) this.expireIfStale(transaction);
    const transaction = new Transaction(this.seq, this.store, (owner, key) => this.claim(owner, key));
    this.open.add(transaction);
    return transaction;
  }

  /** Aborts a transaction that outlived its lifetime; true when it is (now) no longer open. */
  expireIfStale(transaction: Transaction): boolean {
    if (transaction.state === 'open' && Date.now() - transaction.startedAt > this.lifetimeMs)
      this.finish(transaction, 'aborted');
    return transaction.state !== 'open';
  }

  commit(transaction: Transaction): void {
    const written = transaction.view.written();
    for (const collection of written) {
      if (collection.base && this.store.get(collection.db, collection.name) !== collection.base) throw writeConflict();
      for (const id of collection.writes.keys()) this.checkNotCommittedSince(transaction, `${collection.ns}\0${id}`);
    }
    for (const collection of written) {
      const violation = this.store.get(collection.db, collection.name)?.batchViolation(collection.writes);
      if (violation) throw transientDuplicateKey(violation);
    }
    for (const collection of written) this.store.ensure(collection.db, collection.name).applyBatch(collection.writes);
    this.finish(transaction, 'committed');
  }

  abort(transaction: Transaction): void {
    if (transaction.state === 'open') this.finish(transaction, 'aborted');
  }

  /** Notes the documents a command changed (the server passes every command's changes). */
  recordCommitted(changes: StoreChange[]): void {
    if (this.open.size === 0 || changes.length === 0) return;
    this.seq++;
    for (const change of changes) {
      if (change.t === 'put') this.committedAt.set(`${change.db}.${change.c}\0${canonicalKey(change.d._id)}`, this.seq);
      else if (change.t === 'del')
        this.committedAt.set(`${change.db}.${change.c}\0${canonicalKey(change.id)}`, this.seq);
    }
  }

  private claim(transaction: Transaction, key: string): void {
    if (transaction.state !== 'open') throw writeConflict();
    const holder = this.holders.get(key);
    if (holder && holder !== transaction && !this.expireIfStale(holder)) throw writeConflict();
    this.checkNotCommittedSince(transaction, key);
    this.holders.set(key, transaction);
    transaction.claimed.add(key);
  }

  private checkNotCommittedSince(transaction: Transaction, key: string): void {
    if ((this.committedAt.get(key) ?? -1) > transaction.startSeq) throw writeConflict();
  }

  private finish(transaction: Transaction, state: 'committed' | 'aborted'): void {
    transaction.state = state;
    this.open.delete(transaction);
    for (const key of transaction.claimed) if (this.holders.get(key) === transaction) this.holders.delete(key);
    if (this.open.size === 0) this.committedAt.clear();
  }
}
