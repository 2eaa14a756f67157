import type { Model } from 'mongoose';
import type { Domain, Viewer } from '../contract/identity.js';
import { requireWriteAccess, type WriteLevel } from '../access/write-access.js';
import { applyTransition, parseExpectedVersion, parseNote, type VersionedRecord } from './write-model.js';

/**
 * One named step of a record's lifecycle (accept an incident, approve an assistance case, publish a
 * notice …) as every domain's mutations take it: the arguments the API exposes and the rule that
 * says who may take it. The write itself is `applyTransition`'s guarded update.
 */
export interface StepArgs {
  id: string;
  expectedVersion: number;
  note?: string | null;
}

export interface LifecycleStep<T, S extends string> {
  /** Upper snake case; `RESOLVE` reads "cannot resolve …" in errors. */
  action: string;
  from: readonly S[];
  to: S;
  /** The lowest level of official who may take the step, or one the record decides (a notice's own division). */
  minimumLevel: WriteLevel | ((current: T) => WriteLevel);
  set?: (current: T, now: Date) => Partial<T>;
}

export function takeLifecycleStep<T extends VersionedRecord & { divisionCode: string }, S extends string>(
  ctx: { viewer: Viewer; domain: Domain },
  model: Model<T>,
  what: string,
  step: LifecycleStep<T, S>,
  args: StepArgs,
  now = new Date(),
): Promise<T> {
  return applyTransition(model, {
    what,
    id: args.id,
    expectedVersion: parseExpectedVersion(args.expectedVersion),
    action: step.action,
    from: step.from,
    to: step.to,
    set: (current) => step.set?.(current, now) ?? {},
    note: parseNote(args.note),
    viewer: ctx.viewer,
    now,
    authorize: (current) =>
      requireWriteAccess(ctx, {
        divisionCode: current.divisionCode,
        minimumLevel: typeof step.minimumLevel === 'function' ? step.minimumLevel(current) : step.minimumLevel,
      }),
  });
}
