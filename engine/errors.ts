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
    if (pattern.test(message)) return new CommandError(code, codeName, message.charAt(0).toUpperCase() + message.slice(1));
  }
  // mingo reports unsupported or malformed expressions by throwing plain errors.
  return new CommandError(2, 'BadValue', message);
}

export function errorReply(error: unknown): Document {
  return asCommandError(error).toReply();
}
