import 'server-only';
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import { appointments, services } from '@/db/schema';

/**
 * Whether a committed, not-cancelled appointment of this practitioner blocks the window
 * [blockedStart, blockedEnd) — the new visit with its service's buffers — counting that
 * appointment's own buffers: the availability engine's conflict rule (lib/availability/slots.ts),
 * so a "yes" means the locked re-check would refuse too. One indexed read without a lock
 * (appointments_practitioner_start_idx): a booking that has already lost its time skips the
 * transaction it would only roll back.
 */
export async function diaryWindowTaken(
  practitionerId: string,
  blockedStart: Date,
  blockedEnd: Date,
): Promise<boolean> {
  // Buffers are at most a few hours: bound the index range, then apply each row's own buffers.
  const reach = 24 * 3_600_000;
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(
      and(
        eq(appointments.practitionerId, practitionerId),
        ne(appointments.status, 'cancelled'),
        lt(appointments.startsAt, new Date(blockedEnd.getTime() + reach)),
        gt(appointments.startsAt, new Date(blockedStart.getTime() - reach)),
        sql`${appointments.startsAt} - make_interval(mins => ${services.bufferBeforeMinutes}) < ${blockedEnd.toISOString()}::timestamptz`,
        sql`${appointments.endsAt} + make_interval(mins => ${services.bufferAfterMinutes}) > ${blockedStart.toISOString()}::timestamptz`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}
