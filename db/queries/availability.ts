import 'server-only';
import { and, asc, eq, gt, gte, inArray, lt, ne, sql, type SQLWrapper } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import {
  appointments,
  clinicClosures,
  clinicSettings,
  practitionerServices,
  practitioners,
  services,
  timeOff,
  workingHours,
} from '@/db/schema';
import type {
  BusyAppointment,
  Interval,
  PractitionerAvailabilityInput,
  Weekday,
  WeeklyHours,
} from '@/lib/availability';

export interface ClinicPolicy {
  timeZone: string;
  minNoticeMinutes: number;
  bookingHorizonDays: number;
  slotStepMinutes: number;
  cancellationCutoffHours: number;
}

export interface BookableService {
  id: string;
  slug: string;
  name: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  requiresConsultation: boolean;
}

const policyColumns = {
  timeZone: clinicSettings.timeZone,
  minNoticeMinutes: clinicSettings.minNoticeMinutes,
  bookingHorizonDays: clinicSettings.bookingHorizonDays,
  slotStepMinutes: clinicSettings.slotStepMinutes,
  cancellationCutoffHours: clinicSettings.cancellationCutoffHours,
};

/**
 * The booking policy and the active service with that slug, in one round trip. `service` is null
 * when the slug is unknown or inactive; a missing settings row is a broken install, so it throws.
 */
export async function loadPolicyAndService(
  slug: string,
  executor: Executor = db,
): Promise<{ policy: ClinicPolicy; service: BookableService | null }> {
  const [row] = await executor
    .select({
      policy: policyColumns,
      service: {
        id: services.id,
        slug: services.slug,
        name: services.name,
        durationMinutes: services.durationMinutes,
        bufferBeforeMinutes: services.bufferBeforeMinutes,
        bufferAfterMinutes: services.bufferAfterMinutes,
        requiresConsultation: services.requiresConsultation,
      },
    })
    .from(clinicSettings)
    .leftJoin(services, and(eq(services.slug, slug), eq(services.active, true)))
    .where(eq(clinicSettings.id, 1))
    .limit(1);
  if (!row) throw new Error('clinic_settings has no row: run `npm run db:seed`');
  return { policy: row.policy, service: row.service };
}

export interface ScheduleQuery {
  /**
   * By id: the caller already holds the service row (booking, rescheduling). By slug: only an
   * active service counts, which lets getAvailability send this together with the policy query.
   */
  service: { id: string } | { slug: string };
  /** One practitioner, or null for everyone active who offers the service. */
  practitionerId: string | null;
  /** Appointments, time off and clinic closures overlapping [start, end) are loaded. */
  window: { start: Date; end: Date };
  /** Left out of the busy times (a booking being moved must not block itself). */
  excludeAppointmentId?: string;
}

// Appointments are found through appointments_practitioner_start_idx, which needs a lower bound on
// starts_at. Nothing lasts longer than a day (services are at most 480 minutes), so an appointment
// that still runs at window.start began less than a day before it.
const LONGEST_APPOINTMENT_MS = 24 * 60 * 60 * 1000;

/**
 * The four reads behind loadSchedules, not yet sent (bench/availability.ts EXPLAINs them). Each
 * names the eligible practitioners through the same subquery, so none has to wait for another.
 */
