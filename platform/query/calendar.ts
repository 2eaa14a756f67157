/**
 * Calendar days in Asia/Shanghai, where every division of this product lies. China has kept
 * UTC+8 without daylight saving since September 1991, so a local calendar field is the UTC field
 * of the instant moved eight hours on: no time-zone database lookup per record.
 */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

interface CalendarDay {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export function shanghaiDay(date: Date): CalendarDay {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** Midnight in Asia/Shanghai at the start of the given calendar day (overflowing days roll on). */
export function shanghaiMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS);
}

/** The instant `hour` o'clock in Asia/Shanghai on the given calendar day (overflowing fields roll on), e.g. a seeded record's time. */
export function shanghaiTime(year: number, month: number, day: number, hour = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour) - SHANGHAI_OFFSET_MS);
}

/** The Asia/Shanghai calendar day of an instant as ISO 8601 text, YYYY-MM-DD (its first 7 characters are the month). */
export function shanghaiDateText(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
