import 'server-only';
import type { Transaction } from '@/db';
import type { BookableService, ClinicPolicy } from '@/db/queries/availability';
import { diaryWindowTaken } from '@/db/queries/diary-taken';
import { appointments } from '@/db/schema';
import { findOrCreatePatient, holdPatient } from '@/lib/patients/match';
import type { PatientDetails } from '@/lib/validations/booking';
import { rulesOf, staffOf, type Actor } from './actor';
import { claimIdempotencyKey, completeIdempotencyKey } from './online/idempotency';
import { sealManageToken } from '@/lib/security/seal';
import { hashManageToken, newManageToken } from './online/manage-token';
import { afterChange } from './writer/after-change';
import { claimOrRollBack, writeToDiaries, type CheckRules } from './writer/guarded-writer';
import { lostTheTime } from './writer/lost-race';
import { toE164 } from '@/lib/phone';

export interface BookingWrite {
  actor: Actor;
  practitionerId: string;
  service: BookableService;
  policy: ClinicPolicy;
  start: Date;
  now: Date;
  patient: { id: string } | { details: PatientDetails };
  /** Acknowledged see-a-doctor-today flags (online bookings), stored for the practitioner. */
  screeningFlags?: readonly string[];
  notes?: string;
  idempotency: { key: string; hash: string; canonical: string } | null;
  /** A patient claiming a waitlist offer for a known record gets a manage link as online bookings do. */
  issueManageToken?: boolean;
  /** More writes of the caller in this same transaction, after the insert (a waitlist claim). */
  alsoInside?: (tx: Transaction, appointmentId: string) => Promise<void>;
}

export type WriteOutcome =
  | { kind: 'booked'; appointmentId: string; manageToken: string | null }
  /** The time was not open on fresh rows, or the database refused it: try the next candidate. */
  | { kind: 'lost' }
  /** A parallel request with the same idempotency key committed first. */
  | { kind: 'key_taken' };

/**
 * One practitioner, one transaction, through the guarded writer: claim the idempotency key, find
 * or hold the patient, then lock the diary and re-check the time, insert, and run the post-change
 * step (audit, messages, listeners). A refusal is thrown so it rolls everything back, the
 * idempotency row included, so a retry with this key starts afresh.
 *
 * The diary lock serialises every write to one practitioner and lasts until commit, so only what
 * depends on the diary happens after it: the patient row and the sealed token come first. That
 * order cannot deadlock: no transaction waits for a patient row while holding a diary lock.
 */
export async function writeBooking(w: BookingWrite): Promise<WriteOutcome> {
  try {
    const { bufferBeforeMinutes, durationMinutes, bufferAfterMinutes } = w.service;
    const blockedStart = new Date(w.start.getTime() - bufferBeforeMinutes * 60_000);
    const blockedEnd = new Date(
      w.start.getTime() + (durationMinutes + bufferAfterMinutes) * 60_000,
    );
    return await writeToDiaries(
      [w.practitionerId],
      (tx) => insertBooking(tx, w),
      () => diaryWindowTaken(w.practitionerId, blockedStart, blockedEnd),
    );
  } catch (error) {
    if (lostTheTime(error)) return { kind: 'lost' };
    throw error;
  }
}

/** The answers as stored; the acknowledgement lives in its own columns (screening_*). */
function intakeToStore(details: PatientDetails): Record<string, unknown> {
  const { screeningAcknowledged: _acknowledged, ...answers } = details.intake;
  return { ...answers, patientType: details.patientType };
}

async function insertBooking(tx: Transaction, w: BookingWrite): Promise<WriteOutcome> {
  const { idempotency } = w;
  if (idempotency && !(await claimIdempotencyKey(tx, idempotency.key, idempotency.hash)))
    return { kind: 'key_taken' };
  const details = 'details' in w.patient ? w.patient.details : null;
  let patientId: string;
  if (details) patientId = await findOrCreatePatient(tx, details);
  else {
    patientId = (w.patient as { id: string }).id;
    await holdPatient(tx, patientId);
  }
  const manageToken = details || w.issueManageToken ? newManageToken() : null;
  const sealed =
    manageToken && idempotency
      ? sealManageToken(manageToken, idempotency.key, idempotency.canonical)
      : null;

  const rules = rulesOf(w.actor);
  const check: CheckRules = { policy: w.policy, minimumNotice: rules.minimumNotice, now: w.now };
  await claimOrRollBack(
    tx,
    { practitionerId: w.practitionerId, service: w.service, start: w.start },
    check,
  );

  const endsAt = new Date(w.start.getTime() + w.service.durationMinutes * 60_000);
  const [row] = await tx
    .insert(appointments)
    .values({
      practitionerId: w.practitionerId,
      serviceId: w.service.id,
      patientId,
      startsAt: w.start,
      endsAt,
      status: rules.initialStatus,
      source: rules.source,
      createdByStaffId: staffOf(w.actor)?.id ?? null,
      // What was typed for this booking, kept even when it matched an existing record.
      patientName: details?.name ?? null,
      patientPhone: details ? toE164(details.phone) : null,
      patientNotes: details?.reason ?? w.notes ?? '',
      intake: details ? intakeToStore(details) : {},
      manageTokenHash: manageToken ? hashManageToken(manageToken) : null,
      screeningFlags: [...(w.screeningFlags ?? [])],
      screeningAcknowledgedAt: w.screeningFlags?.length ? w.now : null,
    })
    .returning({ id: appointments.id, status: appointments.status });
  if (!row) throw new Error('appointment insert returned no row');
  if (w.alsoInside) await w.alsoInside(tx, row.id);
  // Independent writes, sent together: one round trip less while the diary is locked.
  await Promise.all([
    idempotency ? completeIdempotencyKey(tx, idempotency.key, row.id, sealed) : Promise.resolve(),
    afterChange(tx, {
      change: 'book',
      actor: w.actor,
      before: null,
      after: {
        id: row.id,
        practitionerId: w.practitionerId,
        serviceId: w.service.id,
        status: row.status,
        startsAt: w.start,
        endsAt,
      },
      message: { kind: 'confirmation', manageToken: manageToken ?? undefined },
      audit: {
        patientId,
        serviceId: w.service.id,
        startsAt: w.start.toISOString(),
        source: rules.source,
      },
      now: w.now,
    }),
  ]);
  return { kind: 'booked', appointmentId: row.id, manageToken };
}
