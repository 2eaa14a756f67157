import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * GraphiQL served from the project's own installed packages: @graphql-yoga/render-graphiql
 * inlines GraphiQL's scripts, styles and editor workers into one page, so it works on offline
 * government networks (Apollo's default landing page loads Sandbox from a CDN). The analysts'
 * operations in `schema/operations/*.graphql` are preloaded as tabs.
 */
const OPERATIONS_DIR = fileURLToPath(new URL('../schema/operations/', import.meta.url));

interface PreloadedOperation {
  file: string;
  /** The first comment line of the file: the question in Chinese. */
  title: string;
  query: string;
}

export function loadOperations(dir = OPERATIONS_DIR): PreloadedOperation[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((file) => file.endsWith('.graphql'))
      .sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const query = readFileSync(`${dir}/${file}`, 'utf8');
    const title = /^#\s*(.+)$/m.exec(query)?.[1]?.trim() ?? file;
    return { file, title, query };
  });
}

const FAVICON =
  'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%23c0392b%22/%3E%3C/svg%3E';

export interface GraphiQLPage {
  html: string;
  gzipped: Buffer;
  /** The Content-Security-Policy the page is sent with (see graphiqlPolicy). */
  contentSecurityPolicy: string;
}

/** The text of every inline `<script>` (one without `src`), as a browser hashes it. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((match) => match[1]);
}

/**
 * The page's scripts are inline, so script-src lists their hashes instead of 'unsafe-inline':
 * an injected script (none should be possible, but the page holds tokens) does not run. No
 * 'unsafe-eval': GraphiQL and its editor need none (checked in headless Chromium). The editor's
 * workers start from blob: URLs the page creates; its styles are inline `<style>` and style
 * attributes, hence 'unsafe-inline' for styles only. Fonts and icons are data: URLs.
 */
function graphiqlPolicy(html: string): string {
  const hashes = inlineScripts(html).map(
    (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ') || "'none'"}`,
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function buildGraphiQLPage(): GraphiQLPage {
  const operations = loadOperations();
  const html = renderGraphiQL({
    title: '街道治理数据联邦 GraphiQL / Street governance federation',
    favicon: FAVICON,
    logo: '街道治理',
    headers: JSON.stringify({ Authorization: 'Bearer <token printed by npm start or npm run token>' }, null, 2),
    shouldPersistHeaders: true,
    defaultTabs: operations.map((operation) => ({ query: operation.query })),
    defaultQuery: operations[0]?.query,
  });
  return { html, gzipped: gzipSync(html), contentSecurityPolicy: graphiqlPolicy(html) };
}
