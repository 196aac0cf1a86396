import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, notExists, or, sql } from 'drizzle-orm';
import type { Transaction } from '@/db';
import { loadSchedules } from '@/db/queries/availability';
import {
  appointments,
  outbox,
  patients,
  practitionerServices,
  practitioners,
  services,
  waitlistEntries,
  waitlistOffers,
} from '@/db/schema';
import { hashManageToken, newManageToken } from '@/lib/appointments/online/manage-token';
import { enginePolicy } from '@/lib/appointments/open-times';
import { checkSlot } from '@/lib/availability';
import { assertRecipient } from '@/lib/email/address';
import { outboxSettings } from '@/lib/email/config';
import { sealStaffLink } from '@/lib/email/outbox-link';
import { renderWaitlistOffer } from '@/lib/email/templates/waitlist';
import { loadWaitlistClinic, type WaitlistClinic } from './clinic';
import { offerExpiry, openingPlace } from './match';

/** A start in one practitioner's diary that became free. */
export interface Opening {
  practitionerId: string;
  start: Date;
}

export interface OfferMade {
  offerId: string;
  entryId: string;
  /** The plain claim token: it exists only here and, sealed, in the offer's e-mail. */
  token: string;
}

export interface OfferOptions {
  /** Staff offering a time by hand: only this entry, recorded as theirs. */
  entryId?: string;
  staffId?: string;
}

const DAY_MS = 86_400_000;
const CANDIDATES = 50;

/**
 * Offers openings to the waitlist inside the caller's transaction (the change that freed the time,
 * the expiry tick, or staff by hand): for each opening, the waiting entries it suits — therapy
 * the practitioner offers, practitioner or anyone, weekday, part of the day, latest date, earlier
 * than a linked appointment, still bookable online given the minimum notice — in the order they
 * joined, up to the clinic's batch size minus offers still open for it. Each offer gets a private
 * claim link and its e-mail goes to the outbox in this same transaction, so a change that rolls
 * back offers nothing. Nobody has two open offers at once, and no entry is offered one time twice.
 */
export async function offerOpenings(
  tx: Transaction,
  openings: readonly Opening[],
  now: Date,
  options: OfferOptions = {},
): Promise<OfferMade[]> {
  const unique = new Map<string, Opening>();
  for (const o of openings) unique.set(`${o.practitionerId}|${o.start.toISOString()}`, o);
  if (unique.size === 0) return [];
  // Nobody waiting at all (the usual case): one cheap read and done.
  const [any] = await tx
    .select({ id: waitlistEntries.id })
    .from(waitlistEntries)
    .where(eq(waitlistEntries.status, 'waiting'))
    .limit(1);
  if (!any) return [];
  const clinic = await loadWaitlistClinic(tx);
  const made: OfferMade[] = [];
  for (const opening of unique.values())
    made.push(...(await offerOne(tx, clinic, opening, now, options)));
  return made;
}

