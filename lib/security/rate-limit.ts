import { createHash } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { rateLimits } from '@/db/schema';

/** Booking attempts per client address: generous for a family booking, tight for a script. */
export const BOOKING_RATE_LIMIT = { limit: 10, windowSeconds: 600 } as const;

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * Counts one hit for `key` (a client address, an e-mail) in `scope`, in a fixed window, stored in
 * PostgreSQL so every app instance shares the count. The key is stored only as a hash: the table
 * never holds an address or an e-mail. One upsert statement: concurrent hits serialise on the row
 * and none is lost.
 */
export async function hitRateLimit(
  scope: string,
  key: string,
  limit: number,
  windowSeconds: number,
  options: { now?: Date; executor?: Executor } = {},
): Promise<RateLimitResult> {
  const now = options.now ?? new Date();
  const bucket = `${scope}:${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await (options.executor ?? db)
    .insert(rateLimits)
    .values({ bucket, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.windowStart],
      set: { hits: sql`${rateLimits.hits} + 1` },
    })
    .returning({ hits: rateLimits.hits });
  const hits = row?.hits ?? 1;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
  );
  return { allowed: hits <= limit, remaining: Math.max(0, limit - hits), retryAfterSeconds };
}

/** Drops finished windows so the table stays small. */
export async function pruneRateLimits(olderThan: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}
