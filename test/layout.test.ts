import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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
    const libraries = ['engine', 'platform', 'gateway', 'subgraphs', 'bench'].flatMap((root) => sourceFiles(root));
    expect(libraries.length).toBeGreaterThan(100);
    expect(libraries.filter((file) => SIDE_EFFECT.test(withoutTemplates(readFileSync(file, 'utf8'))))).toEqual([]);
  });

  it('every npm script that runs a TypeScript file runs one in cli/', () => {
    const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    const entries = Object.entries(scripts).flatMap(([name, command]) =>
      [...command.matchAll(/\btsx\s+(\S+\.ts)/g)].map((match) => [name, match[1]] as const),
    );
    expect(entries.length).toBeGreaterThanOrEqual(10);
    expect(entries.filter(([, file]) => !file.startsWith('cli/'))).toEqual([]);
    const present = new Set(sourceFiles('cli'));
    expect(entries.filter(([, file]) => !present.has(file))).toEqual([]);
  });

  it('the platform imports no domain and no gateway; the gateway imports no domain', () => {
    /** Relative import specifiers of a file, resolved against the repository root. */
    const importsOf = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'|\bimport\(\s*'(\.{1,2}\/[^']+)'/g)].map(
        (match) => relative('.', resolve(dirname(file), match[1] ?? match[2])),
      );
    const crossing = (roots: string[], forbidden: string[]) =>
      roots
        .flatMap((root) => sourceFiles(root))
        .flatMap((file) =>
          importsOf(file)
            .filter((target) => forbidden.some((prefix) => target.startsWith(prefix)))
            .map((target) => `${file} → ${target}`),
        );
    const platformFiles = sourceFiles('platform');
    expect(platformFiles.length).toBeGreaterThan(40);
    expect(platformFiles.flatMap(importsOf).length).toBeGreaterThan(40);
    expect(crossing(['platform'], ['subgraphs/', 'gateway/', 'cli/', 'bench/', 'test/'])).toEqual([]);
    expect(crossing(['gateway'], ['subgraphs/', 'cli/', 'bench/', 'test/'])).toEqual([]);
  });
});
