import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { loadEntryByTokenHash, type EntryByToken } from '@/db/queries/waitlist';
import { waitlistEntries, waitlistOffers, type WaitlistEntryStatus } from '@/db/schema';
import { hashManageToken, isWellFormedManageToken } from '@/lib/appointments/online/manage-token';
import { writeAudit } from '@/lib/audit';
import { findOfferByToken } from './claim';
import { offerOpenings } from './offer';

export type EntryChange = 'pause' | 'resume' | 'leave';

const FROM: Record<EntryChange, WaitlistEntryStatus[]> = {
  pause: ['waiting'],
  resume: ['paused'],
  leave: ['waiting', 'paused'],
};
const TO: Record<EntryChange, WaitlistEntryStatus> = {
  pause: 'paused',
  resume: 'waiting',
  leave: 'left',
};

/** A patient's entry by their private link; null for an unknown, malformed or expired link. */
export async function findEntryByToken(token: string, now: Date): Promise<EntryByToken | null> {
  if (!isWellFormedManageToken(token)) return null;
  const entry = await loadEntryByTokenHash(hashManageToken(token));
  return entry && entry.manageExpiresAt > now ? entry : null;
}

/**
 * Pause, resume or leave. Pausing or leaving also ends the entry's open offer, and its time goes
 * to the next person in line at once instead of waiting out the expiry.
 */
export async function changeEntry(
  entryId: string,
  change: EntryChange,
  actor: { staffId: string | null },
  now = new Date(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(waitlistEntries)
      .set({ status: TO[change], updatedAt: now })
      .where(and(eq(waitlistEntries.id, entryId), inArray(waitlistEntries.status, FROM[change])))
      .returning({ id: waitlistEntries.id, patientId: waitlistEntries.patientId });
    if (!row) return false;
    if (change !== 'resume') {
      const ended = await tx
        .update(waitlistOffers)
        .set({ state: 'expired', decidedAt: now })
        .where(and(eq(waitlistOffers.entryId, entryId), eq(waitlistOffers.state, 'sent')))
        .returning({
          practitionerId: waitlistOffers.practitionerId,
          start: waitlistOffers.startsAt,
        });
      await offerOpenings(tx, ended, now);
    }
    await writeAudit(
      {
        actorStaffId: actor.staffId,
        actorKind: actor.staffId ? 'staff' : 'patient',
        action: `waitlist.${change}`,
        entityType: 'waitlist_entry',
        entityId: entryId,
        details: { patientId: row.patientId },
      },
      tx,
    );
    return true;
  });
}

export async function changeEntryByToken(
  token: string,
  change: EntryChange,
  now = new Date(),
): Promise<boolean> {
  const entry = await findEntryByToken(token, now);
  return entry ? changeEntry(entry.id, change, { staffId: null }, now) : false;
}

/** From an offer's page: the entry behind a live offer link. */
export async function changeEntryByOfferToken(
  token: string,
  change: 'pause' | 'leave',
  now = new Date(),
): Promise<boolean> {
  const offer = await findOfferByToken(token, now);
  return offer ? changeEntry(offer.entryId, change, { staffId: null }, now) : false;
}
