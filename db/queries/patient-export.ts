import 'server-only';
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import {
  appointmentNotes,
  appointments,
  articleQuestions,
  articles,
  auditLog,
  callbackRequests,
  outbox,
  patients,
  practitioners,
  services,
  staffUsers,
} from '@/db/schema';

/*
 * Everything held about one patient, for the data export (lib/patients/data-export.ts), and the
 * filters the erasure (lib/patients/erase.ts) deletes by, so both always cover the same rows.
 */

/** The patient row as stored (placeholders once erased). */
export async function loadPatientForExport(executor: Executor, patientId: string) {
  const [row] = await executor
    .select({
      id: patients.id,
      name: patients.name,
      email: patients.email,
      phone: patients.phone,
      otherContacts: patients.otherContacts,
      dateOfBirth: patients.dateOfBirth,
      createdAt: patients.createdAt,
      updatedAt: patients.updatedAt,
      erasedAt: patients.erasedAt,
    })
    .from(patients)
    .where(eq(patients.id, patientId));
  return row ?? null;
}

export async function listAppointmentsForPatientExport(executor: Executor, patientId: string) {
  return executor
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      source: appointments.source,
      therapy: services.name,
      therapySlug: services.slug,
      practitionerId: practitioners.id,
      practitioner: practitioners.name,
      intake: appointments.intake,
      screeningFlags: appointments.screeningFlags,
      screeningAcknowledgedAt: appointments.screeningAcknowledgedAt,
      patientNotes: appointments.patientNotes,
      bookedName: appointments.patientName,
      bookedPhone: appointments.patientPhone,
      cancelledAt: appointments.cancelledAt,
      cancellationReason: appointments.cancellationReason,
      createdAt: appointments.createdAt,
      updatedAt: appointments.updatedAt,
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .where(eq(appointments.patientId, patientId))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
}

export async function listNotesForPatientExport(executor: Executor, patientId: string) {
  return executor
    .select({
      id: appointmentNotes.id,
      appointmentId: appointmentNotes.appointmentId,
      body: appointmentNotes.body,
      author: staffUsers.name,
      createdAt: appointmentNotes.createdAt,
    })
    .from(appointmentNotes)
    .innerJoin(appointments, eq(appointments.id, appointmentNotes.appointmentId))
    .leftJoin(staffUsers, eq(staffUsers.id, appointmentNotes.authorStaffId))
    .where(eq(appointments.patientId, patientId))
    .orderBy(asc(appointmentNotes.createdAt), asc(appointmentNotes.id));
}

/** Outbox rows to the patient or about their appointments (the clinic's own notice included). */
export function patientOutboxFilter(patientId: string): SQL {
  return or(
    eq(outbox.patientId, patientId),
    inArray(
      outbox.appointmentId,
      sql`(select a.id from ${appointments} a where a.patient_id = ${patientId})`,
    ),
  )!;
}

