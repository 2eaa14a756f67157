import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite would load graphql's ESM build for our files while Apollo (external) requires the CommonJS
  // one; two copies break graphql's instanceof checks ("from another module or realm"). Node
  // itself resolves both to the CommonJS build, so the tests do the same.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts its own engine and servers on ephemeral ports; two cores, so keep it modest.
    fileParallelism: true,
    maxWorkers: 2,
    // The JSON report feeds .ci/run's plain "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: '.ci/out/vitest.json' },
  },
});
