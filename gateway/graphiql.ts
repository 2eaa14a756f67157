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

export interface PreloadedOperation {
  file: string;
  /** The first comment line of the file: the question in Chinese. */
  title: string;
  query: string;
}

export function loadOperations(dir = OPERATIONS_DIR): PreloadedOperation[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.graphql')).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const query = readFileSync(`${dir}/${file}`, 'utf8');
    const title = /^#\s*(.+)$/m.exec(query)?.[1]?.trim() ?? file;
    return { file, title, query };
  });
}

const FAVICON = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%23c0392b%22/%3E%3C/svg%3E';

export interface GraphiQLPage {
  html: string;
  gzipped: Buffer;
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
  return { html, gzipped: gzipSync(html) };
}
