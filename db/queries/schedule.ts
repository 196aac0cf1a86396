import 'server-only';
import { and, asc, eq, gte, lt, ne } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { db } from '@/db';
import { appointments, clinicSettings, patients, practitioners, services } from '@/db/schema';

export async function clinicTimeZone(): Promise<string> {
  const [row] = await db.select({ timeZone: clinicSettings.timeZone }).from(clinicSettings).limit(1);
  return row?.timeZone ?? 'UTC';
}

/**
 * One clinic-local day's appointments across all practitioners (or one), for the front desk's
 * list. Contact-level fields only: intake answers are loaded separately, by role.
 */
export async function listDayAppointments(date: string, timeZone: string, practitionerId?: string) {
  const start = DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  const end = start.plus({ days: 1 });
  return db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      source: appointments.source,
      patientId: patients.id,
      patientName: patients.name,
      patientPhone: patients.phone,
      serviceName: services.name,
      practitionerId: practitioners.id,
      practitionerName: practitioners.name,
      practitionerColor: practitioners.color,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .where(
      and(
        gte(appointments.startsAt, start.toJSDate()),
        lt(appointments.startsAt, end.toJSDate()),
        ne(appointments.status, 'cancelled'),
        practitionerId ? eq(appointments.practitionerId, practitionerId) : undefined,
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(practitioners.sortOrder));
}
