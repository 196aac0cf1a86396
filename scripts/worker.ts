/**
 * `npm run worker`: the outbox worker (and the waitlist's tick) on its own, for deployments that scale it apart from the web
 * app (then set RUN_WORKER_IN_APP=false on the app). Needs DATABASE_URL: the embedded database
 * belongs to the one process that opened it, so without PostgreSQL the app's in-process worker
 * does the sending.
 */
import { dbHandle } from '@/db';
import { startOutboxWorker } from '@/lib/email/worker';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { configurationOrExit } from '@/lib/security/secret';
import { checkKeyOnStartup, migrateOnStartup } from '@/lib/startup';
import { startWaitlistTicker } from '@/lib/waitlist/ticker';

async function main(): Promise<void> {
  configurationOrExit('npm run worker');
  if (!env().DATABASE_URL) {
    console.error(
      'npm run worker needs DATABASE_URL (PostgreSQL). With the embedded database the app runs the worker itself.',
    );
    process.exit(2);
  }
  // Like an app instance: wait for the schema (retrying while the database is down).
  await migrateOnStartup();
  // Same secret as the app, or no start: its links would not open (lib/security/key-check.ts).
  await checkKeyOnStartup('worker');
  const worker = await startOutboxWorker();
  const stopTicker = startWaitlistTicker();
  // Timers inside the worker are unref'd; this keeps the process alive until a signal.
  const keepAlive = setInterval(() => undefined, 60_000);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('outbox worker stopping', { signal });
    clearInterval(keepAlive);
    stopTicker();
    worker
      .stop()
      .then(() => dbHandle().close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('outbox worker did not stop cleanly', { error });
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.error('outbox worker failed to start', { error });
  process.exit(1);
});