export function scheduleQueries(query: ScheduleQuery, executor: Executor = db) {
  const { service, practitionerId, window } = query;
  const eligible = executor
    .select({ id: practitioners.id })
    .from(practitioners)
    .innerJoin(practitionerServices, eq(practitionerServices.practitionerId, practitioners.id))
    .innerJoin(services, eq(services.id, practitionerServices.serviceId))
    .where(
      and(
        'id' in service
          ? eq(services.id, service.id)
          : and(eq(services.slug, service.slug), eq(services.active, true)),
        eq(practitioners.active, true),
        practitionerId ? eq(practitioners.id, practitionerId) : undefined,
      ),
    );

  const hours = executor
    .select({
      practitionerId: practitioners.id,
      weekday: workingHours.weekday,
      start: workingHours.startTime,
      end: workingHours.endTime,
    })
    .from(practitioners)
    .leftJoin(workingHours, eq(workingHours.practitionerId, practitioners.id))
    .where(inArray(practitioners.id, eligible))
    .orderBy(asc(practitioners.sortOrder), asc(practitioners.name), asc(practitioners.id));
  const timeOffRows = executor
    .select({
      practitionerId: timeOff.practitionerId,
      start: timeOff.startsAt,
      end: timeOff.endsAt,
    })
    .from(timeOff)
    .where(
      and(
        inArray(timeOff.practitionerId, eligible),
        lt(timeOff.startsAt, window.end),
        gt(timeOff.endsAt, window.start),
      ),
    );
  const appointmentRows = executor
    .select({
      practitionerId: appointments.practitionerId,
      start: appointments.startsAt,
      end: appointments.endsAt,
      bufferBeforeMinutes: services.bufferBeforeMinutes,
      bufferAfterMinutes: services.bufferAfterMinutes,
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(
      and(
        inArray(appointments.practitionerId, eligible),
        ne(appointments.status, 'cancelled'),
        gte(appointments.startsAt, new Date(window.start.getTime() - LONGEST_APPOINTMENT_MS)),
        lt(appointments.startsAt, window.end),
        gt(appointments.endsAt, window.start),
        query.excludeAppointmentId ? ne(appointments.id, query.excludeAppointmentId) : undefined,
      ),
    );
  const closures = executor
    .select({
      start: clinicClosures.startsAt,
      end: clinicClosures.endsAt,
      reason: clinicClosures.reason,
    })
    .from(clinicClosures)
    .where(and(lt(clinicClosures.startsAt, window.end), gt(clinicClosures.endsAt, window.start)))
    .orderBy(asc(clinicClosures.startsAt));
  return { hours, timeOff: timeOffRows, appointments: appointmentRows, closures };
}

/** A clinic-wide closure as the engine and the pages need it. */
export interface ClosureInterval {
  start: Date;
  end: Date;
  reason: string;
}

/** Everything the availability engine needs for one question: the eligible diaries and the closures. */
export interface Schedules {
  /** The practitioners who can take the service, in team order (sort order, name, id). */
  practitioners: PractitionerAvailabilityInput[];
  closures: ClosureInterval[];
}

/** A row of loadSchedules' one statement: each read as a JSON array (column names as stored). */
type SchedulesRow = {
  hours: Array<{
    id: string;
    weekday: number | null;
    start_time: string | null;
    end_time: string | null;
  }>;
  time_off: Array<{ practitioner_id: string; starts_at: string; ends_at: string }>;
  busy: Array<{
    practitioner_id: string;
    starts_at: string;
    ends_at: string;
    buffer_before_minutes: number;
    buffer_after_minutes: number;
  }>;
  closures: Array<{ starts_at: string; ends_at: string; reason: string }>;
};

/**
 * `(select json_agg(...) from (<query>))`: one read as one JSON value, in the query's order. The
 * order holds because json_agg reads its sorted subquery row by row: it has no combine function,
 * so PostgreSQL never splits it across parallel workers ("first available" relies on the team
 * order of the hours).
 */
const asJson = (query: SQLWrapper) =>
  sql`(select coalesce(json_agg(r), '[]'::json) from (${query}) r)`;

/**
 * Everything the availability engine needs about the practitioners who can take the service, and
 * the clinic's closures: the four reads of scheduleQueries in one statement, each aggregated to a
 * JSON array. One statement is one backend and one round trip: sent as four queries from the pool,
 * they went to four connections, and under load the answer waited for the last of four backends
 * to be scheduled (README → Benchmarks). Inside a transaction it is still one statement after the
 * diary lock, so it sees what the previous lock holder committed.
 */
export async function loadSchedules(
  query: ScheduleQuery,
  executor: Executor = db,
): Promise<Schedules> {
  const q = scheduleQueries(query, executor);
  const result = await executor.execute<SchedulesRow>(
    sql`select ${asJson(q.hours)} as hours, ${asJson(q.timeOff)} as time_off, ${asJson(q.appointments)} as busy, ${asJson(q.closures)} as closures`,
  );
  // postgres.js answers an array, PGlite { rows }.
  const rows: SchedulesRow[] = Array.isArray(result)
    ? (result as SchedulesRow[])
    : (result as { rows: SchedulesRow[] }).rows;
  const [row] = rows;
  if (!row) throw new Error('loadSchedules: no row');
  const byId = new Map<string, MutableSchedule>();
  for (const h of row.hours) {
    let entry = byId.get(h.id);
    if (!entry) {
      entry = { practitionerId: h.id, weeklyHours: [], timeOff: [], appointments: [] };
      byId.set(h.id, entry);
    }
    // `time` columns read back as 'HH:MM:SS'; the engine works in whole minutes.
    if (h.weekday !== null && h.start_time !== null && h.end_time !== null) {
      entry.weeklyHours.push({
        weekday: h.weekday as Weekday,
        start: h.start_time.slice(0, 5),
        end: h.end_time.slice(0, 5),
      });
    }
  }
  for (const t of row.time_off)
    byId
      .get(t.practitioner_id)
      ?.timeOff.push({ start: new Date(t.starts_at), end: new Date(t.ends_at) });
  for (const a of row.busy)
    byId.get(a.practitioner_id)?.appointments.push({
      start: new Date(a.starts_at),
      end: new Date(a.ends_at),
      bufferBeforeMinutes: a.buffer_before_minutes,
      bufferAfterMinutes: a.buffer_after_minutes,
    });
  const closures = row.closures.map((c) => ({
    start: new Date(c.starts_at),
    end: new Date(c.ends_at),
    reason: c.reason,
  }));
  return { practitioners: [...byId.values()], closures };
}

interface MutableSchedule extends PractitionerAvailabilityInput {
  weeklyHours: WeeklyHours[];
  timeOff: Interval[];
  appointments: BusyAppointment[];
}
