import 'server-only';
import { reportDatabaseError } from '@/db/state';
import { logger } from '@/lib/logger';
import { runWaitlistTick } from './tick';
import { env } from '@/lib/env';

const globalForTicker = globalThis as unknown as { clinicWaitlistTicker?: NodeJS.Timeout };

/** How often lapsed offers are handed on: WAITLIST_TICK_SECONDS, default 60. */
export function tickMilliseconds(): number {
  return env().WAITLIST_TICK_SECONDS * 1000;
}

/**
 * Runs the waitlist tick (lib/waitlist/tick.ts) beside the outbox worker, once per process. Any
 * number of processes may run it: each tick skips rows another one is working on.
 */
export function startWaitlistTicker(intervalMs = tickMilliseconds()): () => void {
  if (!globalForTicker.clinicWaitlistTicker) {
    let running = false;
    const tick = () => {
      if (running) return;
      running = true;
      runWaitlistTick()
        .then((r) => {
          if (r.offersExpired || r.offersMade || r.entriesExpired)
            logger.info('waitlist tick', { ...r });
        })
        .catch((error: unknown) => {
          reportDatabaseError(error);
          logger.error('waitlist tick failed', { error });
        })
        .finally(() => (running = false));
    };
    globalForTicker.clinicWaitlistTicker = setInterval(tick, intervalMs);
    globalForTicker.clinicWaitlistTicker.unref();
  }
  return () => {
    if (globalForTicker.clinicWaitlistTicker) clearInterval(globalForTicker.clinicWaitlistTicker);
    globalForTicker.clinicWaitlistTicker = undefined;
  };
}
