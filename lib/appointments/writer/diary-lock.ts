import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Transaction } from '@/db';

/**
 * The 64-bit advisory-lock key of one practitioner's diary. Hashing a namespaced string (rather
 * than reusing uuid bits) keeps it from colliding with locks other features may take.
 */
export function practitionerLockKey(practitionerId: string): bigint {
  const digest = createHash('sha256').update(`practitioner-diary:${practitionerId}`).digest();
  return digest.readBigInt64BE(0);
}

/**
 * Serialises every write to these practitioners' diaries until the transaction ends. Without it a
 * burst of inserts under the exclusion constraint deadlocks (see STACK.md); with it the losers
 * queue, then see the winner's row when they re-check. Several diaries are locked in key order,
 * in one statement (PostgreSQL evaluates a select list left to right), so two writers that need
 * the same diaries never wait for each other in a circle.
 */
export async function lockDiaries(
  tx: Transaction,
  practitionerIds: readonly string[],
): Promise<void> {
  const keys = [...new Set(practitionerIds)]
    .map(practitionerLockKey)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) return;
  const calls = sql.join(
    keys.map((k) => sql`pg_advisory_xact_lock(${k.toString()}::bigint)`),
    sql`, `,
  );
  // Awaited here, so the statement is sent the moment this is called: reads issued right after
  // it on the same connection queue behind the lock (drizzle's queries start only when awaited).
  await tx.execute(sql`select ${calls}`);
}

/** One practitioner's diary (time off, tests holding the lock). */
export async function lockPractitionerDiary(
  tx: Transaction,
  practitionerId: string,
): Promise<void> {
  await lockDiaries(tx, [practitionerId]);
}
