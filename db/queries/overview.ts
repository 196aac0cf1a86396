import 'server-only';
import { and, asc, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import {
  appointments,
  patients,
  practitioners,
  services,
  timeOff,
  workingHours,
  type AppointmentStatus,
} from '@/db/schema';

/** Reads behind the dashboard overview. `practitionerId` narrows every figure to one diary. */

const mine = (practitionerId: string | null): SQL | undefined =>
  practitionerId ? eq(appointments.practitionerId, practitionerId) : undefined;

export async function countByStatus(from: Date, to: Date, practitionerId: string | null) {
  const rows = await db
    .select({ status: appointments.status, n: sql<number>`count(*)::int` })
    .from(appointments)
    .where(
      and(gte(appointments.startsAt, from), lt(appointments.startsAt, to), mine(practitionerId)),
    )
    .groupBy(appointments.status);
  return new Map<AppointmentStatus, number>(rows.map((r) => [r.status, r.n]));
}

/** The next few active appointments from `now` until `until`, for "next patients". */
export async function listNextAppointments(
  now: Date,
  until: Date,
  practitionerId: string | null,
  limit = 6,
) {
  return db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      status: appointments.status,
      patientId: patients.id,
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
        gte(appointments.endsAt, now),
        lt(appointments.startsAt, until),
        sql`${appointments.status} in ('booked', 'confirmed', 'arrived')`,
        mine(practitionerId),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(limit);
}

/** Active practitioners (or one) with their weekly hours, time off and booked minutes in [from, to). */
export async function loadUtilisationInputs(from: Date, to: Date, practitionerId: string | null) {
  const who = practitionerId
    ? eq(practitioners.id, practitionerId)
    : eq(practitioners.active, true);
  const [people, hours, off, booked] = await Promise.all([
    db
      .select({ id: practitioners.id, name: practitioners.name })
      .from(practitioners)
      .where(who)
      .orderBy(asc(practitioners.sortOrder), asc(practitioners.name)),
    db
      .select({
        practitionerId: workingHours.practitionerId,
        weekday: workingHours.weekday,
        start: workingHours.startTime,
        end: workingHours.endTime,
      })
      .from(workingHours)
      .where(practitionerId ? eq(workingHours.practitionerId, practitionerId) : undefined),
    db
      .select({
        practitionerId: timeOff.practitionerId,
        start: timeOff.startsAt,
        end: timeOff.endsAt,
      })
      .from(timeOff)
      .where(
        and(
          lt(timeOff.startsAt, to),
          gte(timeOff.endsAt, from),
          practitionerId ? eq(timeOff.practitionerId, practitionerId) : undefined,
        ),
      ),
    db
      .select({
        practitionerId: appointments.practitionerId,
        minutes: sql<number>`coalesce(sum(extract(epoch from (${appointments.endsAt} - ${appointments.startsAt})) / 60), 0)::int`,
      })
      .from(appointments)
      .where(
        and(
          gte(appointments.startsAt, from),
          lt(appointments.startsAt, to),
          ne(appointments.status, 'cancelled'),
          mine(practitionerId),
        ),
      )
      .groupBy(appointments.practitionerId),
  ]);
  return { people, hours, off, booked: new Map(booked.map((b) => [b.practitionerId, b.minutes])) };
}

/**
 * Patients seen in [from, to) (any non-cancelled appointment), split by whether their first-ever
 * non-cancelled appointment falls in the period (new) or before it (returning).
 */
export async function countNewAndReturning(from: Date, to: Date, practitionerId: string | null) {
  const fromIso = from.toISOString();
  const toIso = to.toISOString();
  const scope = practitionerId ? sql`and a.practitioner_id = ${practitionerId}` : sql``;
  const result = await db.execute<{ new: number; returning: number }>(sql`
    select
      count(*) filter (where first_visit >= ${fromIso}::timestamptz)::int as "new",
      count(*) filter (where first_visit < ${fromIso}::timestamptz)::int as "returning"
    from (
      select seen.patient_id,
        (select min(f.starts_at) from ${appointments} f where f.patient_id = seen.patient_id and f.status <> 'cancelled') as first_visit
      from (
        select distinct a.patient_id from ${appointments} a
        where a.starts_at >= ${fromIso}::timestamptz and a.starts_at < ${toIso}::timestamptz and a.status <> 'cancelled' ${scope}
      ) seen
    ) t`);
  const rows = Array.isArray(result)
    ? (result as Array<{ new: number; returning: number }>)
    : (result as { rows: Array<{ new: number; returning: number }> }).rows;
  return {
    newPatients: Number(rows[0]?.new ?? 0),
    returningPatients: Number(rows[0]?.returning ?? 0),
  };
}

/** Cancellations in [from, to) by appointment start, and those made less than `cutoffHours` before it. */
export async function countCancellations(
  from: Date,
  to: Date,
  cutoffHours: number,
  practitionerId: string | null,
) {
  const [row] = await db
    .select({
      cancelled: sql<number>`count(*)::int`,
      late: sql<number>`(count(*) filter (where ${appointments.startsAt} - ${appointments.cancelledAt} < make_interval(hours => ${cutoffHours}::int)))::int`,
    })
    .from(appointments)
    .where(
      and(
        gte(appointments.startsAt, from),
        lt(appointments.startsAt, to),
        eq(appointments.status, 'cancelled'),
        mine(practitionerId),
      ),
    );
  return { cancelled: row?.cancelled ?? 0, late: row?.late ?? 0 };
}
