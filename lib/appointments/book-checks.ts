import 'server-only';
import type { BookableService, ClinicPolicy } from '@/db/queries/availability';
import { findConsultationService } from '@/db/queries/booking-catalog';
import { loadBookingRow } from '@/db/queries/bookings';
import { findPatientOverlap } from '@/db/queries/schedule-appointment';
import type { PatientDetails } from '@/lib/validations/booking';
import { rulesOf, type Actor } from './actor';
import type { Booked, BookInput } from './book';
import { consultationFirstMessage } from './online/messages';
import { invalid, notAllowed, type Refusal, type Result } from './result';
import { wrongOffsetRefusal } from './start-check';
import { bookedFrom } from './views/booking-view';

/** What book() settles before anything is locked or written. */

/** The therapy, the consultation rule and the offset, in that order of refusal. */
export async function checkRequest(
  actor: Actor,
  a: {
    policy: ClinicPolicy;
    service: BookableService | null;
    details: PatientDetails | null;
    start: Date;
    input: BookInput;
  },
): Promise<Refusal | null> {
  if (!a.service) {
    const message =
      actor.kind === 'staff'
        ? 'This therapy can’t be booked.'
        : 'This therapy cannot be booked online.';
    return invalid(
      { service: [message] },
      actor.kind === 'staff' ? 'Choose a therapy.' : undefined,
    );
  }
  if (rulesOf(actor).intake && a.service.requiresConsultation && a.details?.patientType === 'new') {
    const message = consultationFirstMessage(a.service.name, await findConsultationService());
    return invalid({ 'patient.patientType': [message] }, message);
  }
  return wrongOffsetRefusal(a.input.start, a.policy.timeZone);
}

/** A booking of this patient at this very time and therapy already exists: the first submit won. */
export async function staffReplay(
  patientId: string,
  service: BookableService,
  start: Date,
  now: Date,
): Promise<Result<Booked> | null> {
  const end = new Date(start.getTime() + service.durationMinutes * 60_000);
  const earlier = await findPatientOverlap(patientId, start, end);
  if (!earlier) return null;
  if (earlier.startsAt.getTime() !== start.getTime() || earlier.serviceId !== service.id)
    return notAllowed('This patient already has an appointment at that time. Choose another time.');
  const row = await loadBookingRow({ appointmentId: earlier.id });
  return row ? bookedFrom(row, now, null, true) : null;
}

export function takenMessage(actor: Actor, hasAlternatives: boolean): string {
  if (actor.kind === 'staff') {
    return hasAlternatives
      ? 'That time was taken a moment ago. Nothing was booked; here are the next open times.'
      : 'That time was taken a moment ago and nothing else is open soon. Nothing was booked.';
  }
  return hasAlternatives
    ? 'Sorry, that time has just been taken. Here are the next open times; your details are kept.'
    : 'Sorry, that time has just been taken and nothing else is open soon. Please call the clinic.';
}
