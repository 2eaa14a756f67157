import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Executables live in `cli/`; every other module only defines things, so importing it starts
 * nothing (no top-level await, signal handlers, process exits or "am I the entry point" checks).
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === '__generated__') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Statements at column 0 that do something when the module is imported. */
const SIDE_EFFECT = /^(await |if \(process\.argv|process\.(on|once|exit)\(|main\(|void main\()/m;

/** The text with template literals blanked, so code a module writes out for a child process is not read as its own. */
function withoutTemplates(text: string): string {
  return text.replace(/`(?:\\[\s\S]|[^`\\])*`/g, '``');
}

describe('layout', () => {
  it('outside cli/, no module has top-level side effects', () => {
    const libraries = ['engine', 'gateway', 'subgraphs', 'bench'].flatMap((root) => sourceFiles(root));
    expect(libraries.length).toBeGreaterThan(100);
    expect(libraries.filter((file) => SIDE_EFFECT.test(withoutTemplates(readFileSync(file, 'utf8'))))).toEqual([]);
  });

  it('every npm script that runs a TypeScript file runs one in cli/', () => {
    const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    const entries = Object.entries(scripts).flatMap(([name, command]) => [...command.matchAll(/\btsx\s+(\S+\.ts)/g)].map((match) => [name, match[1]] as const));
    expect(entries.length).toBeGreaterThanOrEqual(10);
    expect(entries.filter(([, file]) => !file.startsWith('cli/'))).toEqual([]);
    const present = new Set(sourceFiles('cli'));
    expect(entries.filter(([, file]) => !present.has(file))).toEqual([]);
  });
});
