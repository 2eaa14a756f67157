/**
 * Resident ID numbers and credit codes for tests, from the standards' formulas (powers of 2 mod
 * 11, powers of 3 mod 31), independent of the weight tables in platform/world/identifiers.ts.
 */

/** GB 11643 / ISO 7064 MOD 11-2 over the 17 digits: (12 − Σ dᵢ·2^(17−i) mod 11) mod 11, 10 written X. */
export function idCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export function idNumber(region: string, yyyymmdd: string, order: string): string {
  const first17 = region + yyyymmdd + order;
  return first17 + idCheck(first17);
}

/** GB 32100: charset without I, O, S, V, Z; weights 3^i mod 31; check = 31 − Σ mod 31, 31 written 0. */
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function creditCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARSET.indexOf(first17[i]) * (3 ** i % 31);
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31];
}

export function creditCode(first17: string): string {
  return first17 + creditCheck(first17);
}
