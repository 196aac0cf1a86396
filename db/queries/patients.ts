import 'server-only';
import { and, asc, desc, eq, gte, ilike, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import {
  appointmentNotes,
  appointments,
  patients,
  practitioners,
  services,
  staffUsers,
} from '@/db/schema';

/** `%text%` for ILIKE with the user's own % _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const PATIENT_PAGE_SIZE = 25;

/** Practitioners see only patients they have an appointment with (any status). */
function seenBy(practitionerId: string | null): SQL | undefined {
  if (!practitionerId) return undefined;
  return sql`exists (select 1 from ${appointments} a where a.patient_id = ${patients.id} and a.practitioner_id = ${practitionerId})`;
}

/**
 * Patients whose name, e-mail or phone contains the text (case-insensitively), whose phone contains
 * its digits (phones are stored as E.164, so "(503) 555-0121" and "5035550121" find +15035550121),
 * or who keep it among the contacts of records merged into theirs. Every branch is served by a
 * pg_trgm GIN index (migrations 0007 and 0020), so a growing list stays an index scan.
 */
function matchesText(text: string): SQL | undefined {
  const pattern = containsPattern(text);
  const digits = text.replace(/\D/g, '');
  const others = sql`patient_other_contacts_text(${patients.otherContacts})`;
  return or(
    ilike(patients.name, pattern),
    ilike(patients.email, pattern),
    ilike(patients.phone, pattern),
    sql`${others} ilike ${pattern}`,
    ...(digits.length >= 3
      ? [ilike(patients.phone, `%${digits}%`), sql`${others} like ${`%${digits}%`}`]
      : []),
  );
}

/** The directory, a page at a time; practitioners see only patients they have seen. */
export async function searchPatients(options: {
  query: string;
  page: number;
  practitionerId: string | null;
  now?: Date;
}) {
  const query = options.query.trim().slice(0, 100);
  const where = and(query ? matchesText(query) : undefined, seenBy(options.practitionerId));
  const now = options.now ?? new Date();
  const offset = (Math.max(1, options.page) - 1) * PATIENT_PAGE_SIZE;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: patients.id,
        name: patients.name,
        email: patients.email,
        phone: patients.phone,
        erasedAt: patients.erasedAt,
        // Inside a select list drizzle writes columns unqualified, so the outer row is named in full.
        nextVisit:
          sql<Date | null>`(select min(a.starts_at) from ${appointments} a where a.patient_id = "patients"."id" and a.starts_at >= ${now.toISOString()}::timestamptz and a.status <> 'cancelled')`.mapWith(
            (v: string | Date | null) => (v === null ? null : new Date(v)),
          ),
      })
      .from(patients)
      .where(where)
      .orderBy(asc(patients.name), asc(patients.id))
      .limit(PATIENT_PAGE_SIZE)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(patients)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0, pageSize: PATIENT_PAGE_SIZE };
}

/**
 * Patients to book at the desk (the schedule's picker and the new-appointment page): the same
 * match as the directory, erased records left out (they can't be booked or contacted).
 */
export async function findPatientsToBook(query: string, limit = 10) {
  const text = query.trim().slice(0, 100);
  if (text.length < 2) return [];
  return db
    .select({ id: patients.id, name: patients.name, email: patients.email, phone: patients.phone })
    .from(patients)
    .where(and(isNull(patients.erasedAt), matchesText(text)))
    .orderBy(asc(patients.name), asc(patients.id))
    .limit(limit);
}

/** A patient who can be booked or written to: name and contact details, never an erased record. */
export async function loadPatientContact(patientId: string) {
  const [row] = await db
    .select({ id: patients.id, name: patients.name, email: patients.email, phone: patients.phone })
    .from(patients)
    .where(and(eq(patients.id, patientId), isNull(patients.erasedAt)))
    .limit(1);
  return row ?? null;
}

export async function getPatientContact(patientId: string) {
  const [row] = await db
    .select({
      id: patients.id,
      name: patients.name,
      email: patients.email,
      phone: patients.phone,
      otherContacts: patients.otherContacts,
      dateOfBirth: patients.dateOfBirth,
      createdAt: patients.createdAt,
      erasedAt: patients.erasedAt,
    })
    .from(patients)
    .where(eq(patients.id, patientId));
  return row ?? null;
}

