import { beforeAll, inject } from 'vitest';

const url = inject('databaseUrl');
if (url) {
  process.env.DATABASE_URL = url;
} else {
  // Never let a developer's own DATABASE_URL receive test data.
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = 'memory://';
}

beforeAll(async () => {
  if (url) return; // migrated once in global-setup
  const { dbHandle } = await import('@/db');
  await dbHandle().migrate();
});
