import 'server-only';
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
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
      patientNotes: appointments.patientNotes,
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

/**
 * Call-back requests and reader questions carry no patient id: they are theirs when they carry the
 * patient's e-mail, or (call-backs) the same phone number (digits compared, at least 7) under the
 * same name. A phone alone could be a household's, and another person's request must never end up
 * in this patient's export or be deleted with their data.
 */
export function callbackMatch(contact: { name: string; email: string; phone: string }): SQL {
  const digits = contact.phone.replace(/\D/g, '');
  return or(
    eq(callbackRequests.email, contact.email.toLowerCase()),
    digits.length >= 7
      ? and(
          sql`regexp_replace(coalesce(${callbackRequests.phone}, ''), '[^0-9]', '', 'g') = ${digits}`,
          sql`lower(btrim(${callbackRequests.name})) = lower(btrim(${contact.name}))`,
        )
      : undefined,
  )!;
}

export async function listCallbacksForPatientExport(
  executor: Executor,
  contact: { name: string; email: string; phone: string },
) {
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
    .where(callbackMatch(contact))
    .orderBy(asc(callbackRequests.createdAt), asc(callbackRequests.id));
}

export async function listQuestionsForPatientExport(executor: Executor, email: string) {
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
    .where(eq(articleQuestions.email, email.toLowerCase()))
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
