import type { SeededRandom } from './random.js';

/**
 * Real-format identifiers: 18-digit resident ID numbers (GB 11643, ISO 7064 MOD 11-2 check
 * digit), 18-character unified social credit codes (GB 32100, MOD 31 check character) and
 * mobile numbers with real carrier prefixes. Validators are used by the API and the importer.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function idNumberCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900;
}

export function isValidIdNumber(value: string): boolean {
  return (
    /^\d{17}[\dX]$/.test(value) &&
    isRealDate(value.slice(6, 14)) &&
    idNumberCheckDigit(value.slice(0, 17)) === value[17]
  );
}

/** `sequence` 0-999 becomes the 3-digit order code; its parity carries the sex (odd = male). */
export function makeIdNumber(regionCode: string, birthDate: Date, sequence: number): string {
  const ymd = birthDate.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = regionCode.slice(0, 6) + ymd + String(sequence % 1000).padStart(3, '0');
  return first17 + idNumberCheckDigit(first17);
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

export function isValidCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return false;
  return creditCodeCheckChar(value.slice(0, 17)) === value[17];
}

/**
 * 9 (registered by market regulation) + 1 (enterprise) + 6-digit region + 9-character
 * organisation code + check character.
 */
export function makeCreditCode(regionCode: string, random: SeededRandom): string {
  let organisation = '';
  for (let i = 0; i < 9; i++) organisation += USCC_CHARS[random.int(0, i === 8 ? 9 : 30)];
  const first17 = `91${regionCode.slice(0, 6)}${organisation}`;
  return first17 + creditCodeCheckChar(first17);
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '158',
  '159',
  '176',
  '177',
  '180',
  '181',
  '185',
  '186',
  '187',
  '188',
  '189',
  '199',
];

export function makeMobile(random: SeededRandom): string {
  return random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
}

export function isValidMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}
