import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BeiguanDibaoDocument,
  CommunityProfileDocument,
  createGovernanceClient,
  Enterprise360Document,
  SignedProjectsOver100MillionDocument,
  type GovernanceClient,
  type GovernanceErrorCode,
} from '../gateway/client/index.js';
import { startTestStack, type TestStack } from './utils/stack.js';

/**
 * Plays another service: it uses only the generated typed client against a live gateway. The
 * file is type-checked with the rest (`npm run typecheck`), so field names, nullability and
 * enum values are proven against real responses.
 */
let stack: TestStack;
let client: GovernanceClient;

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  client = createGovernanceClient({
    url: stack.gatewayUrl,
    token: await stack.token({ sub: 'svc-reporting', role: 'admin' }),
  });
});
afterAll(async () => {
  await stack?.stop();
});

describe('client: typed operations against the live gateway', () => {
  it('reads 北关区 低保 households and persons as typed numbers (document 003: 1,669 / 2,873)', async () => {
    const result = await client.request(BeiguanDibaoDocument, { code: '410503' });
    expect(result.errors).toEqual([]);
    const indicators = result.data?.district?.civilAffairsIndicators;
    const households: number | null | undefined = indicators?.dibaoHouseholds.value;
    expect(households).toBe(1669);
    expect(indicators?.dibaoPersons.value).toBe(2873);
    expect(indicators?.dibaoUrbanAmount.value).toBe(6_057_000);
    expect(indicators?.dibaoRuralAmount.value).toBe(3_563_000);
  });

  it('lists signed projects with enum-typed industries (document 003: 45 projects, 176.5亿)', async () => {
    const result = await client.request(SignedProjectsOver100MillionDocument, { code: '410503', first: 50 });
    expect(result.errors).toEqual([]);
    // Root lists are nullable: one domain's outage nulls only its own list, not the response.
    const projects = result.data?.investmentProjects?.edges.map((edge) => edge.node) ?? [];
    expect(result.data?.investmentProjects?.totalCount).toBe(45);
    expect(projects.reduce((sum, project) => sum + project.amountYuan, 0)).toBe(17_650_000_000);
    const industries = new Set(projects.map((project) => project.industry));
    const allowed: ReadonlyArray<(typeof projects)[number]['industry']> = ['TEXTILE_APPAREL', 'HIGH_END_EQUIPMENT'];
    for (const industry of ['TEXTILE_APPAREL', 'HIGH_END_EQUIPMENT'] as const)
      expect(industries.has(industry)).toBe(true);
    expect(allowed).toHaveLength(2);
  });

  it('reads a community profile whose contributed fields are nullable', async () => {
    const result = await client.request(CommunityProfileDocument, { code: '120104004001' });
    expect(result.errors).toEqual([]);
    const community = result.data?.community;
    expect(community?.name).toBe('朝园里社区');
    // Contributed fields are typed nullable: one domain's outage must not null the community.
    const enterprises: { totalCount: number } | null | undefined = community?.enterprises;
    expect(typeof enterprises?.totalCount).toBe('number');
  });

  it('returns null data for an unknown enterprise and typed error codes for bad input', async () => {
    const missing = await client.request(Enterprise360Document, { id: 'ent-does-not-exist' });
    expect(missing.errors).toEqual([]);
    expect(missing.data?.enterprise).toBeNull();

    const bad = await client.request(SignedProjectsOver100MillionDocument, { code: '410503', first: 500 });
    const code: GovernanceErrorCode | undefined = bad.errors[0]?.code;
    expect(code).toBe('BAD_USER_INPUT');
  });

  it('reports UNAUTHENTICATED as a typed error for a bad token', async () => {
    const anonymous = createGovernanceClient({ url: stack.gatewayUrl, token: 'expired-or-forged' });
    const result = await anonymous.request(BeiguanDibaoDocument, { code: '410503' });
    expect(result.status).toBe(401);
    expect(result.errors.map((error) => error.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('client: codegen rejects an operation that does not validate', () => {
  it('fails with the file, the line and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-'));
    const file = join(dir, 'broken.graphql');
    writeFileSync(file, '# 错误示例\nquery Broken {\n  district(code: "410503") {\n    noSuchField\n  }\n}\n');
    const root = resolve(import.meta.dirname, '..');
    const attempt = generate(
      {
        cwd: root,
        silent: true,
        schema: 'schema/supergraph.graphql',
        documents: file,
        generates: { [join(dir, 'out/')]: { preset: 'client' } },
      },
      false,
    );
    await expect(attempt).rejects.toThrow(/broken\.graphql[\s\S]*noSuchField|noSuchField[\s\S]*broken\.graphql/);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toMatch(/4:5|line 4|:4:/);
  }, 60_000);
});
