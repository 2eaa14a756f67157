import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORS_ALLOWED_HEADERS, parseCorsOrigins } from '../gateway/cors.js';
import { ConfigError } from '../platform/server/secrets.js';
import { launchChromium } from './utils/browser.js';
import { startTestStack, type TestStack } from './utils/stack.js';

/**
 * CORS through the gateway: a page on another loopback origin, loaded in headless Chromium,
 * queries the gateway and gets data when its origin is in CORS_ORIGINS, and is blocked by the
 * browser when it is not; preflights and headers checked over HTTP for every route.
 */
let stack: TestStack;
let browser: Browser;
let allowedPage: { server: Server; origin: string };
let otherPage: { server: Server; origin: string };

/** A page server on its own port: `/` is a page that posts a query to the gateway with a bearer token. */
async function pageServer(host: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><meta charset="utf-8"><title>frontend</title><p>前端页面</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://${host}:${(server.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  allowedPage = await pageServer('localhost');
  otherPage = await pageServer('127.0.0.1');
  stack = await startTestStack({ seed: true, gateway: { corsOrigins: [allowedPage.origin] } });
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  for (const page of [allowedPage, otherPage]) page?.server.close();
});

const QUERY = '{ district(code: "410503") { code name } }';

async function queryFromPage(origin: string, token: string) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    return await page.evaluate(
      async ({ url, query, token }) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${token}`,
              'x-request-id': 'from-the-page',
            },
            body: JSON.stringify({ query }),
          });
          return {
            ok: true as const,
            status: response.status,
            requestId: response.headers.get('x-request-id'),
            body: await response.json(),
          };
        } catch (error) {
          return { ok: false as const, error: String(error) };
        }
      },
      { url: stack.gatewayUrl, query: QUERY, token },
    );
  } finally {
    await page.close();
  }
}

describe('CORS in a real browser', () => {
  it('a page from an allowed origin queries the gateway and gets data; one from another origin is blocked', async () => {
    const token = await stack.token({
      sub: 'cors-official',
      role: 'district_official',
      jurisdiction: '410503',
      domains: ['civil-affairs'],
    });
    const allowed = await queryFromPage(allowedPage.origin, token);
    expect(allowed).toMatchObject({
      ok: true,
      status: 200,
      body: { data: { district: { code: '410503', name: '北关区' } } },
    });
    // The page can read the gateway's request id: exposed for quoting to operators.
    expect(allowed.ok && allowed.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const blocked = await queryFromPage(otherPage.origin, token);
    expect(blocked).toMatchObject({ ok: false });
    expect(blocked.ok === false && blocked.error).toMatch(/Failed to fetch/);
  });
});

describe('CORS over HTTP', () => {
  const preflight = (path: string, origin: string) =>
    fetch(new URL(path, stack.gatewayUrl), {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, x-request-id',
      },
    });

  it('a preflight from an allowed origin gets 204, the origin echoed, the client headers and a max age, on every route', async () => {
    for (const path of ['/graphql', '/export.csv', '/health']) {
      const response = await preflight(path, allowedPage.origin);
      expect(response.status, path).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(allowedPage.origin);
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      const headers = response.headers.get('access-control-allow-headers')!.split(', ');
      for (const header of [
        'authorization',
        'content-type',
        'x-request-id',
        'if-none-match',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'traceparent',
        'tracestate',
      ]) {
        expect(headers, `${path} allows ${header}`).toContain(header);
      }
      expect(headers).toEqual([...CORS_ALLOWED_HEADERS]);
      expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(response.headers.get('vary')).toContain('origin');
    }
  });

  it('another origin gets no CORS headers and keeps CSRF prevention', async () => {
    for (const path of ['/graphql', '/export.csv', '/health']) {
      const response = await preflight(path, otherPage.origin);
      expect(response.status, path).not.toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-headers')).toBeNull();
    }
    // A "simple" cross-site POST (no preflight) is refused by Apollo's CSRF prevention.
    const simple = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { origin: otherPage.origin, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(simple.status).toBe(400);
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    expect(await simple.text()).toMatch(/CSRF/i);
  });

  it('an allowed origin gets the CORS headers on the actual response too', async () => {
    const token = await stack.token({ sub: 'cors-admin', role: 'admin' });
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { origin: allowedPage.origin, 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowedPage.origin);
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });
});

describe('CORS_ORIGINS', () => {
  it('takes comma-separated exact origins, none by default', () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins('')).toEqual([]);
    expect(parseCorsOrigins('http://localhost:5173, https://gov.example.cn')).toEqual([
      'http://localhost:5173',
      'https://gov.example.cn',
    ]);
  });

  it.each([
    '*',
    'http://localhost:5173/',
    'http://localhost:5173/app',
    'localhost:5173',
    'ftp://example.cn',
    'https://*.example.cn',
  ])('refuses %s naming the variable', (value) => {
    expect(() => parseCorsOrigins(value)).toThrow(ConfigError);
    expect(() => parseCorsOrigins(value)).toThrow(/CORS_ORIGINS/);
  });
});
