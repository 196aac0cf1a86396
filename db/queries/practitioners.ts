import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/db';
import {
  practitionerPhotos,
  practitionerServices,
  practitioners,
  services,
  workingHours,
} from '@/db/schema';
import { PHOTO_WIDTHS } from '@/db/schema/practitioners';

export interface PractitionerProfile {
  slug: string;
  name: string;
  title: string;
  bio: string;
  /** Calendar color, used for the initials avatar when there is no photo. */
  color: string;
  credentials: string[];
  interests: string[];
  /** Portrait URLs by width, or null when no photo was uploaded. */
  photo: PhotoSources | null;
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
        credentials: practitioners.credentials,
        interests: practitioners.interests,
        photoVersion: sql<
          string | null
        >`(select p.version from ${practitionerPhotos} p where p.practitioner_id = "practitioners"."id" limit 1)`,
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

  return people.map(({ id, photoVersion, ...person }) => ({
    ...person,
    photo: photoVersion ? photoSources(id, photoVersion) : null,
    services: offered
      .filter((s) => s.practitionerId === id)
      .map(({ slug, name }) => ({ slug, name })),
    workingWeekdays: days.filter((d) => d.practitionerId === id).map((d) => d.weekday),
  }));
});

export interface PhotoSources {
  /** The 160 px variant, for `src`. */
  src: string;
  /** Every variant, for `srcSet`. */
  srcSet: string;
}

/** Public URLs of a portrait's variants (served by app/(site)/team/photos/…/route.ts). */
export function photoSources(practitionerId: string, version: string): PhotoSources {
  const url = (width: number) => `/team/photos/${practitionerId}/${width}-${version}.webp`;
  return {
    src: url(PHOTO_WIDTHS[0]),
    srcSet: PHOTO_WIDTHS.map((w) => `${url(w)} ${w}w`).join(', '),
  };
}

/** One portrait variant of an active practitioner, only when `version` is the current one. */
export async function getPractitionerPhoto(
  practitionerId: string,
  width: number,
  version: string,
): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ bytes: practitionerPhotos.bytes })
    .from(practitionerPhotos)
    .innerJoin(practitioners, eq(practitioners.id, practitionerPhotos.practitionerId))
    .where(
      and(
        eq(practitionerPhotos.practitionerId, practitionerId),
        eq(practitionerPhotos.width, width),
        eq(practitionerPhotos.version, version),
        eq(practitioners.active, true),
      ),
    )
    .limit(1);
  return row?.bytes ?? null;
}
