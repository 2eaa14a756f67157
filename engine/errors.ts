import type { Document } from 'bson';

/** A MongoDB command error: becomes `{ ok: 0, errmsg, code, codeName }` on the wire. */
export class CommandError extends Error {
  constructor(
    readonly code: number,
    readonly codeName: string,
    message: string,
    readonly extra: Document = {},
  ) {
    super(message);
  }

  toReply(): Document {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra };
  }
}

export const badValue = (message: string) => new CommandError(2, 'BadValue', message);
export const failedToParse = (message: string) => new CommandError(9, 'FailedToParse', message);
export const typeMismatch = (message: string) => new CommandError(14, 'TypeMismatch', message);
export const namespaceNotFound = (message: string) => new CommandError(26, 'NamespaceNotFound', message);
export const invalidNamespace = (message: string) => new CommandError(73, 'InvalidNamespace', message);

/** The label that tells drivers (and `withTransaction`) to retry the whole transaction. */
const TRANSIENT_TRANSACTION_ERROR = 'TransientTransactionError';

const transient = (code: number, codeName: string, message: string, extra: Document = {}) =>
  new CommandError(code, codeName, message, { ...extra, errorLabels: [TRANSIENT_TRANSACTION_ERROR] });

/** Another transaction (or a write committed since this one began) touched the same document. */
export const writeConflict = () =>
  transient(
    112,
    'WriteConflict',
    'WriteConflict error: this operation conflicted with another operation. Please retry your operation or multi-document transaction.',
  );

export const noSuchTransaction = (message: string) => transient(251, 'NoSuchTransaction', message);

/** A unique key another writer committed while the transaction ran: retrying sees it (and fails plainly). */
export const transientDuplicateKey = (error: CommandError) =>
  transient(error.code, error.codeName, error.message, error.extra);

/** Errors that fail a whole command inside a transaction instead of becoming one item's write error. */
export function isTransientTransactionError(error: unknown): boolean {
  return (
    error instanceof CommandError &&
    Array.isArray(error.extra.errorLabels) &&
    error.extra.errorLabels.includes(TRANSIENT_TRANSACTION_ERROR)
  );
}

/** mingo's own messages for faults MongoDB reports with a specific code. */
const MINGO_ERRORS: Array<[RegExp, number, string]> = [
  [/would modify the immutable field '_id'/, 66, 'ImmutableField'],
  [/would create a conflict/i, 40, 'ConflictingUpdateOperators'],
];

/** Anything thrown while running a command (including mingo's plain errors) as a CommandError. */
export function asCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error;
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, code, codeName] of MINGO_ERRORS) {
    if (pattern.test(message))
      return new CommandError(code, codeName, message.charAt(0).toUpperCase() + message.slice(1));
  }
  // mingo reports unsupported or malformed expressions by throwing plain errors.
  return new CommandError(2, 'BadValue', message);
}

export function errorReply(error: unknown): Document {
  return asCommandError(error).toReply();
}
