import 'server-only';
import { logger } from '@/lib/logger';
import { migrateOnStartup } from '@/lib/startup';
import { startWaitlistTicker } from '@/lib/waitlist/ticker';
import { runWorkerInApp } from './config';
import type { RunningWorker } from './poller';
import { startOutboxWorker } from './worker';

const RETRY_MS = 5_000;
const globalForWorker = globalThis as unknown as {
  clinicOutboxWorker?: Promise<RunningWorker | null>;
};

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * The worker inside the web app (instrumentation.ts), so `npm run dev` sends mail with nothing
 * else running. Off with RUN_WORKER_IN_APP=false when `npm run worker` runs apart. Starts after
 * the migrations, in the background, once per process (dev reloads included); while the database
 * or pg-boss can't be reached it logs and tries again. It never throws into the app.
 */
export function startInAppWorker(): void {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (!runWorkerInApp()) {
    logger.info('in-app outbox worker off (RUN_WORKER_IN_APP=false)');
    return;
  }
  globalForWorker.clinicOutboxWorker ??= (async () => {
    await migrateOnStartup();
    // The waitlist's clock (lapsed offers handed on) runs wherever the outbox worker runs.
    startWaitlistTicker();
    for (;;) {
      try {
        return await startOutboxWorker();
      } catch (error) {
        logger.error('outbox worker could not start; retrying', { error, retryInMs: RETRY_MS });
        await pause(RETRY_MS);
      }
    }
  })().catch((error: unknown) => {
    logger.error('outbox worker gave up', { error });
    return null;
  });
}
