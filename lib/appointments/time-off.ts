import 'server-only';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { db } from '@/db';
import {
  listActiveAppointmentsOverlapping,
  listSchedulePractitioners,
  loadClinicPolicy,
} from '@/db/queries/schedule';
import { timeOff } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { canManageSchedule, type StaffPrincipal } from '@/lib/auth/roles';
import type { removeTimeOffSchema, timeOffFormSchema } from '@/lib/validations/appointments';
import { offerFreedWindows } from '@/lib/waitlist/listener';
import { forbidden, invalid, notFound, type Result } from './result';
import { lockPractitionerDiary } from './writer/diary-lock';
import { inDiaryQueue } from './writer/diary-queue';

export type TimeOffResult = Result<{ timeOffId: string }>;

const MAX_DAYS = 62;

/**
 * Blocks time in a practitioner's diary. It refuses (and lists them) when active appointments
 * fall inside: those patients must be moved or cancelled first, deliberately, rather than being
 * left booked inside a block nobody notices. The diary lock is the booking flow's, so no booking
 * can land between this check and the insert; from the commit on, the engine stops offering it.
 */
export async function addTimeOff(
  staff: StaffPrincipal,
  input: z.infer<typeof timeOffFormSchema>,
  now = new Date(),
): Promise<TimeOffResult> {
  if (!canManageSchedule(staff, input.practitionerId))
    return forbidden('You can only block time in your own diary.');
  const [{ timeZone }, [practitioner]] = await Promise.all([
    loadClinicPolicy(),
    listSchedulePractitioners(input.practitionerId),
  ]);
  if (!practitioner)
    return invalid({ practitionerId: ['Unknown practitioner.'] }, 'Choose a practitioner.');
  const start = DateTime.fromISO(input.start, { zone: timeZone });
  const end = DateTime.fromISO(input.end, { zone: timeZone });
  if (!start.isValid)
    return invalid({ start: ['Enter a valid date and time.'] }, 'Check the start.');
  if (!end.isValid) return invalid({ end: ['Enter a valid date and time.'] }, 'Check the end.');
  if (end <= start) return invalid({ end: ['The end must be after the start.'] }, 'Check the end.');
  if (end.toJSDate() <= now)
    return invalid({ end: ['That time is already over.'] }, 'Check the end.');
  if (end.diff(start, 'days').days > MAX_DAYS)
    return invalid({ end: [`Block at most ${MAX_DAYS} days at a time.`] }, 'Check the end.');
  const range = { start: start.toJSDate(), end: end.toJSDate() };

  // The diary's queue and lock, as for bookings: no booking lands between the check and the insert.
  return inDiaryQueue(input.practitionerId, () =>
    db.transaction(async (tx): Promise<TimeOffResult> => {
      await lockPractitionerDiary(tx, input.practitionerId);
      const clashes = await listActiveAppointmentsOverlapping(tx, input.practitionerId, range);
      if (clashes.length > 0) {
        return {
          ok: false,
          code: 'conflicts',
          formError: `${clashes.length === 1 ? 'One appointment is' : `${clashes.length} appointments are`} booked in that time. Move or cancel ${clashes.length === 1 ? 'it' : 'them'} first; nothing was blocked.`,
          conflicts: clashes.map((c) => ({
            id: c.id,
            startsAt: c.startsAt.toISOString(),
            endsAt: c.endsAt.toISOString(),
            patientName: c.patientName,
            serviceName: c.serviceName,
          })),
        };
      }
      const [row] = await tx
        .insert(timeOff)
        .values({
          practitionerId: input.practitionerId,
          startsAt: range.start,
          endsAt: range.end,
          reason: input.reason,
        })
        .returning({ id: timeOff.id });
      if (!row) throw new Error('time off insert returned no row');
      await writeAudit(
        {
          actorStaffId: staff.id,
          action: 'time_off.create',
          entityType: 'practitioner',
          entityId: input.practitionerId,
          details: {
            timeOffId: row.id,
            startsAt: range.start.toISOString(),
            endsAt: range.end.toISOString(),
          },
        },
        tx,
      );
      return { ok: true, data: { timeOffId: row.id } };
    }),
  );
}

/** Removes a block; the times are bookable again at once. */
export async function removeTimeOff(
  staff: StaffPrincipal,
  input: z.infer<typeof removeTimeOffSchema>,
  now = new Date(),
): Promise<Result<{ timeOffId: string }>> {
  return db.transaction(async (tx): Promise<Result<{ timeOffId: string }>> => {
    const [row] = await tx
      .select({
        id: timeOff.id,
        practitionerId: timeOff.practitionerId,
        startsAt: timeOff.startsAt,
        endsAt: timeOff.endsAt,
      })
      .from(timeOff)
      .where(eq(timeOff.id, input.timeOffId))
      .for('update');
    if (!row) return notFound('This time off was already removed.');
    if (!canManageSchedule(staff, row.practitionerId))
      return forbidden('You can only remove time off from your own diary.');
    await tx.delete(timeOff).where(eq(timeOff.id, row.id));
    // The time is free again: the waitlist hears of it in this same transaction.
    await offerFreedWindows(
      tx,
      [{ practitionerId: row.practitionerId, start: row.startsAt, end: row.endsAt }],
      now,
    );
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: 'time_off.delete',
        entityType: 'practitioner',
        entityId: row.practitionerId,
        details: {
          timeOffId: row.id,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
        },
      },
      tx,
    );
    return { ok: true, data: { timeOffId: row.id } };
  });
}
