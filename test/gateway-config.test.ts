import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuthenticator } from '../gateway/auth.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { createGateway } from '../gateway/server.js';
import { loadSecrets } from '../platform/server/secrets.js';
import type { Listening } from '../platform/server/http-server.js';

/**
 * Production refuses missing secrets and unsafe settings (in-process and through the real entry
 * points), development generates secrets per data directory and says so, and RS256 tokens are
 * verified through a JWKS served on a local port.
 */
const ROOT = resolve(import.meta.dirname, '..');
const PRODUCTION_SECRETS = {
  NODE_ENV: 'production',
  JWT_SECRET: 'jwt-secret-for-tests',
  SUBGRAPH_SECRET: 'subgraph-secret-for-tests',
};

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('config: production mode', () => {
  it('config: refuses to start without SUBGRAPH_SECRET, without JWT_SECRET or JWKS_URL, and with GATEWAY_AUTH=disabled', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: 'x' })).toThrow(
      'SUBGRAPH_SECRET is required when NODE_ENV=production',
    );
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', SUBGRAPH_SECRET: 'x' })).toThrow(
      'JWT_SECRET or JWKS_URL is required when NODE_ENV=production',
    );
    expect(() => loadGatewayConfig({ ...PRODUCTION_SECRETS, GATEWAY_AUTH: 'disabled' })).toThrow(
      'GATEWAY_AUTH=disabled is refused when NODE_ENV=production',
    );
  });

  it('config: with its secrets it starts locked down (no GraphiQL, introspection or suggestions) and writes no secret file', () => {
    const dataDir = tempDir('prod-config-');
    const config = loadGatewayConfig({ ...PRODUCTION_SECRETS, DATA_DIR: dataDir });
    expect(config.auth).toEqual({ disabled: false, jwtSecret: PRODUCTION_SECRETS.JWT_SECRET, jwksUrl: undefined });
    expect(config.subgraphSecret).toBe(PRODUCTION_SECRETS.SUBGRAPH_SECRET);
    expect([config.graphiql, config.introspection, config.fieldSuggestions]).toEqual([false, false, false]);
    expect(existsSync(join(dataDir, 'dev-secrets.json'))).toBe(false);
    const jwks = loadGatewayConfig({
      NODE_ENV: 'production',
      SUBGRAPH_SECRET: 'x',
      JWKS_URL: 'https://idp.example/jwks.json',
    });
    expect(jwks.auth).toEqual({ disabled: false, jwtSecret: undefined, jwksUrl: 'https://idp.example/jwks.json' });
  });

  /** Runs an npm script with only the given variables (plus PATH and HOME) and collects its exit. */
  function run(script: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    return new Promise((done) => {
      const child = spawn('npm', ['run', '--silent', ...script], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: tempDir('entry-'), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => done({ code, output }));
    });
  }

  it('config: the entry points exit non-zero with the reason', async () => {
    // Two processes only (each loads the whole server): the other refusals are checked in process above.
    const [gatewayAuthDisabled, subgraphWithoutSecret] = await Promise.all([
      run(['start:gateway'], { ...PRODUCTION_SECRETS, GATEWAY_AUTH: 'disabled', PORT: '0' }),
      run(['start:subgraph', '--', 'economy'], {
        NODE_ENV: 'production',
        MONGODB_URI: 'mongodb://127.0.0.1:9',
        JWT_SECRET: 'x',
        PORT: '0',
      }),
    ]);
    expect(gatewayAuthDisabled.code).not.toBe(0);
    expect(gatewayAuthDisabled.output).toContain(
      'gateway: configuration error: GATEWAY_AUTH=disabled is refused when NODE_ENV=production',
    );
    expect(subgraphWithoutSecret.code).not.toBe(0);
    expect(subgraphWithoutSecret.output).toContain(
      'subgraph: configuration error: SUBGRAPH_SECRET is required when NODE_ENV=production',
    );
  }, 60_000);
});

