import type { Document } from 'bson';
import { parseMaxTimeMS, withDeadline } from '../deadline.js';
import { CommandError, errorReply } from '../errors.js';
import { adminCommands } from './admin.js';
import type { CommandContext, CommandHandler } from './context.js';
export type { ServerIdentity } from './context.js';
import { ddlCommands } from './ddl.js';
import { explainCommand } from './explain.js';
import { readCommands } from './read.js';
import { writeCommands } from './write.js';

const COMMANDS: Record<string, CommandHandler> = {
  ...adminCommands,
  ...ddlCommands,
  ...readCommands,
  ...writeCommands,
};
const HANDLERS: Record<string, CommandHandler> = {
  ...COMMANDS,
  explain: explainCommand(new Set(Object.keys(COMMANDS))),
};

/** Runs one command document; never throws — failures become `{ ok: 0 }` replies. */
export function runCommand(context: Omit<CommandContext, 'db'>): Document {
  try {
    const name = Object.keys(context.command)[0];
    if (name === undefined)
      throw new CommandError(59, 'CommandNotFound', 'no command name found in an empty command document');
    const db = context.command.$db;
    if (typeof db !== 'string' || db === '')
      throw new CommandError(40414, 'Location40414', "BSON field '$db' is missing but a required field");
    const handler = Object.hasOwn(HANDLERS, name) ? HANDLERS[name] : undefined;
    if (!handler) throw new CommandError(59, 'CommandNotFound', `no such command: '${name}'`);
    // maxTimeMS bounds the command's own work (getMore: only tailable cursors in MongoDB, none here).
    const maxTimeMS = parseMaxTimeMS(context.command, name);
    return withDeadline(name === 'getMore' ? undefined : maxTimeMS, () => handler({ ...context, db }));
  } catch (error) {
    return errorReply(error);
  }
}
