import { defineConfig } from 'vitest/config';

/**
 * `npm run test:system`: whole-system tests against a production build (`next start`) on real
 * PostgreSQL — several app instances on one database, and a private cluster the tests stop and
 * start. One file at a time: each runs servers, and the machine may have two cores.
 */
export default defineConfig({
  test: {
    include: ['test/system/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/system/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
