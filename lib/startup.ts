import { dbHandle } from '@/db';
import { reportDatabaseError, setMigrationsPending } from '@/db/state';
import { logger } from '@/lib/logger';
import { checkSharedKey, KeyMismatchError } from '@/lib/security/key-check';

let ready: Promise<void> | undefined;

/**
 * Applies pending migrations when the server starts. If the database is down the server still
 * starts: until the migrations are applied the proxy answers 503 (db/state.ts) and health reports
 * it, and this keeps retrying every `retryMs` in the background.
 */
export function migrateOnStartup(retryMs = 1_000): Promise<void> {
  ready ??= new Promise<void>((resolve) => {
    setMigrationsPending(true);
    let failures = 0;
    const attempt = () => {
      dbHandle()
        .migrate()
        .then(() => {
          setMigrationsPending(false);
          logger.info('database migrations applied', { driver: dbHandle().driver, failures });
          resolve();
        })
        .catch((error: unknown) => {
          reportDatabaseError(error);
          // Once per minute is enough in the log; the attempts themselves go on every retryMs.
          if (failures++ % 60 === 0)
            logger.error('database unavailable at start-up; retrying', {
              error,
              retryInMs: retryMs,
            });
          setTimeout(attempt, retryMs).unref();
        });
    };
    attempt();
  });
  return ready;
}

/**
 * After migrations: whether this process's AUTH_SECRET is the one the app sealed with
 * (lib/security/key-check.ts). The app reseals after a deliberate change and says what that
 * costs; a worker with another secret exits, rather than seal links the app cannot open.
 */
export async function checkKeyOnStartup(role: 'app' | 'worker'): Promise<void> {
  try {
    const outcome = await checkSharedKey(role);
    if (outcome === 'resealed')
      logger.warn(
        'AUTH_SECRET changed since the key check was sealed: values sealed before (manage links ' +
          'waiting in the outbox, authenticator set-ups) can no longer be opened; workers need the new secret',
      );
  } catch (error) {
    if (error instanceof KeyMismatchError) {
      console.error(`The ${role} cannot start. ${error.message}`);
      process.exit(1);
    }
    if (role === 'worker') throw error;
    // The app still serves (the database may be down); the worker is the one that must not start.
    logger.error('key check failed', { error });
  }
}
