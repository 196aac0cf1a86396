import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Transaction } from '@/db';
import { callbackMatch, patientOutboxFilter, questionMatch } from '@/db/queries/patient-export';
import { deleteWaitlistForPatient } from '@/db/queries/waitlist';
import {
  appointmentNotes,
  appointments,
  articleQuestions,
  auditLog,
  callbackRequests,
  carePlans,
  ERASED_EMAIL_DOMAIN,
  ERASED_PATIENT_NAME,
  idempotencyKeys,
  outbox,
  patients,
} from '@/db/schema';
import { fail, type ActionResult } from '@/lib/actions/result';
import { cancelUpcomingForErasure } from '@/lib/appointments/cancel';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { logger } from '@/lib/logger';
import { forbidden, hasRole } from '@/lib/staff/permissions';
import type { ErasePatientInput } from '@/lib/validations/patients';
import { patientPseudonym } from './pseudonym';

export const ERASED_CANCELLATION_REASON = 'Patient data erased';

export interface ErasureCounts {
  appointmentsCancelled: number;
  appointmentsRedacted: number;
  notesDeleted: number;
  messagesDeleted: number;
  idempotencyKeysDeleted: number;
  /** Care plans with their visits' links, prescriptions and exercise logs (cascade). */
  carePlansDeleted: number;
  callbacksDeleted: number;
  questionsAnonymised: number;
  waitlistEntriesDeleted: number;
  auditEntriesPseudonymised: number;
}

export type ErasureResult = ActionResult<
  ErasureCounts & { pseudonym: string; alreadyErased: boolean }
>;

const NOT_FOUND = 'That patient no longer exists.';

/**
 * Erases a patient's personal data in one transaction (a GDPR-style erasure request): the row
 * keeps its id with placeholders; intake, notes, e-mails, idempotency records and manage links go;
 * upcoming visits are cancelled (no e-mail: the address is gone); the audit log keeps its history
 * under a keyed pseudonym. Running it again is harmless and finds nothing more to do.
 */
export async function erasePatient(
  actor: StaffPrincipal,
  input: ErasePatientInput,
  now = new Date(),
): Promise<ErasureResult> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  const result = await db.transaction(async (tx): Promise<ErasureResult> => {
    // Locked first: a concurrent booking's foreign-key check on this row waits for us.
    const [patient] = await tx
      .select({
        id: patients.id,
        name: patients.name,
        email: patients.email,
        phone: patients.phone,
        erasedAt: patients.erasedAt,
      })
      .from(patients)
      .where(eq(patients.id, input.patientId))
      .for('update');
    if (!patient) return fail(NOT_FOUND);
    const pseudonym = patientPseudonym(patient.id);
    const counts = await eraseData(tx, patient, pseudonym, now);
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'patient.erase',
        entityType: 'patient',
        entityId: pseudonym,
        details: { ...counts, alreadyErased: patient.erasedAt !== null },
      },
      tx,
    );
    return { ok: true, data: { ...counts, pseudonym, alreadyErased: patient.erasedAt !== null } };
  });
  // The pseudonym only: a log line pairing it with the id would undo the pseudonymisation.
  if (result.ok)
    logger.info('patient erased', { patient: result.data.pseudonym, staffUserId: actor.id });
  return result;
}

