import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside React Server Components; domain code is plain server code in tests.
      'server-only': fileURLToPath(new URL('./test/empty-module.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'test/**/*.test.ts'],
    // Whole-system tests run servers of their own: `npm run test:system` (vitest.system.config.ts).
    exclude: ['test/system/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/per-file.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
