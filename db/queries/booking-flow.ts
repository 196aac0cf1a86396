import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/db';
import { clinicSettings, practitionerServices, practitioners, services } from '@/db/schema';

/** Reads the patient booking flow needs that the public-site queries don't cover. */

export interface BookingPolicyView {
  timeZone: string;
  city: string;
  cancellationCutoffHours: number;
  bookingHorizonDays: number;
}

export const getBookingPolicy = cache(async (): Promise<BookingPolicyView> => {
  const [row] = await db
    .select({
      timeZone: clinicSettings.timeZone,
      city: clinicSettings.city,
      cancellationCutoffHours: clinicSettings.cancellationCutoffHours,
      bookingHorizonDays: clinicSettings.bookingHorizonDays,
    })
    .from(clinicSettings)
    .where(eq(clinicSettings.id, 1))
    .limit(1);
  if (!row) throw new Error('clinic_settings has no row: run `npm run db:seed`');
  return row;
});

export interface BookablePractitioner {
  id: string;
  slug: string;
  name: string;
  title: string;
  color: string;
}

/** Active practitioners who offer an active service, in team order (ids are needed to book). */
export const listBookablePractitioners = cache(
  async (serviceSlug: string): Promise<BookablePractitioner[]> => {
    return db
      .select({
        id: practitioners.id,
        slug: practitioners.slug,
        name: practitioners.name,
        title: practitioners.title,
        color: practitioners.color,
      })
      .from(practitionerServices)
      .innerJoin(practitioners, eq(practitioners.id, practitionerServices.practitionerId))
      .innerJoin(services, eq(services.id, practitionerServices.serviceId))
      .where(
        and(
          eq(services.slug, serviceSlug),
          eq(services.active, true),
          eq(practitioners.active, true),
        ),
      )
      .orderBy(asc(practitioners.sortOrder), asc(practitioners.name));
  },
);
