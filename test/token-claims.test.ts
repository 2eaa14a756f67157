import fc from 'fast-check';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../platform/contract/identity.js';
import { startTestStack, type TestStack } from './utils/stack.js';

/**
 * Token claims at the gateway, generated: every role with jurisdictions of every shape (none, an
 * empty string, codes of each level, several codes, malformed codes) and subjects (empty, blank,
 * named). The rule is restated here from the README's table, not imported from the code.
 */
const LEVELS_BY_ROLE: Record<Role, number[]> = {
  admin: [6, 9, 12, 15],
  district_official: [6],
  street_official: [9],
  community_worker: [12, 15],
  analyst: [6, 9, 12, 15],
  service: [6, 9, 12, 15],
};
const CODES = {
  6: ['410503', '120104'],
  9: ['410503001', '120104004'],
  12: ['410503001001', '120104004001'],
  15: ['410503001001001'],
} as const;

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ seed: true });
});
afterAll(async () => stack?.stop());

const code = fc.oneof(
  { arbitrary: fc.constantFrom(...Object.values(CODES).flat()), weight: 6 },
  { arbitrary: fc.constantFrom('', '4105', '41050300', 'abcdef', '4105030010010011'), weight: 1 },
);
const jurisdictionClaim = fc.oneof(fc.constant(undefined), code, fc.array(code, { minLength: 0, maxLength: 2 }));
const subject = fc.oneof(
  { arbitrary: fc.constant('worker-7'), weight: 5 },
  { arbitrary: fc.constantFrom('', '   '), weight: 1 },
);

function accepted(role: Role, sub: string, claim: undefined | string | string[]): boolean {
  if (sub.trim() === '') return false;
  const codes = claim === undefined ? [] : typeof claim === 'string' ? [claim] : claim;
  if (codes.length === 0) return role === 'admin' && (claim === undefined || Array.isArray(claim));
  return codes.every((c) => /^\d+$/.test(c) && LEVELS_BY_ROLE[role].includes(c.length));
}

async function tokenFor(role: Role, sub: string, claim: undefined | string | string[]): Promise<string> {
  const body: Record<string, unknown> = { role, domains: ['civil-affairs'] };
  if (claim !== undefined) body.jurisdiction = claim;
  return new SignJWT(body)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(stack.jwtSecret));
}

describe('token claims', () => {
  it('token claims: a token is accepted exactly when its subject is named and its jurisdiction fits its role', async () => {
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROLES), subject, jurisdictionClaim, async (role, sub, claim) => {
        const response = await stack.graphql('{ district(code: "410503") { code } }', {
          token: await tokenFor(role, sub, claim),
        });
        if (accepted(role, sub, claim)) {
          seen.accepted++;
          expect(response.status, JSON.stringify({ role, sub, claim })).toBe(200);
        } else {
          seen.refused++;
          expect(response.status, JSON.stringify({ role, sub, claim })).toBe(401);
          expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        }
      }),
      { numRuns: 150, seed: 20261202 },
    );
    expect(seen.accepted).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('token claims: a jurisdiction of two districts sees the union of both, and nothing of a third', async () => {
    const token = await stack.token({
      sub: 'city-service',
      role: 'service',
      jurisdiction: ['410503', '120104'],
      domains: [],
    });
    const query = `{ a: district(code: "410503") { code } b: district(code: "120104") { code } c: district(code: "410102") { code }
      enterprises(first: 1) { totalCount } }`;
    const response = await stack.graphql<Record<string, any>>(query, { token });
    expect(response.body.errors).toBeUndefined();
    expect([response.body.data!.a?.code, response.body.data!.b?.code, response.body.data!.c]).toEqual([
      '410503',
      '120104',
      null,
    ]);
    const raw = stack.connections.economy.collection('enterprises');
    const expected = await raw.countDocuments({ districtCode: { $in: ['410503', '120104'] } });
    expect(expected).toBeGreaterThan(0);
    expect(response.body.data!.enterprises.totalCount).toBe(expected);
  });
});
