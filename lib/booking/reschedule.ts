import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { loadBookingRow, lockAppointment, type BookingRow } from '@/db/queries/bookings';
import { appointments } from '@/db/schema';
import { enqueueAppointmentMessages } from '@/lib/email/outbox';
import { logger } from '@/lib/logger';
import { rescheduleBookingSchema } from '@/lib/validations/booking';
import { findAlternatives } from './alternatives';
import { changeBlockedReason, toBookingView } from './booking-view';
import { BOOKING_NOT_FOUND, findBookingByToken, type ManageOptions } from './by-token';
import { candidatePractitioners } from './candidates';
import { fieldErrorsFrom } from './field-errors';
import { isLostRace, SlotUnavailableError } from './lost-race';
import { recheckSlotUnderLock } from './slot-guard';
import type { ManageBookingResult } from './types';

class ChangeNotAllowed extends Error {}

/**
 * Moves a booking to `start` through its manage link (POST only). `practitioner` omitted keeps the
 * same practitioner, null means "first available", an id names one. The row is updated in place
 * inside one locked transaction, so when the new time turns out to be taken nothing changes and
 * the old appointment stays exactly as it was; the manage link keeps working.
 */
export async function rescheduleBookingByToken(
  token: string,
  input: unknown,
  options: ManageOptions = {},
): Promise<ManageBookingResult> {
  const now = options.now ?? new Date();
  const parsed = rescheduleBookingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'invalid', ...fieldErrorsFrom(parsed.error) };
  const row = await findBookingByToken(token);
  if (!row) return BOOKING_NOT_FOUND;
  const blocked = changeBlockedReason(row, row.clinic, row.policy.cancellationCutoffHours, now);
  if (blocked) return { ok: false, code: 'not_allowed', formError: blocked };

  const start = new Date(parsed.data.start);
  const choice =
    parsed.data.practitioner === undefined ? row.practitionerId : parsed.data.practitioner;
  // Re-sending the current time (a double submit) changes nothing, not even a confirmation.
  if (
    start.getTime() === row.startsAt.getTime() &&
    (choice === null || choice === row.practitionerId)
  ) {
    return { ok: true, booking: toBookingView(row, now) };
  }
  const candidates = await candidatePractitioners({
    service: row.service,
    policy: row.policy,
    practitionerId: choice,
    start,
    now,
    excludeAppointmentId: row.id,
  });
  if (!candidates) {
    return {
      ok: false,
      code: 'invalid',
      fieldErrors: { practitioner: ['This practitioner does not offer that therapy.'] },
    };
  }

  for (const practitionerId of candidates) {
    try {
      await moveTo(row, practitionerId, start, now);
      logger.info('booking rescheduled online', { appointmentId: row.id, practitionerId });
      const fresh = await loadBookingRow({ appointmentId: row.id });
      return fresh ? { ok: true, booking: toBookingView(fresh, now) } : BOOKING_NOT_FOUND;
    } catch (error) {
      if (error instanceof ChangeNotAllowed)
        return { ok: false, code: 'not_allowed', formError: error.message };
      if (!(error instanceof SlotUnavailableError) && !isLostRace(error)) throw error;
    }
  }
  const alternatives = await findAlternatives({
    policy: row.policy,
    service: row.service,
    practitionerId: choice,
    after: start,
    now,
  });
  return {
    ok: false,
    code: 'slot_taken',
    formError:
      'Sorry, that time is no longer free. Your appointment has not changed. Here are the next open times.',
    alternatives,
  };
}

/** One attempt: lock the target diary, then the row; re-check both on fresh data; update in place. */
async function moveTo(
  row: BookingRow,
  practitionerId: string,
  start: Date,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await recheckSlotUnderLock(tx, {
      practitionerId,
      service: row.service,
      policy: row.policy,
      start,
      now,
      excludeAppointmentId: row.id,
    });
    const current = await lockAppointment(tx, row.id);
    if (!current) throw new ChangeNotAllowed(BOOKING_NOT_FOUND.formError);
    const blocked = changeBlockedReason(
      current,
      row.clinic,
      row.policy.cancellationCutoffHours,
      now,
    );
    if (blocked) throw new ChangeNotAllowed(blocked);

    await tx
      .update(appointments)
      .set({
        practitionerId,
        startsAt: start,
        endsAt: new Date(start.getTime() + row.service.durationMinutes * 60_000),
        // A confirmation was for the old time; the clinic confirms the new one afresh.
        status: 'booked',
        updatedAt: now,
      })
      .where(eq(appointments.id, row.id));
    await enqueueAppointmentMessages(tx, { kind: 'reschedule', appointmentId: row.id, now });
  });
}
