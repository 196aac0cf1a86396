import 'server-only';
import { db } from '@/db';
import type { BookableService, ClinicPolicy } from '@/db/queries/availability';
import { appointments } from '@/db/schema';
import { recheckSlotUnderLock } from './slot-guard';
import { enqueueAppointmentMessages } from '@/lib/email/outbox';
import type { BookingRequest } from '@/lib/validations/booking';
import { inDiaryQueue } from './diary-queue';
import { claimIdempotencyKey, completeIdempotencyKey } from './idempotency';
import { isLostRace, SlotUnavailableError } from './lost-race';
import { findOrCreatePatient } from './patients';
import { newManageToken, hashManageToken, sealManageToken } from './tokens';

export interface BookingAttempt {
  request: BookingRequest;
  start: Date;
  practitionerId: string;
  service: BookableService;
  policy: ClinicPolicy;
  idempotencyKey: string;
  requestHash: string;
  canonicalRequest: string;
  source: 'online' | 'staff';
  now: Date;
}

export type AttemptOutcome =
  | { kind: 'booked'; appointmentId: string; manageToken: string }
  /** The slot is not open for this practitioner on fresh rows, or the database refused it. */
  | { kind: 'unavailable' }
  /** A parallel request with the same idempotency key committed first. */
  | { kind: 'key_taken' };

/**
 * One practitioner, one transaction: claim the idempotency key, find or create the patient, lock
 * the diary, re-check the slot with the engine against rows read under the lock, then write. The
 * exclusion constraint stays the last guard for writers that skip the lock.
 *
 * The diary lock serialises every booking of one practitioner and lasts until commit, so only
 * what depends on the diary happens after it: the patient row and the sealed token come first.
 * That order cannot deadlock: no transaction waits for a patient row while holding a diary lock.
 */
export async function bookWithPractitioner(a: BookingAttempt): Promise<AttemptOutcome> {
  try {
    return await inDiaryQueue(a.practitionerId, () => attempt(a));
  } catch (error) {
    if (error instanceof SlotUnavailableError || isLostRace(error)) return { kind: 'unavailable' };
    throw error;
  }
}

/** One try in one transaction; a refusal is thrown so it rolls everything back. */
function attempt(a: BookingAttempt): Promise<AttemptOutcome> {
  return db.transaction(async (tx): Promise<AttemptOutcome> => {
    if (!(await claimIdempotencyKey(tx, a.idempotencyKey, a.requestHash)))
      return { kind: 'key_taken' };
    const { patient } = a.request;
    const patientId = await findOrCreatePatient(tx, patient);
    const manageToken = newManageToken();
    const manageTokenHash = hashManageToken(manageToken);
    const sealed = sealManageToken(manageToken, a.idempotencyKey, a.canonicalRequest);

    // Throwing rolls back the idempotency row too, so a retry with this key starts afresh.
    await recheckSlotUnderLock(tx, a);

    const [row] = await tx
      .insert(appointments)
      .values({
        practitionerId: a.practitionerId,
        serviceId: a.service.id,
        patientId,
        startsAt: a.start,
        endsAt: new Date(a.start.getTime() + a.service.durationMinutes * 60_000),
        status: 'booked',
        source: a.source,
        patientNotes: patient.reason,
        intake: { ...patient.intake, patientType: patient.patientType },
        manageTokenHash,
      })
      .returning({ id: appointments.id });
    if (!row) throw new Error('appointment insert returned no row');
    // Independent writes, sent together: one round trip less while the diary is locked.
    await Promise.all([
      completeIdempotencyKey(tx, a.idempotencyKey, row.id, sealed),
      enqueueAppointmentMessages(tx, {
        kind: 'confirmation',
        appointmentId: row.id,
        manageToken,
        now: a.now,
      }),
    ]);
    return { kind: 'booked', appointmentId: row.id, manageToken };
  });
}
