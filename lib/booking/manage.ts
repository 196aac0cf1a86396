import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { loadBookingRow, lockAppointment } from '@/db/queries/bookings';
import { appointments } from '@/db/schema';
import { enqueueAppointmentMessages } from '@/lib/email/outbox';
import { logger } from '@/lib/logger';
import { cancelBookingSchema } from '@/lib/validations/booking';
import { changeBlockedReason, toBookingView } from './booking-view';
import { BOOKING_NOT_FOUND, findBookingByToken, type ManageOptions } from './by-token';
import { fieldErrorsFrom } from './field-errors';
import type { BookingView, ManageBookingResult } from './types';

export { rescheduleBookingByToken } from './reschedule';
export type { ManageOptions } from './by-token';

/** The booking behind a manage link, or null for a malformed, unknown or wrong token. */
export async function getBookingByToken(
  token: string,
  options: ManageOptions = {},
): Promise<BookingView | null> {
  const row = await findBookingByToken(token);
  return row ? toBookingView(row, options.now ?? new Date()) : null;
}

/**
 * Cancels through the manage link (a POST from a server action; never on GET). Refused when the
 * booking is already cancelled, past, or inside the cut-off, where the message gives the phone.
 */
export async function cancelBookingByToken(
  token: string,
  input: unknown,
  options: ManageOptions = {},
): Promise<ManageBookingResult> {
  const now = options.now ?? new Date();
  const parsed = cancelBookingSchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, code: 'invalid', ...fieldErrorsFrom(parsed.error) };
  const row = await findBookingByToken(token);
  if (!row) return BOOKING_NOT_FOUND;

  const blocked = await db.transaction(async (tx) => {
    // Decide on the locked, current row: a reschedule or staff change may have landed meanwhile.
    const current = await lockAppointment(tx, row.id);
    if (!current) return BOOKING_NOT_FOUND.formError;
    const reason = changeBlockedReason(
      current,
      row.clinic,
      row.policy.cancellationCutoffHours,
      now,
    );
    if (reason) return reason;
    await tx
      .update(appointments)
      .set({
        status: 'cancelled',
        cancelledAt: now,
        cancellationReason: parsed.data.reason || 'Cancelled online by the patient',
        updatedAt: now,
      })
      .where(eq(appointments.id, row.id));
    await enqueueAppointmentMessages(tx, {
      kind: 'cancellation',
      appointmentId: row.id,
      by: 'patient',
      now,
    });
    return null;
  });
  if (blocked) return { ok: false, code: 'not_allowed', formError: blocked };

  logger.info('booking cancelled online', { appointmentId: row.id });
  const fresh = await loadBookingRow({ appointmentId: row.id });
  if (!fresh) return BOOKING_NOT_FOUND;
  return { ok: true, booking: toBookingView(fresh, now) };
}
