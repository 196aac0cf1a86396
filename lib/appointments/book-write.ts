import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Transaction } from '@/db';
import type { BookableService, ClinicPolicy } from '@/db/queries/availability';
import { diaryWindowTaken } from '@/db/queries/diary-taken';
import { appointments } from '@/db/schema';
import { findOrCreatePatient, holdPatient, PatientRaced } from '@/lib/patients/match';
import type { PatientDetails } from '@/lib/validations/booking';
import { rulesOf, staffOf, type Actor } from './actor';
import { claimIdempotencyKey, completeIdempotencyKey } from './online/idempotency';
import { sealManageToken } from '@/lib/security/seal';
import { hashManageToken, newManageToken } from './online/manage-token';
import { afterChange } from './writer/after-change';
import { lockAndCheck, writeToDiaries, type CheckRules } from './writer/guarded-writer';
import { ClaimRefused, lostTheTime } from './writer/lost-race';
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
    return await writeOnce(w);
  } catch (error) {
    // Two first bookings of one new patient at once: the other one's row is committed now, so the
    // second attempt's find-or-create finds it (before taking the diary lock, as always).
    if (error instanceof PatientRaced) return await writeOnce(w);
    throw error;
  }
}

async function writeOnce(w: BookingWrite): Promise<WriteOutcome> {
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
    if (error instanceof KeyTaken) return { kind: 'key_taken' };
    if (lostTheTime(error)) return { kind: 'lost' };
    throw error;
  }
}

/** The answers as stored; the acknowledgement lives in its own columns (screening_*). */
function intakeToStore(details: PatientDetails): Record<string, unknown> {
  const { screeningAcknowledged: _acknowledged, ...answers } = details.intake;
  return { ...answers, patientType: details.patientType };
}

/** Thrown inside the transaction when a parallel request with the same key committed first. */
class KeyTaken extends Error {}

/**
 * Five round trips in the transaction, which holds the diary's turn (BEGIN; key, patient, lock
 * and re-read; the insert with what follows it; the e-mails; COMMIT) instead of nine: statements
 * that do not need each other's answers are sent together on the transaction's connection, which
 * runs them in the order sent. That order is the one the guarantees rest on: the idempotency key
 * first (a duplicate blocks on it), the patient row before the diary lock (no transaction waits
 * for a patient row while holding a diary), the re-read after the lock, and the appointment
 * before the rows that refer to it. A failed statement fails the rest, and rolls back the lot.
 */
async function insertBooking(tx: Transaction, w: BookingWrite): Promise<WriteOutcome> {
  const { idempotency } = w;
  const details = 'details' in w.patient ? w.patient.details : null;
  const manageToken = details || w.issueManageToken ? newManageToken() : null;
  const sealed =
    manageToken && idempotency
      ? sealManageToken(manageToken, idempotency.key, idempotency.canonical)
      : null;
  const rules = rulesOf(w.actor);
  const check: CheckRules = { policy: w.policy, minimumNotice: rules.minimumNotice, now: w.now };

  // Sent in this order, without waiting in between (each call sends its statement at once).
  const claimed = idempotency
    ? claimIdempotencyKey(tx, idempotency.key, idempotency.hash)
    : Promise.resolve(true);
  const patient = details
    ? findOrCreatePatient(tx, details, 'throw')
    : holdPatient(tx, (w.patient as { id: string }).id).then(
        () => (w.patient as { id: string }).id,
      );
  const verdicts = lockAndCheck(
    tx,
    [{ practitionerId: w.practitionerId, service: w.service, start: w.start }],
    check,
  );
  const [gotKey, patientId, [verdict]] = await Promise.all([claimed, patient, verdicts]);
  if (!gotKey) throw new KeyTaken();
  if (!verdict?.open) throw new ClaimRefused(verdict?.reason ?? 'conflict');

  const appointmentId = randomUUID();
  const endsAt = new Date(w.start.getTime() + w.service.durationMinutes * 60_000);
  const insert = tx.insert(appointments).values({
    id: appointmentId,
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
  });
  const after = {
    id: appointmentId,
    practitionerId: w.practitionerId,
    serviceId: w.service.id,
    status: rules.initialStatus,
    startsAt: w.start,
    endsAt,
  };
  const rest = () => [
    idempotency
      ? completeIdempotencyKey(tx, idempotency.key, appointmentId, sealed)
      : Promise.resolve(),
    afterChange(tx, {
      change: 'book',
      actor: w.actor,
      before: null,
      after,
      message: { kind: 'confirmation', manageToken: manageToken ?? undefined },
      audit: {
        patientId,
        serviceId: w.service.id,
        startsAt: w.start.toISOString(),
        source: rules.source,
      },
      now: w.now,
    }),
  ];
  if (w.alsoInside) {
    // The caller's writes may wait for answers of their own: after the insert, one by one.
    await insert;
    await w.alsoInside(tx, appointmentId);
    await Promise.all(rest());
  } else {
    // The insert is sent first; if the database refuses it (the exclusion constraint), the rest
    // fail behind it and Promise.all rejects with the insert's error, which arrives first.
    const sent = insert.then(() => undefined);
    await Promise.all([sent, ...rest()]);
  }
  return { kind: 'booked', appointmentId, manageToken };
}
