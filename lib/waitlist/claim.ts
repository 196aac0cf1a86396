import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db, type Transaction } from '@/db';
import { loadPolicyAndService } from '@/db/queries/availability';
import { loadOfferByTokenHash, type OfferByToken } from '@/db/queries/waitlist';
import { waitlistEntries, waitlistOffers } from '@/db/schema';
import type { Actor } from '@/lib/appointments/actor';
import { writeBooking } from '@/lib/appointments/book-write';
import { move } from '@/lib/appointments/move';
import { hashManageToken, isWellFormedManageToken } from '@/lib/appointments/online/manage-token';
import { nextOpenTimes } from '@/lib/appointments/open-times';
import type { SlotView } from '@/lib/appointments/views/types';
import { clinicIsoFormatter } from '@/lib/availability/clinic-time';
import { logger } from '@/lib/logger';

export type ClaimOutcome =
  /** A new appointment; the manage token lets the page show it at once. */
  | { kind: 'booked'; appointmentId: string; manageToken: string | null }
  /** The entry's existing appointment moved to the offered time. */
  | { kind: 'moved'; appointmentId: string }
  /** Someone else was first: the next open times, and the entry stays on the list. */
  | { kind: 'taken'; alternatives: SlotView[]; serviceSlug: string }
  /** The linked appointment can't be moved online any more (inside the cut-off, cancelled). */
  | { kind: 'refused'; message: string }
  /** Unknown, used, expired or foreign link: one plain answer for all. */
  | { kind: 'gone' };

export const CLAIM_ACTOR: Actor = { kind: 'patient', via: 'waitlist_offer' };

/** Thrown inside the claim's transaction when the offer is no longer open; rolls it all back. */
class OfferClosed extends Error {
  constructor(readonly taken: boolean) {
    super('waitlist offer no longer open');
    this.name = 'OfferClosed';
  }
}

/** An offer as its claim link shows it, or null for the plain "no longer available" page. */
export async function findOfferByToken(token: string, now: Date): Promise<OfferByToken | null> {
  if (!isWellFormedManageToken(token)) return null;
  const offer = await loadOfferByTokenHash(hashManageToken(token));
  if (!offer || offer.expiresAt <= now) return null;
  if (offer.state === 'sent' && offer.entryStatus !== 'waiting') return null;
  return offer.state === 'sent' || offer.state === 'superseded' ? offer : null;
}

/**
 * Claims an offer: the first patient to claim gets the time through the lifecycle's guarded
 * writer (diary queue, advisory lock, re-check, exclusion constraint), in one transaction with
 * the offer turning `claimed` and the entry leaving the list. An entry linked to an appointment
 * moves that appointment instead, so its old time is freed and offered on in the same
 * transaction. Whoever comes later gets "just taken" with the next open times and stays listed.
 */
export async function claimOffer(token: string, now = new Date()): Promise<ClaimOutcome> {
  const offer = await findOfferByToken(token, now);
  if (!offer) return { kind: 'gone' };
  const { policy, service } = await loadPolicyAndService(offer.serviceSlug);
  if (!service) return { kind: 'gone' };
  const taken = async (): Promise<ClaimOutcome> => {
    await db
      .update(waitlistOffers)
      .set({ state: 'superseded', decidedAt: now })
      .where(and(eq(waitlistOffers.id, offer.id), eq(waitlistOffers.state, 'sent')));
    const alternatives = await nextOpenTimes({
      policy,
      service,
      practitionerId: offer.entryPractitionerId,
      now,
      minimumNotice: true,
      after: now,
    });
    return { kind: 'taken', alternatives, serviceSlug: service.slug };
  };
  if (offer.state === 'superseded') return taken();

  const markClaimed = (tx: Transaction, appointmentId: string) =>
    closeOffer(tx, offer, appointmentId, now);
  try {
    if (offer.linkedAppointmentId) {
      const moved = await move(
        CLAIM_ACTOR,
        { appointmentId: offer.linkedAppointmentId },
        {
          start: clinicIsoFormatter(policy.timeZone)(offer.startsAt),
          practitioner: offer.practitionerId,
          alsoInside: (tx) => markClaimed(tx, offer.linkedAppointmentId!),
        },
        now,
      );
      if (moved.ok) {
        logger.info('waitlist offer claimed', { offerId: offer.id, moved: true });
        return { kind: 'moved', appointmentId: moved.data.appointmentId };
      }
      if (moved.code === 'slot_taken' || moved.code === 'not_bookable') return taken();
      if (moved.code === 'not_allowed') return { kind: 'refused', message: moved.formError };
      return { kind: 'gone' };
    }
    const outcome = await writeBooking({
      actor: CLAIM_ACTOR,
      practitionerId: offer.practitionerId,
      service,
      policy,
      start: offer.startsAt,
      now,
      patient: { id: offer.patientId },
      idempotency: null,
      issueManageToken: true,
      alsoInside: markClaimed,
    });
    if (outcome.kind !== 'booked') return taken();
    logger.info('waitlist offer claimed', {
      offerId: offer.id,
      appointmentId: outcome.appointmentId,
    });
    return {
      kind: 'booked',
      appointmentId: outcome.appointmentId,
      manageToken: outcome.manageToken,
    };
  } catch (error) {
    if (error instanceof OfferClosed) return error.taken ? taken() : { kind: 'gone' };
    throw error;
  }
}

/**
 * Under the diary lock, on the locked offer row: still open? Then it is claimed, the entry leaves
 * the list, and the other open offers of this time end (their links now say "just taken").
 */
async function closeOffer(
  tx: Transaction,
  offer: OfferByToken,
  appointmentId: string,
  now: Date,
): Promise<void> {
  const [current] = await tx
    .select({ state: waitlistOffers.state, expiresAt: waitlistOffers.expiresAt })
    .from(waitlistOffers)
    .where(eq(waitlistOffers.id, offer.id))
    .for('update');
  if (!current || current.state !== 'sent' || current.expiresAt <= now)
    throw new OfferClosed(current?.state === 'superseded');
  const [entry] = await tx
    .update(waitlistEntries)
    .set({ status: 'claimed', updatedAt: now })
    .where(and(eq(waitlistEntries.id, offer.entryId), eq(waitlistEntries.status, 'waiting')))
    .returning({ id: waitlistEntries.id });
  if (!entry) throw new OfferClosed(false);
  await tx
    .update(waitlistOffers)
    .set({ state: 'claimed', decidedAt: now, appointmentId })
    .where(eq(waitlistOffers.id, offer.id));
  await tx
    .update(waitlistOffers)
    .set({ state: 'superseded', decidedAt: now })
    .where(
      and(
        eq(waitlistOffers.practitionerId, offer.practitionerId),
        eq(waitlistOffers.startsAt, offer.startsAt),
        eq(waitlistOffers.state, 'sent'),
      ),
    );
}