describe('config: development mode', () => {
  it('config: generates secrets once per data directory, says so, and keeps them across restarts', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const dataDir = tempDir('dev-config-');
    const first = loadGatewayConfig({ DATA_DIR: dataDir });
    const file = join(dataDir, 'dev-secrets.json');
    expect(log.mock.calls.flat().join('\n')).toContain(
      `development mode: generated JWT, subgraph, cursor and perturbation secrets in ${file}`,
    );
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      jwtSecret: first.auth.jwtSecret,
      subgraphSecret: first.subgraphSecret,
      cursorSecret: expect.any(String),
      perturbationSecret: expect.any(String),
    });
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(first.auth.jwtSecret!.length).toBeGreaterThanOrEqual(43);

    log.mockClear();
    const restarted = loadGatewayConfig({ DATA_DIR: dataDir });
    expect(restarted.auth.jwtSecret).toBe(first.auth.jwtSecret);
    expect(restarted.subgraphSecret).toBe(first.subgraphSecret);
    expect(log).not.toHaveBeenCalled();

    const elsewhere = loadGatewayConfig({ DATA_DIR: tempDir('dev-config-') });
    expect(elsewhere.auth.jwtSecret).not.toBe(first.auth.jwtSecret);
    expect(elsewhere.subgraphSecret).not.toBe(first.subgraphSecret);
  });

  it('config: subgraphs need CURSOR_SECRET in production; a dev-secrets.json written before it gets one, kept across restarts', () => {
    const production = { NODE_ENV: 'production', SUBGRAPH_SECRET: 's', JWT_SECRET: 'j' };
    expect(() => loadSecrets(production, tempDir('cursor-'), () => {}, { cursorSecret: true })).toThrow(
      'CURSOR_SECRET is required when NODE_ENV=production',
    );
    expect(loadSecrets(production, tempDir('cursor-'), () => {}).cursorSecrets).toBeUndefined();
    expect(
      loadSecrets({ ...production, CURSOR_SECRET: 'c', CURSOR_SECRET_PREVIOUS: 'p' }, tempDir('cursor-'), () => {}, {
        cursorSecret: true,
      }).cursorSecrets,
    ).toEqual({ current: 'c', previous: 'p' });

    const dataDir = tempDir('cursor-');
    const file = join(dataDir, 'dev-secrets.json');
    writeFileSync(file, JSON.stringify({ jwtSecret: 'old-jwt', subgraphSecret: 'old-subgraph' }), { mode: 0o600 });
    const lines: string[] = [];
    const upgraded = loadSecrets({}, dataDir, (line) => lines.push(line), { cursorSecret: true });
    expect([upgraded.jwtSecret, upgraded.subgraphSecret]).toEqual(['old-jwt', 'old-subgraph']);
    expect(upgraded.cursorSecrets?.current.length).toBeGreaterThanOrEqual(43);
    expect(lines.join('\n')).toContain(`added cursorSecret, perturbationSecret to ${file}`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      jwtSecret: 'old-jwt',
      subgraphSecret: 'old-subgraph',
      cursorSecret: upgraded.cursorSecrets?.current,
      perturbationSecret: upgraded.perturbationSecret,
    });
    expect(loadSecrets({}, dataDir, () => {}, { cursorSecret: true }).cursorSecrets).toEqual(upgraded.cursorSecrets);
    expect(
      loadSecrets({ CURSOR_SECRET_PREVIOUS: 'before' }, dataDir, () => {}, { cursorSecret: true }).cursorSecrets,
    ).toEqual({ ...upgraded.cursorSecrets, previous: 'before' });
  });

  it('config: subgraphs need PERTURBATION_SECRET in production (32 characters at least); development keeps one per data directory', () => {
    const production = { NODE_ENV: 'production', SUBGRAPH_SECRET: 's', JWT_SECRET: 'j', CURSOR_SECRET: 'c' };
    const needs = { cursorSecret: true, perturbationSecret: true };
    expect(() => loadSecrets(production, tempDir('perturbation-'), () => {}, needs)).toThrow(
      'PERTURBATION_SECRET is required when NODE_ENV=production',
    );
    expect(() =>
      loadSecrets({ ...production, PERTURBATION_SECRET: 'short' }, tempDir('perturbation-'), () => {}, needs),
    ).toThrow('PERTURBATION_SECRET must be at least 32 characters');
    const secret = 'p'.repeat(32);
    expect(
      loadSecrets({ ...production, PERTURBATION_SECRET: secret }, tempDir('perturbation-'), () => {}, needs)
        .perturbationSecret,
    ).toBe(secret);
    // The gateway does not need it.
    expect(
      loadSecrets(production, tempDir('perturbation-'), () => {}, { cursorSecret: true }).perturbationSecret,
    ).toBeUndefined();

    const dataDir = tempDir('perturbation-');
    const first = loadSecrets({}, dataDir, () => {}, needs).perturbationSecret;
    expect(first?.length).toBeGreaterThanOrEqual(43);
    expect(loadSecrets({}, dataDir, () => {}, needs).perturbationSecret).toBe(first);
    expect(loadSecrets({ PERTURBATION_SECRET: secret }, dataDir, () => {}, needs).perturbationSecret).toBe(secret);
    expect(() => loadSecrets({ PERTURBATION_SECRET: 'short' }, dataDir, () => {}, needs)).toThrow(
      'PERTURBATION_SECRET must be at least 32 characters',
    );
  });
});

describe('config: RS256 tokens through a JWKS', () => {
  const KID = 'test-key-1';
  let jwksServer: Server;
  let gateway: Listening;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
    jwksServer = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((done) => jwksServer.listen(0, '127.0.0.1', done));
    const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
    // The production configuration path: JWKS_URL instead of JWT_SECRET.
    const config = loadGatewayConfig({
      NODE_ENV: 'production',
      SUBGRAPH_SECRET: 'subgraph-secret-for-tests',
      JWKS_URL: jwksUrl,
    });
    gateway = await createGateway({ ...config, authenticate: createAuthenticator(config.auth) }).listen(0);
  });
  afterAll(async () => {
    await gateway?.close(1000);
    await new Promise((done) => jwksServer?.close(done));
  });

  const claims = { role: 'analyst', jurisdiction: '410503', domains: [] };
  const rs256 = (key: CryptoKey, kid = KID) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('idp-user')
      .setExpirationTime('5m')
      .sign(key);

  async function ask(token: string) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> },
    };
  }

  it('config: accepts an RS256 token signed by a key of the JWKS', async () => {
    expect(await ask(await rs256(privateKey))).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('config: rejects HS256 tokens and RS256 tokens from a key outside the JWKS', async () => {
    const hs256 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(randomUUID()));
    const stranger = await rs256((await generateKeyPair('RS256')).privateKey);
    for (const token of [hs256, stranger]) {
      const response = await ask(token);
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
