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

/** Turns anything thrown while running a command (including mingo's assertion errors) into a reply. */
export function errorReply(error: unknown): Document {
  if (error instanceof CommandError) return error.toReply();
  const message = error instanceof Error ? error.message : String(error);
  // mingo reports unsupported or malformed expressions by throwing plain errors.
  return { ok: 0, errmsg: message, code: 2, codeName: 'BadValue' };
}
