import { randomBytes } from 'node:crypto';
import { count, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { hashManageToken } from '../../lib/appointments/online/manage-token';
import type { Database } from '../client';
import { patients, services, waitlistEntries } from '../schema';
import { demoClinic } from './clinic-data';

const WAITING = [
  {
    name: 'Noor Haddad',
    email: 'noor.haddad@example.com',
    phone: '+1 503-555-0191',
    service: 'chiropractic-adjustment',
  },
  {
    name: 'Felix Brandt',
    email: 'felix.brandt@example.com',
    phone: '+1 503-555-0192',
    service: 'chiropractic-adjustment',
  },
  {
    name: 'Ines Alvarez',
    email: 'ines.alvarez@example.com',
    phone: '+1 503-555-0193',
    service: 'myofascial-release',
  },
] as const;

/**
 * A few patients waiting for any time in the next three weeks, so cancelling a demo appointment
 * visibly turns into offers (Dashboard → Waitlist, and the e-mails in Dashboard → Outbox). Their
 * private links were never sent anywhere; only the hashes of random tokens are stored.
 */
export async function seedWaitlist(db: Database, now: Date): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(waitlistEntries);
  if (existing?.n) return;
  await db
    .insert(patients)
    .values(WAITING.map(({ name, email, phone }) => ({ name, email, phone })))
    .onConflictDoNothing();
  const [people, therapies] = await Promise.all([
    db
      .select({ id: patients.id, email: patients.email })
      .from(patients)
      .where(
        inArray(
          patients.email,
          WAITING.map((w) => w.email),
        ),
      ),
    db
      .select({ id: services.id, slug: services.slug })
      .from(services)
      .where(
        inArray(
          services.slug,
          WAITING.map((w) => w.service),
        ),
      ),
  ]);
  const latest = DateTime.fromJSDate(now, { zone: demoClinic.timeZone }).plus({ days: 21 });
  const rows = WAITING.flatMap((w, i) => {
    const patient = people.find((p) => p.email === w.email);
    const service = therapies.find((s) => s.slug === w.service);
    if (!patient || !service) return [];
    return [
      {
        patientId: patient.id,
        serviceId: service.id,
        practitionerId: null,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        partsOfDay: ['morning', 'afternoon', 'evening'],
        latestDate: latest.toISODate()!,
        name: w.name,
        email: w.email,
        phone: w.phone,
        consentAt: now,
        manageTokenHash: hashManageToken(randomBytes(32).toString('base64url')),
        manageExpiresAt: latest.plus({ days: 14 }).toJSDate(),
        source: 'staff',
        createdAt: new Date(now.getTime() - (WAITING.length - i) * 3_600_000),
        updatedAt: now,
      },
    ];
  });
  if (rows.length > 0) await db.insert(waitlistEntries).values(rows);
}
