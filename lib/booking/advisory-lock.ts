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
 * Serialises every write to one practitioner's diary until the transaction ends. Without it a
 * burst of inserts under the exclusion constraint deadlocks (see STACK.md); with it the losers
 * queue, then see the winner's row when they re-check the slot.
 */
export async function lockPractitionerDiary(
  tx: Transaction,
  practitionerId: string,
): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${practitionerLockKey(practitionerId).toString()}::bigint)`,
  );
}
