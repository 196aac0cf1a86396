import 'server-only';
import { and, asc, desc, eq, gt, lt, ne } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import {
  appointmentNotes,
  appointments,
  patients,
  practitioners,
  services,
  staffUsers,
} from '@/db/schema';

/**
 * What every staff role may see about one appointment: who, what, when, status and contact
 * details. Intake answers, the patient's own notes and clinical notes are a separate read
 * (loadAppointmentClinical), made only for those allowed to see them.
 */
export async function loadAppointmentCore(appointmentId: string, executor: Executor = db) {
  const [row] = await executor
    .select({
      id: appointments.id,
      status: appointments.status,
      source: appointments.source,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      cancelledAt: appointments.cancelledAt,
      cancellationReason: appointments.cancellationReason,
      createdAt: appointments.createdAt,
      practitioner: { id: practitioners.id, name: practitioners.name, color: practitioners.color },
      service: {
        id: services.id,
        slug: services.slug,
        name: services.name,
        durationMinutes: services.durationMinutes,
      },
      patient: {
        id: patients.id,
        name: patients.name,
        email: patients.email,
        phone: patients.phone,
      },
      /** What was typed for this booking when it differs from the record (null: as the record). */
      bookedAs: { name: appointments.patientName, phone: appointments.patientPhone },
    })
    .from(appointments)
    .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  return row ?? null;
}

export type AppointmentCore = NonNullable<Awaited<ReturnType<typeof loadAppointmentCore>>>;

/** Health information: call only after canReadClinical said yes. */
export async function loadAppointmentClinical(appointmentId: string, executor: Executor = db) {
  const [[row], notes] = await Promise.all([
    executor
      .select({
        patientNotes: appointments.patientNotes,
        intake: appointments.intake,
        screeningFlags: appointments.screeningFlags,
        screeningAcknowledgedAt: appointments.screeningAcknowledgedAt,
      })
      .from(appointments)
      .where(eq(appointments.id, appointmentId))
      .limit(1),
    executor
      .select({
        id: appointmentNotes.id,
        body: appointmentNotes.body,
        createdAt: appointmentNotes.createdAt,
        authorName: staffUsers.name,
      })
      .from(appointmentNotes)
      .leftJoin(staffUsers, eq(staffUsers.id, appointmentNotes.authorStaffId))
      .where(eq(appointmentNotes.appointmentId, appointmentId))
      .orderBy(asc(appointmentNotes.createdAt)),
  ]);
  if (!row) return null;
  return {
    patientNotes: row.patientNotes,
    intake: row.intake,
    screening: row.screeningAcknowledgedAt
      ? { flags: row.screeningFlags, acknowledgedAt: row.screeningAcknowledgedAt }
      : null,
    notes,
  };
}

/** The patient's other visits, newest first: dates, therapies and outcomes, no clinical content. */
export async function listPatientVisits(patientId: string, exceptId: string, limit = 20) {
  return db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      status: appointments.status,
      serviceName: services.name,
      practitionerId: appointments.practitionerId,
      practitionerName: practitioners.name,
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .where(and(eq(appointments.patientId, patientId), ne(appointments.id, exceptId)))
    .orderBy(desc(appointments.startsAt))
    .limit(limit);
}

/** The patient's active appointment overlapping [start, end), if any (a patient can't be in two rooms). */
export async function findPatientOverlap(patientId: string, start: Date, end: Date) {
  const [row] = await db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      serviceId: appointments.serviceId,
      practitionerId: appointments.practitionerId,
    })
    .from(appointments)
    .where(
      and(
        eq(appointments.patientId, patientId),
        ne(appointments.status, 'cancelled'),
        lt(appointments.startsAt, end),
        gt(appointments.endsAt, start),
      ),
    )
    .limit(1);
  return row ?? null;
}