async function eraseData(
  tx: Transaction,
  patient: {
    id: string;
    name: string;
    email: string | null;
    phone: string;
    erasedAt: Date | null;
  },
  pseudonym: string,
  now: Date,
): Promise<ErasureCounts> {
  const theirs = eq(appointments.patientId, patient.id);
  const theirAppointmentIds = tx.select({ id: appointments.id }).from(appointments).where(theirs);

  // Waitlist entries and offers go first, so the time freed below is offered to others only.
  const waitlist = await deleteWaitlistForPatient(tx, patient.id);

  // Upcoming visits free their slots (through the appointment lifecycle, which audits each and
  // reports the freed time); no e-mail, the address is about to go.
  const cancelled = await cancelUpcomingForErasure(tx, patient.id, ERASED_CANCELLATION_REASON, now);

  // Staff-typed cancellation reasons may describe the patient: replaced by a neutral one.
  const redacted = await tx
    .update(appointments)
    .set({
      intake: {},
      screeningFlags: [],
      screeningAcknowledgedAt: null,
      patientNotes: '',
      patientName: null,
      patientPhone: null,
      manageTokenHash: null,
      cancellationReason: sql`case when ${appointments.status} = 'cancelled' then ${ERASED_CANCELLATION_REASON} end`,
      updatedAt: now,
    })
    .where(theirs)
    .returning({ id: appointments.id });

  const notes = await tx
    .delete(appointmentNotes)
    .where(inArray(appointmentNotes.appointmentId, theirAppointmentIds))
    .returning({ id: appointmentNotes.id });
  // Pending ones included: deleted rows can't be claimed, and a worker mid-send finds its row gone.
  const messages = await tx
    .delete(outbox)
    .where(patientOutboxFilter(patient.id))
    .returning({ id: outbox.id });
  const keys = await tx
    .delete(idempotencyKeys)
    .where(inArray(idempotencyKeys.appointmentId, theirAppointmentIds))
    .returning({ key: idempotencyKeys.key });

  // Plans go whole: notes, prescriptions and "done today" logs (the visits stay, as appointments).
  const plans = await tx
    .delete(carePlans)
    .where(eq(carePlans.patientId, patient.id))
    .returning({ id: carePlans.id });

  // Linked requests, and unlinked ones matched on the real contact details (so only on the first
  // erasure); never another record's on a shared address (callbackMatch, questionMatch).
  let callbacks = 0;
  let questions = 0;
  if (!patient.erasedAt) {
    const contact = {
      id: patient.id,
      name: patient.name,
      email: patient.email,
      phone: patient.phone,
    };
    callbacks = (
      await tx
        .delete(callbackRequests)
        .where(callbackMatch(contact))
        .returning({ id: callbackRequests.id })
    ).length;
    questions = (
      await tx
        .update(articleQuestions)
        .set({ name: null, email: null })
        .where(questionMatch(contact))
        .returning({ id: articleQuestions.id })
    ).length;
  }

  const audit = await pseudonymiseAudit(tx, patient.id, pseudonym);

  await tx
    .update(patients)
    .set({
      name: ERASED_PATIENT_NAME,
      email:
        patient.erasedAt && patient.email
          ? patient.email
          : `erased-${randomBytes(12).toString('hex')}@${ERASED_EMAIL_DOMAIN}`,
      phone: '',
      otherContacts: [],
      erasedAt: patient.erasedAt ?? now,
      updatedAt: now,
    })
    .where(eq(patients.id, patient.id));

  return {
    appointmentsCancelled: cancelled.length,
    appointmentsRedacted: redacted.length,
    notesDeleted: notes.length,
    messagesDeleted: messages.length,
    idempotencyKeysDeleted: keys.length,
    carePlansDeleted: plans.length,
    callbacksDeleted: callbacks,
    questionsAnonymised: questions,
    waitlistEntriesDeleted: waitlist.entries,
    auditEntriesPseudonymised: audit,
  };
}

/** Entries on the patient record, and any detail naming the patient, now carry the pseudonym. */
async function pseudonymiseAudit(tx: Transaction, patientId: string, pseudonym: string) {
  const onRecord = await tx
    .update(auditLog)
    .set({ entityId: pseudonym })
    .where(and(eq(auditLog.entityType, 'patient'), eq(auditLog.entityId, patientId)))
    .returning({ id: auditLog.id });
  const inDetails = await tx
    .update(auditLog)
    .set({
      details: sql`(select jsonb_object_agg(e.key, case when e.value = to_jsonb(${patientId}::text) then to_jsonb(${pseudonym}::text) else e.value end) from jsonb_each(${auditLog.details}) e)`,
    })
    .where(
      sql`exists (select 1 from jsonb_each_text(${auditLog.details}) e where e.value = ${patientId})`,
    )
    .returning({ id: auditLog.id });
  return onRecord.length + inDetails.length;
}
