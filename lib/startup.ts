import { dbHandle } from '@/db';
import { logger } from '@/lib/logger';

let ready: Promise<void> | undefined;

/**
 * Applies pending migrations when the server starts. If the database is down the server still
 * starts (health reports 503) and keeps retrying in the background until it is back.
 */
export function migrateOnStartup(retryMs = 5_000): Promise<void> {
  ready ??= new Promise<void>((resolve) => {
    const attempt = () => {
      dbHandle()
        .migrate()
        .then(() => {
          logger.info('database migrations applied', { driver: dbHandle().driver });
          resolve();
        })
        .catch((error: unknown) => {
          logger.error('database unavailable at start-up; retrying', { error });
          setTimeout(attempt, retryMs).unref();
        });
    };
    attempt();
  });
  return ready;
}
