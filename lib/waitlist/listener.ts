import 'server-only';
import { and, eq, gte, lt } from 'drizzle-orm';
import type { Transaction } from '@/db';
import { loadPolicyAndService } from '@/db/queries/availability';
import { services, waitlistEntries, waitlistOffers } from '@/db/schema';
import { openTimes } from '@/lib/appointments/open-times';
import { clinicDate } from '@/lib/time/calendar';
import type { AppointmentChange, FreedTime } from '@/lib/appointments/writer/after-change';
import { offerOpenings, type Opening } from './offer';

/**
 * The waitlist's step after every appointment change, inside its transaction
 * (lib/appointments/writer/after-change.ts): time a booking or a move has just taken ends the open
 * offers for it (their claim links now say "just taken"), and time a change gave back is offered.
 */
export async function waitlistAfterChange(
  tx: Transaction,
  change: AppointmentChange & { freed: FreedTime[] },
): Promise<void> {
  const { after, now } = change;
  if (
    (change.change === 'book' || change.change === 'move') &&
    (after.status === 'booked' || after.status === 'confirmed')
  ) {
    await tx
      .update(waitlistOffers)
      .set({ state: 'superseded', decidedAt: now })
      .where(
        and(
          eq(waitlistOffers.practitionerId, after.practitionerId),
          eq(waitlistOffers.state, 'sent'),
          gte(waitlistOffers.startsAt, after.startsAt),
          lt(waitlistOffers.startsAt, after.endsAt),
        ),
      );
  }
  await offerFreedTime(tx, change.freed, now);
}

/** Time given back by anything (a change, time off removed, a closure lifted), offered at once. */
export async function offerFreedTime(
  tx: Transaction,
  freed: readonly FreedTime[],
  now: Date,
): Promise<void> {
  if (freed.length === 0) return;
  await offerOpenings(
    tx,
    freed.map((f) => ({ practitionerId: f.practitionerId, start: f.start })),
    now,
  );
}

/** A stretch of a diary that opened up (time off removed, a closure lifted); null: every diary. */
export interface FreedWindow {
  practitionerId: string | null;
  start: Date;
  end: Date;
}

const MAX_WINDOW_OPENINGS = 40;

/**
 * Time off removed or a closure lifted opens a stretch rather than one start: the open starts in
 * it for the therapies people are waiting for (the one open-times search) are offered, earliest
 * first, a bounded number per change.
 */
export async function offerFreedWindows(
  tx: Transaction,
  windows: readonly FreedWindow[],
  now: Date,
): Promise<void> {
  const waiting = await tx
    .selectDistinct({ slug: services.slug })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .where(eq(waitlistEntries.status, 'waiting'));
  if (waiting.length === 0) return;
  const openings: Opening[] = [];
  for (const w of windows) {
    const start = w.start > now ? w.start : now;
    if (w.end <= start) continue;
    for (const { slug } of waiting) {
      const { policy, service } = await loadPolicyAndService(slug, tx);
      if (!service) continue;
      const open = await openTimes(
        {
          policy,
          service,
          practitionerId: w.practitionerId,
          from: clinicDate(start, policy.timeZone),
          to: clinicDate(new Date(w.end.getTime() - 1), policy.timeZone),
          now,
          minimumNotice: true,
        },
        tx,
      );
      for (const slot of open?.slots ?? [])
        if (slot.start >= start && slot.start < w.end)
          openings.push({ practitionerId: slot.practitionerId, start: slot.start });
    }
  }
  openings.sort((a, b) => a.start.getTime() - b.start.getTime());
  await offerOpenings(tx, openings.slice(0, MAX_WINDOW_OPENINGS), now);
}
