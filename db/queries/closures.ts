import 'server-only';
import { asc, gt } from 'drizzle-orm';
import { db } from '@/db';
import { clinicClosures, staffUsers } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { listActiveAppointmentsOverlapping } from './schedule';

/**
 * Closures that have not ended, soonest first, each with the bookings still inside it: those the
 * front desk has to move (a closure never cancels anyone by itself).
 */
export async function listUpcomingClosures(now: Date) {
  const rows = await db
    .select({
      id: clinicClosures.id,
      startsAt: clinicClosures.startsAt,
      endsAt: clinicClosures.endsAt,
      reason: clinicClosures.reason,
      createdBy: staffUsers.name,
    })
    .from(clinicClosures)
    .leftJoin(staffUsers, eq(staffUsers.id, clinicClosures.createdByStaffId))
    .where(gt(clinicClosures.endsAt, now))
    .orderBy(asc(clinicClosures.startsAt));
  return Promise.all(
    rows.map(async (c) => ({
      ...c,
      affected: await listActiveAppointmentsOverlapping(db, null, {
        start: c.startsAt,
        end: c.endsAt,
      }),
    })),
  );
}

export type UpcomingClosure = Awaited<ReturnType<typeof listUpcomingClosures>>[number];
