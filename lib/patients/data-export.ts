import 'server-only';
import { DateTime } from 'luxon';
import { db } from '@/db';
import { carePlansForExport } from '@/db/queries/care-plans';
import {
  listAppointmentsForPatientExport,
  listAuditForPatientExport,
  listCallbacksForPatientExport,
  listMessagesForPatientExport,
  listNotesForPatientExport,
  listQuestionsForPatientExport,
  loadPatientForExport,
} from '@/db/queries/patient-export';
import { listWaitlistForPatientExport } from '@/db/queries/waitlist';
import { writeAudit } from '@/lib/audit';
import { hasRole } from '@/lib/staff/permissions';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { logger } from '@/lib/logger';
import { patientPseudonym } from './pseudonym';
import { isPatientId } from './record';

/** Raised when the shape of the export changes, so a reader of an old file knows what it holds. */
export const PATIENT_EXPORT_VERSION = 1;

export type PatientExportResult =
  { ok: true; json: string; filename: string } | { ok: false; status: 403 | 404; message: string };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Everything the clinic holds about one patient, as JSON (a subject-access / portability request):
 * the record, appointments with intake and notes, clinical notes, e-mails, call-back requests and
 * reader questions with their e-mail or phone, waitlist entries with their offers, and the audit
 * entries about them. Admins only; read
 * in one repeatable-read transaction (a consistent picture) that also writes the `patient.export`
 * audit entry, so no export exists without its record.
 */
