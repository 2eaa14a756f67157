import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

/** Generated files the build needs are committed; this fails when they drift from the schemas. */
describe('codegen: committed output matches the schemas', () => {
  it('regenerating every target changes nothing', async () => {
    const root = resolve(import.meta.dirname, '..');
    const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    expect(outputs.length).toBeGreaterThan(4);
    const drifted = outputs.filter((output) => {
      try {
        return readFileSync(resolve(root, output.filename), 'utf8') !== output.content;
      } catch {
        return true;
      }
    });
    expect(
      drifted.map((output) => output.filename),
      'run `npm run codegen` and commit the result',
    ).toEqual([]);
  }, 120_000);
});
