import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOVERNANCE_ERROR_CODES } from '../gateway/client/index.js';
import { ERROR_CODES } from '../platform/contract/errors.js';
import { startTestStack, type TestStack } from './utils/stack.js';

/**
 * The typed client as its own package: packed with `npm pack`, installed from the tarball into a
 * project outside the repository, a consumer compiled with `tsc --strict` against it and run
 * against a live gateway. It imports nothing from the server.
 */
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
let stack: TestStack;
let work: string;

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  work = mkdtempSync(join(tmpdir(), 'client-consumer-'));
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the client package', () => {
  it('imports nothing outside gateway/client, and knows every error code the server sends', () => {
    const sources = [
      'gateway/client/index.ts',
      'gateway/client/apollo.ts',
      ...readdirSync('gateway/client/__generated__')
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `gateway/client/__generated__/${file}`),
    ];
    for (const file of sources) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      expect(
        imports.filter((path) => path.startsWith('..') && !path.startsWith('./')),
        file,
      ).toEqual([]);
      expect(
        imports.filter(
          (path) =>
            !path.startsWith('.') &&
            !['graphql', '@graphql-typed-document-node/core', '@apollo/client/cache'].includes(path),
        ),
        file,
      ).toEqual([]);
    }
    expect(ERROR_CODES.filter((code) => !(GOVERNANCE_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    const manifest = JSON.parse(readFileSync('gateway/client/package.json', 'utf8'));
    expect(manifest.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('packs, installs outside the repository, compiles a consumer with tsc --strict and runs it against the gateway', async () => {
    const { stdout } = await run(
      'npm',
      ['pack', '--workspace', 'gateway/client', '--pack-destination', work, '--json'],
      { cwd: ROOT },
    );
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[]; size: number }[];
    const files = packed.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'dist/apollo.js',
        'dist/apollo.d.ts',
        'dist/__generated__/graphql.js',
        'dist/persisted-documents.json',
        'README.md',
        'package.json',
      ]),
    );
    expect(files.filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))).toEqual([]);
    expect(packed.size, 'the tarball is the client alone').toBeLessThan(1_000_000);
    const project = join(work, 'consumer');
    await run('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const versionOf = (name: string) =>
      JSON.parse(readFileSync(join(ROOT, `node_modules/${name}/package.json`), 'utf8')).version as string;
    // The versions this repository already holds, so npm takes them from its cache.
    await run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        join(work, packed.filename),
        `graphql@${versionOf('graphql')}`,
        `@types/node@${versionOf('@types/node')}`,
      ],
      { cwd: project },
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { createGovernanceClient, BeiguanDibaoDocument, ApproveAssistanceDocument, type GovernanceErrorCode } from '@street-governance/client';
const client = createGovernanceClient({ url: process.env.GATEWAY_URL!, token: async () => process.env.TOKEN!, timeoutMs: 10000 });
const result = await client.request(BeiguanDibaoDocument);
const households: number | null | undefined = result.data?.district?.civilAffairsIndicators?.dibaoHouseholds.value;
const refused = await client.request(ApproveAssistanceDocument, { id: 'no-such-case', expectedVersion: 1 }, { requestId: 'consumer-1' });
const code: GovernanceErrorCode | undefined = refused.errors[0]?.code;
const trusted = createGovernanceClient({ url: process.env.GATEWAY_URL!, token: process.env.TOKEN!, trustedDocuments: true });
const byId = await trusted.request(BeiguanDibaoDocument, { code: '410503' });
console.log(JSON.stringify({ households, code, requestId: result.requestId, byId: byId.data?.district?.name }));
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          lib: ['ES2023', 'DOM'],
          types: ['node'],
          skipLibCheck: false,
          outDir: 'out',
        },
        files: ['consumer.ts'],
      }),
    );
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: project,
    });
    const token = await stack.token({ sub: 'consumer', role: 'admin' });
    const { stdout: output } = await run(process.execPath, ['out/consumer.js'], {
      cwd: project,
      env: { ...process.env, GATEWAY_URL: stack.gatewayUrl, TOKEN: token },
    });
    const answer = JSON.parse(output);
    expect(answer).toMatchObject({ households: 1669, code: 'NOT_FOUND', byId: '北关区' });
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
  }, 240_000);
});