export async function exportPatientData(
  actor: StaffPrincipal,
  patientId: string,
  timeZone: string,
  now = new Date(),
): Promise<PatientExportResult> {
  if (!hasRole(actor, ['admin']))
    return { ok: false, status: 403, message: 'Only admins can export a patient’s data.' };
  const notFound = { ok: false, status: 404, message: 'There is no such patient.' } as const;
  if (!isPatientId(patientId)) return notFound;
  const local = (d: Date | null) =>
    d ? DateTime.fromJSDate(d, { zone: timeZone }).toISO({ suppressMilliseconds: true }) : null;

  const data = await db.transaction(
    async (tx) => {
      const patient = await loadPatientForExport(tx, patientId);
      if (!patient) return null;
      const pseudonym = patientPseudonym(patient.id);
      const [appointments, notes, messages, audit, waitlist, carePlans] = [
        await listAppointmentsForPatientExport(tx, patient.id),
        await listNotesForPatientExport(tx, patient.id),
        await listMessagesForPatientExport(tx, patient.id),
        await listAuditForPatientExport(tx, patient.id, pseudonym),
        await listWaitlistForPatientExport(tx, patient.id),
        await carePlansForExport(tx, patient.id),
      ];
      // An erased patient's placeholders would match nothing; their own contact details only.
      // (Linked call-backs of an erased patient were deleted with their data.)
      const contact = patient.erasedAt
        ? null
        : { id: patient.id, name: patient.name, email: patient.email, phone: patient.phone };
      const callbacks = contact ? await listCallbacksForPatientExport(tx, contact) : [];
      const questions = contact ? await listQuestionsForPatientExport(tx, contact) : [];
      await writeAudit(
        {
          actorStaffId: actor.id,
          action: 'patient.export',
          entityType: 'patient',
          entityId: patient.erasedAt ? pseudonym : patient.id,
          details: {
            appointments: appointments.length,
            notes: notes.length,
            messages: messages.length,
            callbacks: callbacks.length,
            questions: questions.length,
            waitlistEntries: waitlist.length,
            carePlans: carePlans.length,
          },
        },
        tx,
      );
      return {
        patient,
        appointments,
        notes,
        messages,
        callbacks,
        questions,
        audit,
        waitlist,
        carePlans,
      };
    },
    { isolationLevel: 'repeatable read' },
  );
  if (!data) return notFound;

  const { patient } = data;
  const document = {
    version: PATIENT_EXPORT_VERSION,
    generatedAt: now.toISOString(),
    timeZone,
    patient: {
      id: patient.id,
      name: patient.name,
      email: patient.erasedAt ? null : patient.email,
      phone: patient.erasedAt ? null : patient.phone,
      /** E-mails and phones of records merged into this one that differed from its own. */
      otherContacts: patient.otherContacts,
      dateOfBirth: patient.dateOfBirth,
      createdAt: iso(patient.createdAt),
      updatedAt: iso(patient.updatedAt),
      erasedAt: iso(patient.erasedAt),
    },
    appointments: data.appointments.map((a) => ({
      id: a.id,
      start: iso(a.startsAt),
      end: iso(a.endsAt),
      startLocal: local(a.startsAt),
      endLocal: local(a.endsAt),
      therapy: a.therapy,
      therapySlug: a.therapySlug,
      practitioner: { id: a.practitionerId, name: a.practitioner },
      status: a.status,
      source: a.source,
      intake: a.intake,
      /** See-a-doctor-today warning signs acknowledged when booking (red-flag keys), and when. */
      screening: a.screeningAcknowledgedAt
        ? { flags: a.screeningFlags, acknowledgedAt: iso(a.screeningAcknowledgedAt) }
        : null,
      patientNote: a.patientNotes,
      /** The name and phone typed for this booking (null: as on the record). */
      bookedAs: { name: a.bookedName, phone: a.bookedPhone },
      cancellation: a.cancelledAt
        ? { at: iso(a.cancelledAt), atLocal: local(a.cancelledAt), reason: a.cancellationReason }
        : null,
      createdAt: iso(a.createdAt),
      updatedAt: iso(a.updatedAt),
    })),
    clinicalNotes: data.notes.map((n) => ({
      id: n.id,
      appointmentId: n.appointmentId,
      author: n.author,
      body: n.body,
      createdAt: iso(n.createdAt),
    })),
    messages: data.messages.map((m) => ({
      id: m.id,
      appointmentId: m.appointmentId,
      kind: m.kind,
      recipient: m.recipient,
      subject: m.subject,
      status: m.status,
      attempts: m.attempts,
      createdAt: iso(m.createdAt),
      nextAttemptAt: m.status === 'pending' ? iso(m.nextAttemptAt) : null,
      sentAt: iso(m.sentAt),
      text: m.textBody,
    })),
    callbackRequests: data.callbacks.map((c) => ({
      ...c,
      consentAt: iso(c.consentAt),
      handledAt: iso(c.handledAt),
      createdAt: iso(c.createdAt),
    })),
    articleQuestions: data.questions.map((q) => ({
      ...q,
      consentAt: iso(q.consentAt),
      createdAt: iso(q.createdAt),
      publishedAt: iso(q.publishedAt),
    })),
    waitlist: data.waitlist.map((e) => ({
      ...e,
      consentAt: iso(e.consentAt),
      createdAt: iso(e.createdAt),
      updatedAt: iso(e.updatedAt),
      offers: e.offers.map((o) => ({
        ...o,
        start: iso(o.start),
        startLocal: local(o.start),
        sentAt: iso(o.sentAt),
        expiresAt: iso(o.expiresAt),
        decidedAt: iso(o.decidedAt),
      })),
    })),
    /** Care plans: visits (appointment ids above), notes, exercises prescribed and the daily logs. */
    carePlans: data.carePlans.map((p) => ({
      ...p,
      createdAt: iso(p.createdAt),
      endedAt: iso(p.endedAt),
      exercises: p.exercises.map((e) => ({
        ...e,
        createdAt: iso(e.createdAt),
        removedAt: iso(e.removedAt),
      })),
    })),
    auditLog: data.audit.map((e) => ({ ...e, at: iso(e.at) })),
  };
  logger.info('patient data exported', { patientId: patient.id, staffUserId: actor.id });
  return {
    ok: true,
    json: `${JSON.stringify(document, null, 2)}\n`,
    filename: `patient-${patient.id}.json`,
  };
}
