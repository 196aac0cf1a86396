import 'server-only';
import { eq, lt } from 'drizzle-orm';
import { db, type Executor, type Transaction } from '@/db';
import { loadBookingRow } from '@/db/queries/bookings';
import { idempotencyKeys } from '@/db/schema';
import type { Booked } from '../book';
import type { Result } from '../result';
import { bookedFrom } from '../views/booking-view';
import { openManageToken } from '@/lib/security/seal';

/**
 * Idempotency, in short: the booking transaction inserts the key's row *first*. A second request
 * with the same key then blocks on the primary key until the first commits (and finds its row) or
 * rolls back (and proceeds itself), so parallel duplicates never book twice. Only committed,
 * successful bookings leave a row; a refused attempt rolls its row back with everything else.
 */
export async function claimIdempotencyKey(
  tx: Transaction,
  key: string,
  hash: string,
): Promise<boolean> {
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ key, requestHash: hash })
    .onConflictDoNothing({ target: idempotencyKeys.key })
    .returning({ key: idempotencyKeys.key });
  return claimed.length > 0;
}

export async function completeIdempotencyKey(
  tx: Transaction,
  key: string,
  appointmentId: string,
  /** Null for a desk booking: its manage link goes out by e-mail, never in the answer. */
  manageTokenSealed: string | null,
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ appointmentId, manageTokenSealed })
    .where(eq(idempotencyKeys.key, key));
}

/**
 * The answer an earlier request with this key got, or null when the key is new. Same key and same
 * canonical body: that booking and manage token again. Same key, other body: a mismatch.
 */
export async function replayEarlierBooking(
  key: string,
  hash: string,
  canonical: string,
  now: Date,
  executor: Executor = db,
): Promise<Result<Booked> | null> {
  const [record] = await executor
    .select({
      requestHash: idempotencyKeys.requestHash,
      appointmentId: idempotencyKeys.appointmentId,
      sealed: idempotencyKeys.manageTokenSealed,
    })
    .from(idempotencyKeys)
    .where(eq(idempotencyKeys.key, key))
    .limit(1);
  if (!record) return null;
  if (record.requestHash !== hash) {
    return {
      ok: false,
      code: 'idempotency_mismatch',
      formError:
        'This booking form was already sent with different details. Please reload the page and book again.',
    };
  }
  const row = record.appointmentId
    ? await loadBookingRow({ appointmentId: record.appointmentId }, executor)
    : null;
  const token = record.sealed ? openManageToken(record.sealed, key, canonical) : null;
  // Rows are written whole in the booking transaction, and the hash matched, so a gap here means
  // the appointment was deleted or BOOKING_TOKEN_SECRET changed: an operator problem, not the patient's.
  // (A desk booking's row has no sealed token by design.)
  if (!row || (record.sealed !== null && !token))
    throw new Error(`Idempotency record ${record.appointmentId ?? '-'} cannot be replayed`);
  return bookedFrom(row, now, token, true);
}

/** Keys only need to outlive client retries; old rows can go. */
export async function pruneIdempotencyKeys(olderThan: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, olderThan));
}
