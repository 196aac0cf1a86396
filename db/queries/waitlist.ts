import 'server-only';
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import {
  appointments,
  practitionerServices,
  practitioners,
  services,
  waitlistEntries,
  waitlistOffers,
  type WaitlistEntryStatus,
} from '@/db/schema';

/** An offer as its claim link needs it. */
export async function loadOfferByTokenHash(tokenHash: string, executor: Executor = db) {
  const [row] = await executor
    .select({
      id: waitlistOffers.id,
      state: waitlistOffers.state,
      startsAt: waitlistOffers.startsAt,
      expiresAt: waitlistOffers.expiresAt,
      practitionerId: waitlistOffers.practitionerId,
      practitionerName: practitioners.name,
      serviceSlug: services.slug,
      serviceName: services.name,
      durationMinutes: services.durationMinutes,
      entryId: waitlistOffers.entryId,
      entryStatus: waitlistEntries.status,
      entryPractitionerId: waitlistEntries.practitionerId,
      entryPractitionerSlug: sql<
        string | null
      >`(select p.slug from practitioners p where p.id = ${waitlistEntries.practitionerId})`,
      patientId: waitlistOffers.patientId,
      linkedAppointmentId: waitlistEntries.earlierThanAppointmentId,
      linkedStartsAt: appointments.startsAt,
    })
    .from(waitlistOffers)
    .innerJoin(waitlistEntries, eq(waitlistEntries.id, waitlistOffers.entryId))
    .innerJoin(services, eq(services.id, waitlistOffers.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, waitlistOffers.practitionerId))
    .leftJoin(appointments, eq(appointments.id, waitlistEntries.earlierThanAppointmentId))
    .where(eq(waitlistOffers.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

export type OfferByToken = NonNullable<Awaited<ReturnType<typeof loadOfferByTokenHash>>>;

/** A patient's own entry, by the hash of their private link. */
export async function loadEntryByTokenHash(tokenHash: string, executor: Executor = db) {
  const [row] = await executor
    .select({
      id: waitlistEntries.id,
      status: waitlistEntries.status,
      name: waitlistEntries.name,
      serviceName: services.name,
      practitionerName: practitioners.name,
      weekdays: waitlistEntries.weekdays,
      partsOfDay: waitlistEntries.partsOfDay,
      latestDate: waitlistEntries.latestDate,
      manageExpiresAt: waitlistEntries.manageExpiresAt,
      linkedStartsAt: appointments.startsAt,
    })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .leftJoin(practitioners, eq(practitioners.id, waitlistEntries.practitionerId))
    .leftJoin(appointments, eq(appointments.id, waitlistEntries.earlierThanAppointmentId))
    .where(eq(waitlistEntries.manageTokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

export type EntryByToken = NonNullable<Awaited<ReturnType<typeof loadEntryByTokenHash>>>;

/** The staff waitlist: live entries (and recent ones), by therapy and practitioner, oldest first. */
export async function listWaitlist(options: {
  statuses: readonly WaitlistEntryStatus[];
  practitionerId?: string;
}) {
  const entries = await db
    .select({
      id: waitlistEntries.id,
      seq: waitlistEntries.seq,
      status: waitlistEntries.status,
      name: waitlistEntries.name,
      email: waitlistEntries.email,
      phone: waitlistEntries.phone,
      patientId: waitlistEntries.patientId,
      serviceId: waitlistEntries.serviceId,
      serviceName: services.name,
      practitionerId: waitlistEntries.practitionerId,
      practitionerName: practitioners.name,
      weekdays: waitlistEntries.weekdays,
      partsOfDay: waitlistEntries.partsOfDay,
      latestDate: waitlistEntries.latestDate,
      linkedStartsAt: appointments.startsAt,
      source: waitlistEntries.source,
      createdAt: waitlistEntries.createdAt,
    })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .leftJoin(practitioners, eq(practitioners.id, waitlistEntries.practitionerId))
    .leftJoin(appointments, eq(appointments.id, waitlistEntries.earlierThanAppointmentId))
    .where(
      and(
        inArray(waitlistEntries.status, [...options.statuses]),
        options.practitionerId
          ? sql`(${waitlistEntries.practitionerId} is null or ${waitlistEntries.practitionerId} = ${options.practitionerId})`
          : undefined,
      ),
    )
    .orderBy(asc(services.name), asc(practitioners.name), asc(waitlistEntries.seq))
    .limit(500);
  const ids = entries.map((e) => e.id);
  const offers =
    ids.length === 0
      ? []
      : await db
          .select({
            id: waitlistOffers.id,
            entryId: waitlistOffers.entryId,
            state: waitlistOffers.state,
            startsAt: waitlistOffers.startsAt,
            expiresAt: waitlistOffers.expiresAt,
            sentAt: waitlistOffers.sentAt,
            practitionerName: practitioners.name,
            appointmentId: waitlistOffers.appointmentId,
          })
          .from(waitlistOffers)
          .innerJoin(practitioners, eq(practitioners.id, waitlistOffers.practitionerId))
          .where(inArray(waitlistOffers.entryId, ids))
          .orderBy(desc(waitlistOffers.sentAt))
          .limit(2000);
  return entries.map((e) => ({ ...e, offers: offers.filter((o) => o.entryId === e.id) }));
}

export type WaitlistRow = Awaited<ReturnType<typeof listWaitlist>>[number];

/** Visits the waitlist refilled since a given instant (claimed offers). */
export async function countRefilledSince(
  since: Date,
  practitionerId: string | null = null,
  executor: Executor = db,
): Promise<number> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int` })
    .from(waitlistOffers)
    .where(
      and(
        eq(waitlistOffers.state, 'claimed'),
        gte(waitlistOffers.decidedAt, since),
        practitionerId ? eq(waitlistOffers.practitionerId, practitionerId) : undefined,
      ),
    );
  return row?.count ?? 0;
}

/** The waitlist form's choices: active therapies, and who offers each. */
export async function listWaitlistChoices() {
  const [serviceRows, pairs] = await Promise.all([
    db
      .select({ slug: services.slug, name: services.name })
      .from(services)
      .where(eq(services.active, true))
      .orderBy(asc(services.sortOrder), asc(services.name)),
    db
      .select({
        id: practitioners.id,
        practitionerSlug: practitioners.slug,
        name: practitioners.name,
        slug: services.slug,
      })
      .from(practitionerServices)
      .innerJoin(practitioners, eq(practitioners.id, practitionerServices.practitionerId))
      .innerJoin(services, eq(services.id, practitionerServices.serviceId))
      .where(and(eq(practitioners.active, true), eq(services.active, true)))
      .orderBy(asc(practitioners.sortOrder), asc(practitioners.name)),
  ]);
  const byId = new Map<
    string,
    { id: string; slug: string; name: string; serviceSlugs: string[] }
  >();
  for (const p of pairs) {
    const entry = byId.get(p.id) ?? {
      id: p.id,
      slug: p.practitionerSlug,
      name: p.name,
      serviceSlugs: [],
    };
    entry.serviceSlugs.push(p.slug);
    byId.set(p.id, entry);
  }
  return { services: serviceRows, practitioners: [...byId.values()] };
}

/** One entry for the staff "offer a time" page. */
export async function loadEntryForStaff(entryId: string) {
  const [row] = await db
    .select({
      id: waitlistEntries.id,
      status: waitlistEntries.status,
      name: waitlistEntries.name,
      serviceSlug: services.slug,
      serviceName: services.name,
      practitionerId: waitlistEntries.practitionerId,
      practitionerName: practitioners.name,
      weekdays: waitlistEntries.weekdays,
      partsOfDay: waitlistEntries.partsOfDay,
      latestDate: waitlistEntries.latestDate,
      linkedAppointmentId: waitlistEntries.earlierThanAppointmentId,
    })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .leftJoin(practitioners, eq(practitioners.id, waitlistEntries.practitionerId))
    .where(eq(waitlistEntries.id, entryId))
    .limit(1);
  return row ?? null;
}

/** A patient's waitlist entries and every offer made to them (privacy export). */
export async function listWaitlistForPatientExport(executor: Executor, patientId: string) {
  const [entries, offers] = await Promise.all([
    executor
      .select({
        id: waitlistEntries.id,
        status: waitlistEntries.status,
        therapy: services.name,
        practitioner: practitioners.name,
        weekdays: waitlistEntries.weekdays,
        partsOfDay: waitlistEntries.partsOfDay,
        latestDate: waitlistEntries.latestDate,
        name: waitlistEntries.name,
        email: waitlistEntries.email,
        phone: waitlistEntries.phone,
        consentAt: waitlistEntries.consentAt,
        earlierThanAppointmentId: waitlistEntries.earlierThanAppointmentId,
        source: waitlistEntries.source,
        createdAt: waitlistEntries.createdAt,
        updatedAt: waitlistEntries.updatedAt,
      })
      .from(waitlistEntries)
      .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
      .leftJoin(practitioners, eq(practitioners.id, waitlistEntries.practitionerId))
      .where(eq(waitlistEntries.patientId, patientId))
      .orderBy(asc(waitlistEntries.seq)),
    executor
      .select({
        id: waitlistOffers.id,
        entryId: waitlistOffers.entryId,
        start: waitlistOffers.startsAt,
        practitioner: practitioners.name,
        state: waitlistOffers.state,
        sentAt: waitlistOffers.sentAt,
        expiresAt: waitlistOffers.expiresAt,
        decidedAt: waitlistOffers.decidedAt,
        appointmentId: waitlistOffers.appointmentId,
      })
      .from(waitlistOffers)
      .innerJoin(practitioners, eq(practitioners.id, waitlistOffers.practitionerId))
      .where(eq(waitlistOffers.patientId, patientId))
      .orderBy(asc(waitlistOffers.sentAt)),
  ]);
  return entries.map((e) => ({ ...e, offers: offers.filter((o) => o.entryId === e.id) }));
}

/** Erasure: a patient's waitlist entries go, their offers with them (on delete cascade). */
export async function deleteWaitlistForPatient(executor: Executor, patientId: string) {
  const offers = await executor
    .delete(waitlistOffers)
    .where(eq(waitlistOffers.patientId, patientId))
    .returning({ id: waitlistOffers.id });
  const entries = await executor
    .delete(waitlistEntries)
    .where(eq(waitlistEntries.patientId, patientId))
    .returning({ id: waitlistEntries.id });
  return { entries: entries.length, offers: offers.length };
}
