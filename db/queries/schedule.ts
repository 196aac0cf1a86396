import 'server-only';
import { and, asc, eq, gt, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import type { ClinicPolicy } from '@/db/queries/availability';
import {
  ACTIVE_STATUSES,
  appointments,
  clinicClosures,
  clinicSettings,
  patients,
  practitionerServices,
  practitioners,
  services,
  timeOff,
  workingHours,
} from '@/db/schema';

/** The booking policy alone (the staff screens already know their service). */
export async function loadClinicPolicy(executor: Executor = db): Promise<ClinicPolicy> {
  const [row] = await executor
    .select({
      timeZone: clinicSettings.timeZone,
      minNoticeMinutes: clinicSettings.minNoticeMinutes,
      bookingHorizonDays: clinicSettings.bookingHorizonDays,
      slotStepMinutes: clinicSettings.slotStepMinutes,
      cancellationCutoffHours: clinicSettings.cancellationCutoffHours,
    })
    .from(clinicSettings)
    .where(eq(clinicSettings.id, 1))
    .limit(1);
  if (!row) throw new Error('clinic_settings has no row: run `npm run db:seed`');
  return row;
}

export interface SchedulePractitioner {
  id: string;
  name: string;
  color: string;
}

/** Active practitioners in team order; one when `onlyId` is given (a practitioner's own diary). */
export async function listSchedulePractitioners(onlyId?: string): Promise<SchedulePractitioner[]> {
  return db
    .select({ id: practitioners.id, name: practitioners.name, color: practitioners.color })
    .from(practitioners)
    .where(and(eq(practitioners.active, true), onlyId ? eq(practitioners.id, onlyId) : undefined))
    .orderBy(asc(practitioners.sortOrder), asc(practitioners.name));
}

/** Weekly hours ('HH:MM:SS', clinic-local) of some practitioners. */
export async function listWorkingHours(practitionerIds: string[]) {
  if (practitionerIds.length === 0) return [];
  return db
    .select({
      practitionerId: workingHours.practitionerId,
      weekday: workingHours.weekday,
      start: workingHours.startTime,
      end: workingHours.endTime,
    })
    .from(workingHours)
    .where(inArray(workingHours.practitionerId, practitionerIds));
}

/**
 * Appointments starting in [start, end) of some practitioners, for the grid and the lists: who,
 * what and when, never intake or notes. Cancelled ones only when asked for. `screening` says
 * whether the patient acknowledged see-a-doctor-today warning signs, decided here for the
 * caller's clinical scope ('all' for admins, a practitioner's own id, null for the front desk):
 * outside it the column is a constant false, so the fact never leaves the database.
 */
export async function listScheduleAppointments(
  range: { start: Date; end: Date },
  practitionerIds: string[],
  options: { includeCancelled?: boolean; clinicalScope?: 'all' | string | null } = {},
) {
  if (practitionerIds.length === 0) return [];
  const scope = options.clinicalScope ?? null;
  const flagged = sql`cardinality(${appointments.screeningFlags}) > 0`;
  const screening =
    scope === null
      ? sql<boolean>`false`
      : scope === 'all'
        ? sql<boolean>`${flagged}`
        : sql<boolean>`(${flagged} and ${appointments.practitionerId} = ${scope})`;
  return db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      source: appointments.source,
      practitionerId: appointments.practitionerId,
      patientId: appointments.patientId,
      patientName: patients.name,
      /** Where change e-mails go; null when the patient has none (or was erased). */
      patientEmail: sql<
        string | null
      >`case when ${patients.erasedAt} is null then ${patients.email} end`,
      // The number typed for this booking, else the record's.
      patientPhone: sql<string>`coalesce(${appointments.patientPhone}, ${patients.phone})`,
      serviceName: services.name,
      serviceSlug: services.slug,
      screening: screening.mapWith(Boolean),
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(
      and(
        inArray(appointments.practitionerId, practitionerIds),
        gte(appointments.startsAt, range.start),
        lt(appointments.startsAt, range.end),
        options.includeCancelled ? undefined : ne(appointments.status, 'cancelled'),
      ),
    )
    .orderBy(asc(appointments.startsAt));
}

export type ScheduleAppointment = Awaited<ReturnType<typeof listScheduleAppointments>>[number];

/** Time off overlapping [start, end) of some practitioners. */
export async function listTimeOffOverlapping(
  range: { start: Date; end: Date },
  practitionerIds: string[],
) {
  if (practitionerIds.length === 0) return [];
  return db
    .select({
      id: timeOff.id,
      practitionerId: timeOff.practitionerId,
      practitionerName: practitioners.name,
      startsAt: timeOff.startsAt,
      endsAt: timeOff.endsAt,
      reason: timeOff.reason,
    })
    .from(timeOff)
    .innerJoin(practitioners, eq(practitioners.id, timeOff.practitionerId))
    .where(
      and(
        inArray(timeOff.practitionerId, practitionerIds),
        lt(timeOff.startsAt, range.end),
        gt(timeOff.endsAt, range.start),
      ),
    )
    .orderBy(asc(timeOff.startsAt));
}

export type ScheduleTimeOff = Awaited<ReturnType<typeof listTimeOffOverlapping>>[number];

/** Clinic closures overlapping [start, end), for shading the schedule with their reason. */
export async function listClosuresOverlapping(range: { start: Date; end: Date }) {
  return db
    .select({
      id: clinicClosures.id,
      startsAt: clinicClosures.startsAt,
      endsAt: clinicClosures.endsAt,
      reason: clinicClosures.reason,
    })
    .from(clinicClosures)
    .where(and(lt(clinicClosures.startsAt, range.end), gt(clinicClosures.endsAt, range.start)))
    .orderBy(asc(clinicClosures.startsAt));
}

export type ScheduleClosure = Awaited<ReturnType<typeof listClosuresOverlapping>>[number];

/** Active services with the practitioners who offer each, for the staff booking form. */
export async function listStaffServices() {
  const [rows, offered] = await Promise.all([
    db
      .select({
        id: services.id,
        slug: services.slug,
        name: services.name,
        durationMinutes: services.durationMinutes,
      })
      .from(services)
      .where(eq(services.active, true))
      .orderBy(asc(services.sortOrder), asc(services.name)),
    db
      .select({
        serviceId: practitionerServices.serviceId,
        practitionerId: practitionerServices.practitionerId,
      })
      .from(practitionerServices),
  ]);
  return rows.map((s) => ({
    ...s,
    practitionerIds: offered.filter((o) => o.serviceId === s.id).map((o) => o.practitionerId),
  }));
}

export type StaffService = Awaited<ReturnType<typeof listStaffServices>>[number];

/**
 * Appointments still expected or under way in [start, end): what time off (one practitioner) or a
 * clinic closure (everyone: null) would cover. Patient names are for the staff page listing them.
 */
export async function listActiveAppointmentsOverlapping(
  executor: Executor,
  practitionerId: string | null,
  range: { start: Date; end: Date },
) {
  return executor
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      patientName: patients.name,
      serviceName: services.name,
      practitionerName: practitioners.name,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .where(
      and(
        practitionerId ? eq(appointments.practitionerId, practitionerId) : undefined,
        inArray(appointments.status, [...ACTIVE_STATUSES]),
        lt(appointments.startsAt, range.end),
        gt(appointments.endsAt, range.start),
      ),
    )
    .orderBy(asc(appointments.startsAt));
}

/** Time off that has not ended yet, soonest first, for the time-off page. */
export async function listUpcomingTimeOff(now: Date, practitionerIds: string[]) {
  return listTimeOffOverlapping(
    { start: now, end: new Date('9999-12-31T00:00:00Z') },
    practitionerIds,
  );
}
