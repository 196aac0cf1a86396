import { dbHandle } from '@/db';
import { reportDatabaseError, setMigrationsPending } from '@/db/state';
import { logger } from '@/lib/logger';

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
            logger.error('database unavailable at start-up; retrying', { error, retryInMs: retryMs });
          setTimeout(attempt, retryMs).unref();
        });
    };
    attempt();
  });
  return ready;
}
