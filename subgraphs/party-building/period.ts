import mongoose from 'mongoose';
import { badUserInput } from '../../platform/contract/errors.js';

/** A half-open time range [from, to); open ends are null. */
export interface Period {
  from: Date | null;
  to: Date | null;
}

/** `toArgument` names the end argument in the error, e.g. `filter.to` or `filter.joinedTo`. */
export function parsePeriod(from: Date | null | undefined, to: Date | null | undefined, toArgument = 'to'): Period {
  const period = { from: from ?? null, to: to ?? null };
  if (period.from && period.to && period.from.getTime() >= period.to.getTime()) {
    throw badUserInput(toArgument, 'must be later than the start');
  }
  return period;
}

/**
 * `{ $gte, $lt }` for a date field, or null when the period is unbounded. Built from parsed
 * dates only, so it is marked trusted (the connection's sanitizeFilter would wrap it in `$eq`).
 */
export function dateRange(period: Period): Record<string, Date> | null {
  const range: Record<string, Date> = {};
  if (period.from) range.$gte = period.from;
  if (period.to) range.$lt = period.to;
  return Object.keys(range).length ? (mongoose.trusted(range) as Record<string, Date>) : null;
}

export function periodKey(period: Period): string {
  return `${period.from?.toISOString() ?? ''}/${period.to?.toISOString() ?? ''}`;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

function shanghaiYear(date: Date): number {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/**
 * The calendar year (Asia/Shanghai) a period covers when it lies inside one year: a work-plan
 * target for that year applies. `to` is exclusive, so [2016-01-01, 2017-01-01) is 2016.
 */
export function targetYearOf(period: Period): number | null {
  if (!period.from || !period.to) return null;
  const year = shanghaiYear(period.from);
  return shanghaiYear(new Date(period.to.getTime() - 1)) === year ? year : null;
}
