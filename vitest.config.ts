import { defineConfig } from 'vitest/config';

// Database and route tests run once per engine: in-memory PGlite always, real PostgreSQL
// again when TEST_DATABASE_URL is set (CI sets it). The project name says which ran.
const dbTests = ['db/src/**/*.test.ts', 'server/src/**/*.test.ts'];
const engines = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export default defineConfig({
  test: {
    // CI also writes a JSON report, from which .ci/run prints one plain 'N passed, N failed' line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}', 'bench/**/*.test.mjs'],
        },
      },
      ...engines.map((engine) => ({
        test: {
          name: engine,
          include: dbTests,
          env: { TB_TEST_ENGINE: engine },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
      {
        test: {
          name: 'e2e',
          include: ['e2e/src/**/*.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // expect.poll waits 1 s by default: a sign-in (password hashing) and the grid behind it
          // took longer than that on a loaded CI machine. A longer wait only delays a failure.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
