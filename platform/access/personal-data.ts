import { shanghaiDay } from '../query/calendar.js';

/**
 * The masks of personal data, one per kind the schema's `@personal(kind:)` names. A mask keeps
 * only what the product shows everyone (a name's surname, an ID number's region and check
 * digits, a birth date's year) and nothing from which the hidden part can be rebuilt: an age is
 * masked to the age reached this year, which the year alone gives.
 */
export type PersonalDataKind = 'NAME' | 'ID_NUMBER' | 'PHONE' | 'BIRTH_DATE' | 'AGE';

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ['NAME', 'ID_NUMBER', 'PHONE', 'BIRTH_DATE', 'AGE'];

/** 410503199001011234 -> 410503********1234 (the birth date, digits 7–14, is hidden). */
function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** 13812345678 -> 138****5678 */
function maskPhone(value: string): string {
  if (value.length < 8) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** 张三丰 -> 张** */
function maskName(value: string): string {
  const chars = Array.from(value);
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

/** A birth date as served in full: its calendar day in Asia/Shanghai, `YYYY-MM-DD`. */
export function birthDateText(birthDate: Date): string {
  const { year, month, day } = shanghaiDay(birthDate);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `1990-05-17` -> `1990` */
function maskBirthDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.slice(0, 4) : '****';
}

/** Whole years between a birth date and `on`, in Asia/Shanghai calendar days. */
export function ageOn(birthDate: Date, on: Date): number {
  const born = shanghaiDay(birthDate);
  const today = shanghaiDay(on);
  return (
    today.year - born.year - (today.month < born.month || (today.month === born.month && today.day < born.day) ? 1 : 0)
  );
}

/** The age reached in `on`'s calendar year: what a masked age shows, from the birth year alone. */
function ageReachedInYear(birthDate: Date, on: Date): number {
  return shanghaiDay(on).year - shanghaiDay(birthDate).year;
}

/** What a field of `kind` holds in full, and the record it belongs to (an AGE mask needs the record's birth date). */
export function maskPersonal(
  kind: PersonalDataKind,
  value: string | number,
  record: { birthDate?: unknown },
  now: Date,
): string | number {
  switch (kind) {
    case 'NAME':
      return maskName(String(value));
    case 'ID_NUMBER':
      return maskIdNumber(String(value));
    case 'PHONE':
      return maskPhone(String(value));
    case 'BIRTH_DATE':
      return maskBirthDate(String(value));
    case 'AGE':
      if (!(record.birthDate instanceof Date))
        throw new Error('an @personal(kind: AGE) field belongs to a record with a birthDate');
      return ageReachedInYear(record.birthDate, now);
  }
}
