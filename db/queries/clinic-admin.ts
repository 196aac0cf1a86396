import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import {
  clinicOpeningHours,
  clinicSettings,
  practitionerPhotos,
  practitionerServices,
  practitioners,
  services,
  workingHours,
} from '@/db/schema';
import { PHOTO_WIDTHS } from '@/db/schema/practitioners';

/** Admin reads for the clinic management pages (the full rows the forms edit). */

const hhmm = (t: string) => t.slice(0, 5);

export async function getClinicSettingsForm() {
  const [row] = await db.select().from(clinicSettings).where(eq(clinicSettings.id, 1));
  return row ?? null;
}

export async function getOpeningHoursForm() {
  const rows = await db
    .select({
      weekday: clinicOpeningHours.weekday,
      start: clinicOpeningHours.opensAt,
      end: clinicOpeningHours.closesAt,
    })
    .from(clinicOpeningHours)
    .orderBy(asc(clinicOpeningHours.weekday), asc(clinicOpeningHours.opensAt));
  return rows.map((r) => ({ weekday: r.weekday, start: hhmm(r.start), end: hhmm(r.end) }));
}

export async function listPractitionersForAdmin() {
  const [people, offered, hours] = await Promise.all([
    db
      .select({
        id: practitioners.id,
        slug: practitioners.slug,
        name: practitioners.name,
        title: practitioners.title,
        color: practitioners.color,
        active: practitioners.active,
        hasFeed: sql<boolean>`${practitioners.calendarTokenHash} is not null`,
      })
      .from(practitioners)
      .orderBy(asc(practitioners.sortOrder), asc(practitioners.name)),
    db.select({ practitionerId: practitionerServices.practitionerId }).from(practitionerServices),
    db
      .select({ practitionerId: workingHours.practitionerId, weekday: workingHours.weekday })
      .from(workingHours),
  ]);
  return people.map((p) => ({
    ...p,
    services: offered.filter((o) => o.practitionerId === p.id).length,
    workingDays: new Set(hours.filter((h) => h.practitionerId === p.id).map((h) => h.weekday)).size,
  }));
}

export async function getPractitionerForAdmin(practitionerId: string) {
  const [person] = await db
    .select({
      id: practitioners.id,
      slug: practitioners.slug,
      name: practitioners.name,
      title: practitioners.title,
      bio: practitioners.bio,
      color: practitioners.color,
      active: practitioners.active,
      sortOrder: practitioners.sortOrder,
      credentials: practitioners.credentials,
      interests: practitioners.interests,
      hasFeed: sql<boolean>`${practitioners.calendarTokenHash} is not null`,
    })
    .from(practitioners)
    .where(eq(practitioners.id, practitionerId));
  if (!person) return null;
  const [offered, hours] = await Promise.all([
    db
      .select({ serviceId: practitionerServices.serviceId })
      .from(practitionerServices)
      .where(eq(practitionerServices.practitionerId, practitionerId)),
    db
      .select({
        weekday: workingHours.weekday,
        start: workingHours.startTime,
        end: workingHours.endTime,
      })
      .from(workingHours)
      .where(eq(workingHours.practitionerId, practitionerId))
      .orderBy(asc(workingHours.weekday), asc(workingHours.startTime)),
  ]);
  return {
    ...person,
    serviceIds: offered.map((o) => o.serviceId),
    hours: hours.map((h) => ({ weekday: h.weekday, start: hhmm(h.start), end: hhmm(h.end) })),
  };
}

/** The current portrait's 160 px variant as a data: URL for the admin form (works for inactive people too). */
export async function getPractitionerPhotoPreview(practitionerId: string): Promise<string | null> {
  const [row] = await db
    .select({ bytes: practitionerPhotos.bytes })
    .from(practitionerPhotos)
    .where(
      and(
        eq(practitionerPhotos.practitionerId, practitionerId),
        eq(practitionerPhotos.width, PHOTO_WIDTHS[0]),
      ),
    );
  return row ? `data:image/webp;base64,${Buffer.from(row.bytes).toString('base64')}` : null;
}

export async function listServicesForAdmin() {
  return db
    .select({
      id: services.id,
      slug: services.slug,
      name: services.name,
      summary: services.summary,
      description: services.description,
      evidence: services.evidence,
      contraindications: services.contraindications,
      commonRisks: services.commonRisks,
      rareRisks: services.rareRisks,
      durationMinutes: services.durationMinutes,
      priceCents: services.priceCents,
      bufferBeforeMinutes: services.bufferBeforeMinutes,
      bufferAfterMinutes: services.bufferAfterMinutes,
      active: services.active,
      requiresConsultation: services.requiresConsultation,
      sortOrder: services.sortOrder,
    })
    .from(services)
    .orderBy(asc(services.sortOrder), asc(services.name));
}

export async function hasCalendarFeed(practitionerId: string): Promise<boolean> {
  const [row] = await db
    .select({ hasFeed: sql<boolean>`${practitioners.calendarTokenHash} is not null` })
    .from(practitioners)
    .where(eq(practitioners.id, practitionerId));
  return !!row?.hasFeed;
}
