import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Integration tests whose code differs by driver, run a second time on the embedded database
 * (in-memory PGlite, the one `npm run dev` and the browser tests use): the constraints as PGlite
 * reports them, the booking path, constraint-name mapping, full-text search and the in-process
 * outbox poller.
 */
const ON_PGLITE_TOO = [
  'test/integration/constraints.test.ts',
  'test/integration/booking-create.test.ts',
  'test/integration/staff-admin.test.ts',
  'test/integration/articles.test.ts',
  'test/integration/outbox-worker.test.ts',
  'test/integration/closures.test.ts',
];

export default defineConfig({
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside React Server Components; domain code is plain server code in tests.
      'server-only': fileURLToPath(new URL('./test/empty-module.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    setupFiles: ['test/setup/per-file.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          // Every test, on a real PostgreSQL server (test/setup/postgres-server.ts says which).
          name: 'postgres',
          include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'test/**/*.test.ts'],
          // Whole-system tests run servers of their own: `npm run test:system` (vitest.system.config.ts).
          exclude: ['test/system/**', 'node_modules/**'],
          globalSetup: ['test/setup/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: ON_PGLITE_TOO,
          provide: { databaseUrl: null },
        },
      },
    ],
  },
});