export async function listMessagesForPatientExport(executor: Executor, patientId: string) {
  return executor
    .select({
      id: outbox.id,
      appointmentId: outbox.appointmentId,
      kind: outbox.kind,
      recipient: outbox.recipient,
      subject: outbox.subject,
      status: outbox.status,
      attempts: outbox.attempts,
      textBody: outbox.textBody,
      createdAt: outbox.createdAt,
      nextAttemptAt: outbox.nextAttemptAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .where(patientOutboxFilter(patientId))
    .orderBy(asc(outbox.createdAt), asc(outbox.id));
}

/** The patient a request is matched to: their id and, until erased, their own contact details. */
export interface PatientContact {
  id: string;
  name: string;
  email: string | null;
  phone: string;
}

/**
 * An unlinked request's e-mail points at this patient only when the request's name is theirs or
 * no other record shares the address: a parent and child, or a couple, on one address are two
 * records (patients_email_name_unique), and neither may have the other's requests.
 */
function emailIsTheirs(
  column: typeof callbackRequests.email | typeof articleQuestions.email,
  nameColumn: SQL,
  p: PatientContact,
) {
  if (!p.email) return undefined;
  return and(
    eq(column, p.email.toLowerCase()),
    or(
      sql`lower(btrim(coalesce(${nameColumn}, ''))) = lower(btrim(${p.name}))`,
      sql`not exists (select 1 from ${patients} other where other.email = ${p.email.toLowerCase()} and other.id <> ${p.id})`,
    ),
  );
}

/**
 * The call-back requests that are this patient's: those linked to them (booked for them), and
 * unlinked ones whose e-mail is theirs (see emailIsTheirs) or whose phone digits and name both
 * match. A request linked to another patient is never theirs, whatever its contact details.
 */
export function callbackMatch(p: PatientContact): SQL {
  const digits = p.phone.replace(/\D/g, '');
  const byContact = or(
    emailIsTheirs(callbackRequests.email, sql`${callbackRequests.name}`, p),
    digits.length >= 7
      ? and(
          sql`regexp_replace(coalesce(${callbackRequests.phone}, ''), '[^0-9]', '', 'g') = ${digits}`,
          sql`lower(btrim(${callbackRequests.name})) = lower(btrim(${p.name}))`,
        )
      : undefined,
  );
  // A patient with neither an e-mail nor a usable phone matches by link only (never everything).
  return (
    or(
      eq(callbackRequests.patientId, p.id),
      byContact ? and(isNull(callbackRequests.patientId), byContact) : undefined,
    ) ?? sql`false`
  );
}

/** Reader questions that are this patient's: by e-mail, under the same rule as call-backs. */
export function questionMatch(p: PatientContact): SQL {
  return emailIsTheirs(articleQuestions.email, sql`${articleQuestions.name}`, p) ?? sql`false`;
}

export async function listCallbacksForPatientExport(executor: Executor, patient: PatientContact) {
  return executor
    .select({
      id: callbackRequests.id,
      name: callbackRequests.name,
      email: callbackRequests.email,
      phone: callbackRequests.phone,
      preferredTime: callbackRequests.preferredTime,
      message: callbackRequests.message,
      status: callbackRequests.status,
      consentAt: callbackRequests.consentAt,
      handledAt: callbackRequests.handledAt,
      createdAt: callbackRequests.createdAt,
    })
    .from(callbackRequests)
    .where(callbackMatch(patient))
    .orderBy(asc(callbackRequests.createdAt), asc(callbackRequests.id));
}

export async function listQuestionsForPatientExport(executor: Executor, patient: PatientContact) {
  return executor
    .select({
      id: articleQuestions.id,
      article: articles.title,
      articleSlug: articles.slug,
      name: articleQuestions.name,
      email: articleQuestions.email,
      question: articleQuestions.question,
      status: articleQuestions.status,
      answer: articleQuestions.answer,
      consentAt: articleQuestions.consentAt,
      createdAt: articleQuestions.createdAt,
      publishedAt: articleQuestions.publishedAt,
    })
    .from(articleQuestions)
    .innerJoin(articles, eq(articles.id, articleQuestions.articleId))
    .where(questionMatch(patient))
    .orderBy(asc(articleQuestions.createdAt), asc(articleQuestions.id));
}

/**
 * Audit entries about the patient: those on the patient record (by id, or by pseudonym once
 * erased), on their appointments, and any naming them in the details.
 */
export async function listAuditForPatientExport(
  executor: Executor,
  patientId: string,
  pseudonym: string,
) {
  return executor
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorKind: auditLog.actorKind,
      actorStaffId: auditLog.actorStaffId,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(
      or(
        and(eq(auditLog.entityType, 'patient'), inArray(auditLog.entityId, [patientId, pseudonym])),
        and(
          eq(auditLog.entityType, 'appointment'),
          inArray(
            auditLog.entityId,
            sql`(select a.id::text from ${appointments} a where a.patient_id = ${patientId})`,
          ),
        ),
        sql`${auditLog.details} @> ${JSON.stringify({ patientId })}::jsonb`,
        sql`${auditLog.details} @> ${JSON.stringify({ patientId: pseudonym })}::jsonb`,
      ),
    )
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}
