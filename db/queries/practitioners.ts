import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/db';
import { practitionerServices, practitioners, services, workingHours } from '@/db/schema';

export interface PractitionerProfile {
  slug: string;
  name: string;
  title: string;
  bio: string;
  /** Calendar colour, used for the initials avatar. */
  color: string;
  /** Active therapies they offer, in the clinic's service order. */
  services: Array<{ slug: string; name: string }>;
  /** ISO weekdays (1 = Monday … 7 = Sunday) with working hours, ascending. */
  workingWeekdays: number[];
}

/** Active practitioners by sort order, with their therapies and working weekdays. */
export const listActivePractitioners = cache(async (): Promise<PractitionerProfile[]> => {
  const [people, offered, days] = await Promise.all([
    db
      .select({
        id: practitioners.id,
        slug: practitioners.slug,
        name: practitioners.name,
        title: practitioners.title,
        bio: practitioners.bio,
        color: practitioners.color,
      })
      .from(practitioners)
      .where(eq(practitioners.active, true))
      .orderBy(asc(practitioners.sortOrder), asc(practitioners.name)),
    db
      .select({
        practitionerId: practitionerServices.practitionerId,
        slug: services.slug,
        name: services.name,
      })
      .from(practitionerServices)
      .innerJoin(
        services,
        and(eq(services.id, practitionerServices.serviceId), eq(services.active, true)),
      )
      .orderBy(asc(services.sortOrder), asc(services.name)),
    db
      .selectDistinct({
        practitionerId: workingHours.practitionerId,
        weekday: workingHours.weekday,
      })
      .from(workingHours)
      .orderBy(asc(workingHours.practitionerId), asc(workingHours.weekday)),
  ]);

  return people.map(({ id, ...person }) => ({
    ...person,
    services: offered
      .filter((s) => s.practitionerId === id)
      .map(({ slug, name }) => ({ slug, name })),
    workingWeekdays: days.filter((d) => d.practitionerId === id).map((d) => d.weekday),
  }));
});