export async function practitionerHasSeenPatient(
  practitionerId: string,
  patientId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(eq(appointments.patientId, patientId), eq(appointments.practitionerId, practitionerId)),
    )
    .limit(1);
  return !!row;
}

/**
 * A patient's appointments. `clinicalFor`: 'all' (admin), a practitioner id (their own
 * appointments only) or null (front desk) decides whether intake and the patient's own note are
 * selected at all; rows the caller may not read come back with `clinical: null`.
 */
export async function listPatientAppointments(
  patientId: string,
  clinicalFor: 'all' | string | null,
) {
  const visible =
    clinicalFor === 'all'
      ? sql`true`
      : clinicalFor
        ? sql`${appointments.practitionerId} = ${clinicalFor}`
        : null;
  const rows = await db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      source: appointments.source,
      cancellationReason: appointments.cancellationReason,
      serviceName: services.name,
      serviceSlug: services.slug,
      practitionerId: appointments.practitionerId,
      practitionerName: practitioners.name,
      ...(visible
        ? {
            clinicalVisible: sql<boolean>`(${visible})`,
            intake: sql<Record<
              string,
              unknown
            > | null>`case when ${visible} then ${appointments.intake} end`,
            patientNotes: sql<
              string | null
            >`case when ${visible} then ${appointments.patientNotes} end`,
          }
        : {}),
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .where(eq(appointments.patientId, patientId))
    .orderBy(desc(appointments.startsAt));
  return rows.map(({ clinicalVisible, intake, patientNotes, ...row }) => ({
    ...row,
    clinical: clinicalVisible ? { intake: intake ?? {}, patientNotes: patientNotes ?? '' } : null,
  }));
}

/** Clinical notes on a patient's appointments: all for 'all', one practitioner's appointments otherwise. */
export async function listPatientNotes(patientId: string, clinicalFor: 'all' | string) {
  return db
    .select({
      id: appointmentNotes.id,
      appointmentId: appointmentNotes.appointmentId,
      body: appointmentNotes.body,
      createdAt: appointmentNotes.createdAt,
      authorName: staffUsers.name,
    })
    .from(appointmentNotes)
    .innerJoin(appointments, eq(appointments.id, appointmentNotes.appointmentId))
    .leftJoin(staffUsers, eq(staffUsers.id, appointmentNotes.authorStaffId))
    .where(
      and(
        eq(appointments.patientId, patientId),
        clinicalFor === 'all' ? undefined : eq(appointments.practitionerId, clinicalFor),
      ),
    )
    .orderBy(desc(appointmentNotes.createdAt));
}

/** Every appointment starting in [from, to) for the admin's CSV export, oldest first. */
export async function listAppointmentsForExport(from: Date, to: Date) {
  return db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      source: appointments.source,
      serviceName: services.name,
      practitionerName: practitioners.name,
      patientId: patients.id,
      patientName: patients.name,
      patientEmail: patients.email,
      patientPhone: patients.phone,
      patientNotes: appointments.patientNotes,
      intake: appointments.intake,
      cancellationReason: appointments.cancellationReason,
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(and(gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
}

/**
 * Records that may be the same person as this one: the same e-mail, the same phone digits or the
 * same name (case-insensitive), not erased. Offered for a merge; a person decides.
 */
export async function findPossibleDuplicates(
  patient: { id: string; name: string; email: string | null; phone: string },
  query = '',
  limit = 8,
) {
  const digits = patient.phone.replace(/\D/g, '');
  const text = query.trim().slice(0, 100);
  const likely = or(
    patient.email ? eq(patients.email, patient.email) : undefined,
    digits.length >= 7
      ? sql`regexp_replace(${patients.phone}, '[^0-9]', '', 'g') = ${digits}`
      : undefined,
    sql`lower(${patients.name}) = lower(${patient.name})`,
  );
  const asked = text ? matchesText(text) : likely;
  return db
    .select({
      id: patients.id,
      name: patients.name,
      email: patients.email,
      phone: patients.phone,
      appointments: sql<number>`(select count(*)::int from ${appointments} a where a.patient_id = "patients"."id")`,
    })
    .from(patients)
    .where(and(ne(patients.id, patient.id), isNull(patients.erasedAt), asked))
    .orderBy(asc(patients.name), asc(patients.id))
    .limit(limit);
}