async function offerOne(
  tx: Transaction,
  clinic: WaitlistClinic,
  opening: Opening,
  now: Date,
  options: OfferOptions,
): Promise<OfferMade[]> {
  const expiresAt = offerExpiry(now, opening.start, clinic);
  if (!expiresAt) return [];
  const [open] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(waitlistOffers)
    .where(
      and(
        eq(waitlistOffers.practitionerId, opening.practitionerId),
        eq(waitlistOffers.startsAt, opening.start),
        eq(waitlistOffers.state, 'sent'),
      ),
    );
  const wanted = options.entryId ? 1 : clinic.batchSize - (open?.count ?? 0);
  if (wanted <= 0) return [];

  const place = openingPlace(opening.start, clinic.timeZone);
  const liveOffer = tx
    .select({ one: sql`1` })
    .from(waitlistOffers)
    .where(
      and(
        eq(waitlistOffers.patientId, waitlistEntries.patientId),
        eq(waitlistOffers.state, 'sent'),
      ),
    );
  const offeredBefore = tx
    .select({ one: sql`1` })
    .from(waitlistOffers)
    .where(
      and(
        eq(waitlistOffers.entryId, waitlistEntries.id),
        eq(waitlistOffers.practitionerId, opening.practitionerId),
        eq(waitlistOffers.startsAt, opening.start),
      ),
    );
  const candidates = await tx
    .select({
      id: waitlistEntries.id,
      patientId: waitlistEntries.patientId,
      name: waitlistEntries.name,
      email: waitlistEntries.email,
      serviceId: waitlistEntries.serviceId,
      linkedAppointmentId: waitlistEntries.earlierThanAppointmentId,
      service: {
        id: services.id,
        name: services.name,
        durationMinutes: services.durationMinutes,
        bufferBeforeMinutes: services.bufferBeforeMinutes,
        bufferAfterMinutes: services.bufferAfterMinutes,
      },
      practitionerName: practitioners.name,
    })
    .from(waitlistEntries)
    .innerJoin(services, and(eq(services.id, waitlistEntries.serviceId), eq(services.active, true)))
    .innerJoin(
      practitionerServices,
      and(
        eq(practitionerServices.serviceId, waitlistEntries.serviceId),
        eq(practitionerServices.practitionerId, opening.practitionerId),
      ),
    )
    .innerJoin(practitioners, eq(practitioners.id, opening.practitionerId))
    .innerJoin(patients, and(eq(patients.id, waitlistEntries.patientId), isNull(patients.erasedAt)))
    .leftJoin(appointments, eq(appointments.id, waitlistEntries.earlierThanAppointmentId))
    .where(
      and(
        eq(waitlistEntries.status, 'waiting'),
        options.entryId ? eq(waitlistEntries.id, options.entryId) : undefined,
        or(
          isNull(waitlistEntries.practitionerId),
          eq(waitlistEntries.practitionerId, opening.practitionerId),
        ),
        // Staff offering a time by hand may go beyond the days and times the patient gave.
        options.entryId
          ? undefined
          : and(
              sql`${place.weekday}::smallint = any(${waitlistEntries.weekdays})`,
              sql`${place.part}::text = any(${waitlistEntries.partsOfDay})`,
              sql`${waitlistEntries.latestDate} >= ${place.date}::date`,
            ),
        // "Earlier than this one": only while that appointment stands, and only earlier times.
        or(
          isNull(waitlistEntries.earlierThanAppointmentId),
          and(
            inArray(appointments.status, ['booked', 'confirmed']),
            sql`${appointments.startsAt} > ${opening.start.toISOString()}::timestamptz`,
          ),
        ),
        notExists(liveOffer),
        notExists(offeredBefore),
      ),
    )
    .orderBy(asc(waitlistEntries.seq))
    .limit(CANDIDATES);
  if (candidates.length === 0) return [];

  // Is the opening still bookable online for each therapy (and linked appointment) asked for?
  const verdicts = new Map<string, boolean>();
  const chosen: typeof candidates = [];
  const patientsChosen = new Set<string>();
  for (const c of candidates) {
    if (chosen.length >= wanted) break;
    if (patientsChosen.has(c.patientId)) continue;
    const key = `${c.serviceId}|${c.linkedAppointmentId ?? ''}`;
    let open = verdicts.get(key);
    if (open === undefined) {
      open = await stillOpen(tx, clinic, opening, c.service, c.linkedAppointmentId, now);
      verdicts.set(key, open);
    }
    if (!open) continue;
    chosen.push(c);
    patientsChosen.add(c.patientId);
  }
  if (chosen.length === 0) return [];

  const settings = outboxSettings();
  const made: OfferMade[] = [];
  const offerRows: (typeof waitlistOffers.$inferInsert)[] = [];
  const messages: (typeof outbox.$inferInsert)[] = [];
  for (const c of chosen) {
    const token = newManageToken();
    const offerId = randomUUID();
    const outboxId = randomUUID();
    offerRows.push({
      id: offerId,
      entryId: c.id,
      patientId: c.patientId,
      practitionerId: opening.practitionerId,
      serviceId: c.serviceId,
      startsAt: opening.start,
      tokenHash: hashManageToken(token),
      expiresAt,
      sentAt: now,
      offeredByStaffId: options.staffId ?? null,
    });
    const rendered = renderWaitlistOffer({
      name: c.name,
      serviceName: c.service.name,
      practitionerName: c.practitionerName,
      startsAt: opening.start,
      expiresAt,
      movesAppointment: c.linkedAppointmentId !== null,
      clinic: clinic.identity,
    });
    messages.push({
      id: outboxId,
      kind: 'waitlist_offer',
      patientId: c.patientId,
      recipient: assertRecipient(c.email),
      subject: rendered.subject.replace(/\p{Cc}+/gu, ' ').slice(0, 250),
      textBody: rendered.text,
      htmlBody: rendered.html,
      manageTokenSealed: sealStaffLink(`/waitlist/offer/${token}`, outboxId),
      maxAttempts: settings.maxAttempts,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    });
    made.push({ offerId, entryId: c.id, token });
  }
  // A parallel change may have offered one of these patients something meanwhile: the unique
  // index on live offers has the last word, and only the offers that went in get their e-mail.
  const inserted = await tx
    .insert(waitlistOffers)
    .values(offerRows)
    .onConflictDoNothing()
    .returning({ id: waitlistOffers.id });
  const kept = new Set(inserted.map((r) => r.id));
  const keptMessages = messages.filter((_, i) => kept.has(offerRows[i]!.id!));
  if (keptMessages.length > 0) await tx.insert(outbox).values(keptMessages);
  return made.filter((m) => kept.has(m.offerId));
}

/** The engine's answer on the rows this transaction sees (the change that freed the time included). */
async function stillOpen(
  tx: Transaction,
  clinic: WaitlistClinic,
  opening: Opening,
  service: {
    id: string;
    durationMinutes: number;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
  },
  linkedAppointmentId: string | null,
  now: Date,
): Promise<boolean> {
  const schedules = await loadSchedules(
    {
      service: { id: service.id },
      practitionerId: opening.practitionerId,
      window: {
        start: new Date(opening.start.getTime() - DAY_MS),
        end: new Date(opening.start.getTime() + DAY_MS),
      },
      excludeAppointmentId: linkedAppointmentId ?? undefined,
    },
    tx,
  );
  const [diary] = schedules.practitioners;
  if (!diary) return false;
  return checkSlot({
    practitioner: diary,
    service,
    policy: enginePolicy(clinic, true),
    now,
    start: opening.start,
    closures: schedules.closures,
  }).available;
}
