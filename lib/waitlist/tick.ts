import 'server-only';
import { and, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import { db } from '@/db';
import { clinicSettings, waitlistEntries, waitlistOffers } from '@/db/schema';
import { clinicDate } from '@/lib/time/calendar';
import { offerOpenings, type Opening } from './offer';

export interface TickReport {
  offersExpired: number;
  offersMade: number;
  entriesExpired: number;
}

/**
 * The waitlist's clock, run by the outbox worker every minute (lib/waitlist/ticker.ts) and by
 * tests with their own `now`: offers past their expiry lapse and each of their openings still
 * free goes to the next entries in line; entries past their latest useful date leave the list
 * quietly. One transaction; rows another instance is working on are skipped, so instances can
 * tick at once without waiting for (or doubling) each other.
 */
export async function runWaitlistTick(now = new Date()): Promise<TickReport> {
  return db.transaction(async (tx) => {
    const [settings] = await tx
      .select({ timeZone: clinicSettings.timeZone })
      .from(clinicSettings)
      .where(eq(clinicSettings.id, 1));
    if (!settings) return { offersExpired: 0, offersMade: 0, entriesExpired: 0 };
    const today = clinicDate(now, settings.timeZone);
    const stale = await tx
      .select({ id: waitlistEntries.id })
      .from(waitlistEntries)
      .where(
        and(
          inArray(waitlistEntries.status, ['waiting', 'paused']),
          lt(waitlistEntries.latestDate, today),
        ),
      )
      .for('update', { skipLocked: true });
    if (stale.length > 0)
      await tx
        .update(waitlistEntries)
        .set({ status: 'expired', updatedAt: now })
        .where(
          inArray(
            waitlistEntries.id,
            stale.map((e) => e.id),
          ),
        );

    const lapsed = await tx
      .select({
        id: waitlistOffers.id,
        practitionerId: waitlistOffers.practitionerId,
        startsAt: waitlistOffers.startsAt,
      })
      .from(waitlistOffers)
      .where(and(eq(waitlistOffers.state, 'sent'), lte(waitlistOffers.expiresAt, now)))
      .orderBy(waitlistOffers.expiresAt)
      .limit(500)
      .for('update', { skipLocked: true });
    if (lapsed.length === 0)
      return { offersExpired: 0, offersMade: 0, entriesExpired: stale.length };
    await tx
      .update(waitlistOffers)
      .set({ state: 'expired', decidedAt: now })
      .where(
        inArray(
          waitlistOffers.id,
          lapsed.map((o) => o.id),
        ),
      );
    // Openings already claimed by someone stay taken; offerOpenings re-checks the rest.
    const claimed = await tx
      .select({ practitionerId: waitlistOffers.practitionerId, startsAt: waitlistOffers.startsAt })
      .from(waitlistOffers)
      .where(
        and(
          eq(waitlistOffers.state, 'claimed'),
          sql`(${waitlistOffers.practitionerId}, ${waitlistOffers.startsAt}) in (${sql.join(
            lapsed.map(
              (o) => sql`(${o.practitionerId}::uuid, ${o.startsAt.toISOString()}::timestamptz)`,
            ),
            sql`, `,
          )})`,
        ),
      );
    const key = (o: { practitionerId: string; startsAt: Date }) =>
      `${o.practitionerId}|${o.startsAt.toISOString()}`;
    const done = new Set(claimed.map(key));
    const openings: Opening[] = lapsed
      .filter((o) => !done.has(key(o)))
      .map((o) => ({ practitionerId: o.practitionerId, start: o.startsAt }));
    const made = await offerOpenings(tx, openings, now);
    return { offersExpired: lapsed.length, offersMade: made.length, entriesExpired: stale.length };
  });
}
