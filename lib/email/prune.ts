import 'server-only';
import { and, inArray, lt } from 'drizzle-orm';
import { db } from '@/db';
import { outbox } from '@/db/schema';
import { pruneIdempotencyKeys } from '@/lib/appointments/online/idempotency';
import { logger } from '@/lib/logger';
import { pruneRateLimits } from '@/lib/security/rate-limit';
import type { OutboxSettings } from './config';

const DAY_MS = 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Deletes sent and voided messages older than the retention period (they hold patient details and
 * a sealed manage link). Dead ones stay until a person has dealt with them.
 */
export async function pruneFinishedMessages(now: Date, retentionDays: number): Promise<number> {
  if (retentionDays <= 0) return 0;
  const deleted = await db
    .delete(outbox)
    .where(
      and(
        inArray(outbox.status, ['sent', 'void']),
        lt(outbox.createdAt, new Date(now.getTime() - retentionDays * DAY_MS)),
      ),
    )
    .returning({ id: outbox.id });
  if (deleted.length > 0)
    logger.info('old outbox messages deleted', { count: deleted.length, retentionDays });
  return deleted.length;
}

/**
 * The app's hourly housekeeping, run by whichever workers are up: old outbox messages, idempotency
 * records past their replay window (they hold a sealed manage token) and finished rate-limit windows.
 */
export function hourlyPrune(settings: OutboxSettings): (now: Date) => Promise<void> {
  let last = 0;
  return async (now) => {
    if (now.getTime() - last < PRUNE_EVERY_MS) return;
    last = now.getTime();
    await pruneFinishedMessages(now, settings.retentionDays);
    await pruneIdempotencyKeys(new Date(now.getTime() - DAY_MS));
    await pruneRateLimits(new Date(now.getTime() - DAY_MS));
  };
}
