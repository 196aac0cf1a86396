import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { signInThrottles } from '@/db/schema';
import { env } from '@/lib/env';

/**
 * Progressive delay for guessing, instead of a lock-out: the first failures are free, then each
 * further failure pauses that key for twice as long as the last (30 s, 1 min, 2 min … 15 min).
 * Nothing ever locks an account for good, and a key forgets its failures after a quiet day.
 */
export const THROTTLE = {
  freeFailures: env().SIGNIN_FREE_FAILURES,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterMs: 24 * 3_600_000,
};

export type Guess = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Seconds of pause after the n-th failure in a row (0 while still free). */
export function delayAfter(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  const doublings = Math.min(failures - THROTTLE.freeFailures, 20);
  return Math.min(THROTTLE.maxDelaySeconds, THROTTLE.firstDelaySeconds * 2 ** doublings);
}

/** Keys are hashed: the table never holds an e-mail address or a cookie value. */
export function throttleKey(kind: 'account' | 'device' | 'code', value: string): string {
  const digest = createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 40);
  return `${kind}:${digest}`;
}

/**
 * Asks to make one guess for `key`. Refused while the key is paused (not counted, so waiting is
 * all it takes). Allowed guesses are counted as failures in advance, under a row lock, so
 * parallel guesses cannot all slip in before the first is counted; `forgive` clears the count
 * when the guess turns out right.
 */
export async function takeGuess(key: string, now = new Date()): Promise<Guess> {
  return db.transaction(async (tx) => {
    await tx
      .insert(signInThrottles)
      .values({ key, failures: 0, lastFailureAt: now })
      .onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(signInThrottles)
      .where(eq(signInThrottles.key, key))
      .for('update');
    if (row?.blockedUntil && row.blockedUntil > now) {
      const seconds = Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
      return { allowed: false as const, retryAfterSeconds: Math.max(1, seconds) };
    }
    const stale = !row || now.getTime() - row.lastFailureAt.getTime() > THROTTLE.forgetAfterMs;
    const failures = stale ? 1 : row.failures + 1;
    const delay = delayAfter(failures);
    await tx
      .update(signInThrottles)
      .set({
        failures,
        lastFailureAt: now,
        blockedUntil: delay ? new Date(now.getTime() + delay * 1000) : null,
      })
      .where(eq(signInThrottles.key, key));
    return { allowed: true as const };
  });
}

/** The guess was right (or an admin lifted the pause): the key starts afresh. */
export async function forgive(...keys: string[]): Promise<void> {
  if (keys.length) await db.delete(signInThrottles).where(inArray(signInThrottles.key, keys));
}

/** Where a key stands, for the admin's view of an account. */
export async function throttleState(key: string, now = new Date()) {
  const [row] = await db.select().from(signInThrottles).where(eq(signInThrottles.key, key));
  if (!row || now.getTime() - row.lastFailureAt.getTime() > THROTTLE.forgetAfterMs) return null;
  return {
    failures: row.failures,
    pausedUntil: row.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null,
  };
}
