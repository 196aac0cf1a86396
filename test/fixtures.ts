import { randomUUID } from 'node:crypto';
import type { Database } from '@/db';
import { patients, practitioners, services } from '@/db/schema';

/** A practitioner, a 30-minute service and a patient of their own, so test files never collide. */
export async function makeFixtures(db: Database) {
  const tag = randomUUID().slice(0, 8);
  const [practitioner] = await db
    .insert(practitioners)
    .values({ slug: `p-${tag}`, name: `Test Practitioner ${tag}`, title: 'DC' })
    .returning();
  const [service] = await db
    .insert(services)
    .values({
      slug: `s-${tag}`,
      name: `Test Service ${tag}`,
      summary: 'Test',
      description: 'Test',
      durationMinutes: 30,
      priceCents: 5000,
    })
    .returning();
  const [patient] = await db
    .insert(patients)
    .values({ name: 'Test Patient', email: `patient-${tag}@example.com`, phone: '+1 503-555-0100' })
    .returning();
  return { practitioner: practitioner!, service: service!, patient: patient!, tag };
}
