import { eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { planDemoAppointments } from '@/db/seed/appointments';
import { demoClinic, demoPractitioners, demoServices } from '@/db/seed/clinic-data';
import {
  appointments,
  clinicSettings,
  patients,
  practitionerServices,
  practitioners,
  services,
  workingHours,
} from '@/db/schema';

/**
 * The demo clinic (three practitioners, five services, real weekly hours) with `appointments`
 * non-overlapping appointments: the next 90 days as the demo seed fills them, then history going
 * back as far as it takes. Statuses follow the seed (some cancelled, past ones completed).
 */
export async function seedBenchClinic(db: Database, options: { now: Date; appointments: number }) {
  await db.insert(clinicSettings).values(demoClinic);
  const serviceRows = await db.insert(services).values(demoServices).returning();
  const bySlug = new Map(serviceRows.map((s) => [s.slug, s]));
  const people = [];
  for (const { email: _email, services: offered, hours, ...p } of demoPractitioners) {
    const [row] = await db.insert(practitioners).values(p).returning();
    await db
      .insert(practitionerServices)
      .values(
        offered.map((slug) => ({ practitionerId: row!.id, serviceId: bySlug.get(slug)!.id })),
      );
    await db.insert(workingHours).values(
      hours.map(([weekday, startTime, endTime]) => ({
        practitionerId: row!.id,
        weekday,
        startTime,
        endTime,
      })),
    );
    people.push({ ...row!, offered, hours });
  }
  const patientIds = (
    await db
      .insert(patients)
      .values(
        Array.from({ length: 2000 }, (_, i) => ({
          name: `Bench Patient ${i}`,
          email: `bench-${i}@example.com`,
          phone: '+1 503-555-0100',
        })),
      )
      .returning({ id: patients.id })
  ).map((p) => p.id);

  const plan = planDemoAppointments({
    now: options.now,
    timeZone: demoClinic.timeZone,
    daysBack: 12_000,
    daysAhead: 90,
    practitioners: people.map((p) => ({
      id: p.id,
      serviceIds: p.offered.map((s) => bySlug.get(s)!.id),
      hours: p.hours,
    })),
    services: new Map(serviceRows.map((s) => [s.id, s])),
    patientIds,
  });
  // Keep the future and the most recent past.
  const rows = plan
    .sort((a, b) => (b.startsAt as Date).getTime() - (a.startsAt as Date).getTime())
    .slice(0, options.appointments);
  if (rows.length < options.appointments)
    throw new Error(`planned only ${rows.length} appointments`);
  for (let i = 0; i < rows.length; i += 2000)
    await db.insert(appointments).values(rows.slice(i, i + 2000));
  await db.execute('analyze');

  const future = rows.filter((r) => (r.startsAt as Date) >= options.now).length;
  const offering = async (serviceId: string) =>
    db
      .select({ id: practitioners.id, slug: practitioners.slug })
      .from(practitionerServices)
      .innerJoin(practitioners, eq(practitioners.id, practitionerServices.practitionerId))
      .where(eq(practitionerServices.serviceId, serviceId));
  return {
    timeZone: demoClinic.timeZone,
    appointments: rows.length,
    future,
    practitioners: people.length,
    services: await Promise.all(
      serviceRows.map(async (s) => ({
        id: s.id,
        slug: s.slug,
        practitioners: await offering(s.id),
      })),
    ),
  };
}
