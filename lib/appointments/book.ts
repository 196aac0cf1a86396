import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db';
import { loadPolicyAndService } from '@/db/queries/availability';
import { findPatientOverlap } from '@/db/queries/schedule-appointment';
import { loadPatientContact } from '@/db/queries/schedule-patients';
import { appointments, patients } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { candidatePractitioners } from '@/lib/booking/candidates';
import { isLostRace, SlotUnavailableError } from '@/lib/booking/lost-race';
import { enqueueAppointmentMessages } from '@/lib/email/outbox';
import { logger } from '@/lib/logger';
import { failure, type SlotTakenFailure } from './result';
import { recheckSlotUnderLock } from '@/lib/booking/slot-guard';
import { nextOpenTimes, staffPolicy } from './staff-availability';
import type { staffBookingSchema } from './validation';

/** The patient was erased while this booking was being made. */
class PatientErasedError extends Error {}

export type StaffBookingResult =
  | ActionResult<{ appointmentId: string; practitionerId: string; replayed: boolean }>
  | SlotTakenFailure;

/**
 * Books a patient on the phone or at the desk (source 'staff'): the same candidates, diary lock,
 * engine re-check and exclusion constraint as an online booking. Staff bookings skip the
 * patient-facing consent, intake and red-flag questions; the staff member takes responsibility.
 * Practitioners book into their own diary only.
 */
export async function bookForPatient(
  staff: StaffPrincipal,
  input: z.infer<typeof staffBookingSchema>,
  now = new Date(),
): Promise<StaffBookingResult> {
  let choice = input.practitioner;
  if (staff.role === 'practitioner') {
    if (!staff.practitionerId || (choice && choice !== staff.practitionerId)) {
      return failure('You can only book into your own diary.');
    }
    choice = staff.practitionerId;
  }
  const [{ policy, service }, patient] = await Promise.all([
    loadPolicyAndService(input.service),
    loadPatientContact(input.patientId),
  ]);
  if (!service) return failure('Choose a therapy.', { service: ['This therapy can’t be booked.'] });
  if (!patient) return failure('That patient no longer exists. Search again.');
  const start = new Date(input.start);
  const end = new Date(start.getTime() + service.durationMinutes * 60_000);

  // Already booked at that very time: a double submit, answered with the first booking.
  const earlier = await findPatientOverlap(patient.id, start, end);
  if (earlier) {
    return earlier.startsAt.getTime() === start.getTime() && earlier.serviceId === service.id
      ? {
          ok: true,
          data: {
            appointmentId: earlier.id,
            practitionerId: earlier.practitionerId,
            replayed: true,
          },
        }
      : failure('This patient already has an appointment at that time. Choose another time.');
  }

  const policyForStaff = staffPolicy(policy);
  const candidates = await candidatePractitioners({
    service,
    policy: policyForStaff,
    practitionerId: choice,
    start,
    now,
  });
  if (candidates === null) {
    return failure('That practitioner does not offer this therapy.', {
      practitioner: ['That practitioner does not offer this therapy.'],
    });
  }
  for (const practitionerId of candidates) {
    try {
      const appointmentId = await db.transaction(async (tx) => {
        // Held until commit: an erasure of this patient (FOR UPDATE) waits for this booking, or
        // finished first, in which case the patient is gone for booking purposes.
        const [current] = await tx
          .select({ id: patients.id })
          .from(patients)
          .where(and(eq(patients.id, patient.id), isNull(patients.erasedAt)))
          .for('share');
        if (!current) throw new PatientErasedError();
        await recheckSlotUnderLock(tx, {
          practitionerId,
          service,
          policy: policyForStaff,
          start,
          now,
        });
        const [row] = await tx
          .insert(appointments)
          .values({
            practitionerId,
            serviceId: service.id,
            patientId: patient.id,
            startsAt: start,
            endsAt: end,
            // Agreed with the patient on the line: nothing left for the clinic to confirm.
            status: 'confirmed',
            source: 'staff',
            createdByStaffId: staff.id,
          })
          .returning({ id: appointments.id });
        if (!row) throw new Error('appointment insert returned no row');
        await writeAudit(
          {
            actorStaffId: staff.id,
            action: 'appointment.create',
            entityType: 'appointment',
            entityId: row.id,
            details: {
              patientId: patient.id,
              serviceId: service.id,
              practitionerId,
              startsAt: start.toISOString(),
              source: 'staff',
            },
          },
          tx,
        );
        await enqueueAppointmentMessages(tx, { kind: 'confirmation', appointmentId: row.id, now });
        return row.id;
      });
      logger.info('booking created by staff', {
        appointmentId,
        practitionerId,
        staffUserId: staff.id,
      });
      return { ok: true, data: { appointmentId, practitionerId, replayed: false } };
    } catch (error) {
      if (error instanceof PatientErasedError)
        return failure('That patient’s record was erased. Search again or add them as new.');
      if (!(error instanceof SlotUnavailableError) && !isLostRace(error)) throw error;
    }
  }

  // A parallel submit of this very booking may have won the race.
  const raced = await findPatientOverlap(patient.id, start, end);
  if (raced && raced.startsAt.getTime() === start.getTime() && raced.serviceId === service.id) {
    return {
      ok: true,
      data: { appointmentId: raced.id, practitionerId: raced.practitionerId, replayed: true },
    };
  }
  const alternatives = await nextOpenTimes({
    service,
    policy,
    practitionerId: choice,
    now,
    after: start,
  });
  return {
    ok: false,
    code: 'slot_taken',
    formError: alternatives.length
      ? 'That time was taken a moment ago. Nothing was booked; here are the next open times.'
      : 'That time was taken a moment ago and nothing else is open soon. Nothing was booked.',
    alternatives,
  };
}
