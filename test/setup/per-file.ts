import { randomBytes } from 'node:crypto';
import { beforeAll, inject } from 'vitest';
import { reloadEnv } from '@/lib/env';

// The `postgres` project shares one migrated database per run; the `pglite` project gives every
// file an in-memory embedded database of its own (vitest.config.ts).
const url = inject('databaseUrl');
if (url) {
  process.env.DATABASE_URL = url;
} else {
  // Never let a developer's own DATABASE_URL receive test data.
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = 'memory://';
}
// Outside `npm run dev` nothing makes a secret up (lib/security/secret.ts): tests bring their own.
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
reloadEnv();

beforeAll(async () => {
  if (url) return; // migrated once in global-setup
  const { dbHandle } = await import('@/db');
  await dbHandle().migrate();
});
