/**
 * `tsx db/cli.ts migrate|seed|setup` — the database commands behind `npm run db:*` and `predev`.
 * Uses DATABASE_URL (PostgreSQL) when set, otherwise the embedded PGlite database under .data/.
 */
import { env } from '../lib/env';
import { openDatabase, pgliteDir } from './client';
import { seedDemoClinic, type SeededLogin } from './seed';

function printLogins(logins: SeededLogin[]): void {
  const width = Math.max(...logins.map((l) => l.email.length));
  console.log('\nDemo staff logins (sign in at http://localhost:3000/sign-in):');
  for (const l of logins) {
    const secret =
      l.password ?? '(set on first seed; `npm run db:seed -- --reset-passwords` makes new ones)';
    console.log(`  ${l.role.padEnd(12)} ${l.email.padEnd(width)}  ${secret}`);
  }
  console.log('');
}

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'setup';
  if (!['migrate', 'seed', 'setup'].includes(command)) {
    console.error('usage: tsx db/cli.ts migrate|seed|setup [--reset-passwords]');
    process.exit(2);
  }
  const handle = openDatabase();
  const where =
    handle.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${pgliteDir()}`;
  try {
    await handle.migrate();
    console.log(`Database migrated: ${where}`);
    if (command !== 'migrate') {
      const reset = process.argv.includes('--reset-passwords');
      const { generatePassword } = await import('../lib/auth/password');
      const staffPassword = env().SEED_STAFF_PASSWORD ?? (reset ? generatePassword() : undefined);
      printLogins(await seedDemoClinic(handle.db, { staffPassword }));
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error('Database command failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
