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
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import { canManageSchedule, type StaffPrincipal } from '@/lib/auth/roles';
import { lockPractitionerDiary } from '@/lib/booking/advisory-lock';
import { failure, type TimeOffConflictFailure } from './result';
import type { removeTimeOffSchema, timeOffFormSchema } from './validation';

export type TimeOffResult = ActionResult<{ timeOffId: string }> | TimeOffConflictFailure;

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
  if (!canManageSchedule(staff, input.practitionerId)) {
    return failure('You can only block time in your own diary.');
  }
  const [{ timeZone }, [practitioner]] = await Promise.all([
    loadClinicPolicy(),
    listSchedulePractitioners(input.practitionerId),
  ]);
  if (!practitioner)
    return failure('Choose a practitioner.', { practitionerId: ['Unknown practitioner.'] });
  const start = DateTime.fromISO(input.start, { zone: timeZone });
  const end = DateTime.fromISO(input.end, { zone: timeZone });
  if (!start.isValid)
    return failure('Check the start.', { start: ['Enter a valid date and time.'] });
  if (!end.isValid) return failure('Check the end.', { end: ['Enter a valid date and time.'] });
  if (end <= start) return failure('Check the end.', { end: ['The end must be after the start.'] });
  if (end.toJSDate() <= now)
    return failure('Check the end.', { end: ['That time is already over.'] });
  if (end.diff(start, 'days').days > MAX_DAYS) {
    return failure('Check the end.', { end: [`Block at most ${MAX_DAYS} days at a time.`] });
  }
  const range = { start: start.toJSDate(), end: end.toJSDate() };

  return db.transaction(async (tx): Promise<TimeOffResult> => {
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
  });
}

/** Removes a block; the times are bookable again at once. */
export async function removeTimeOff(
  staff: StaffPrincipal,
  input: z.infer<typeof removeTimeOffSchema>,
): Promise<ActionResult<{ timeOffId: string }>> {
  return db.transaction(async (tx) => {
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
    if (!row) return failure('This time off was already removed.');
    if (!canManageSchedule(staff, row.practitionerId)) {
      return failure('You can only remove time off from your own diary.');
    }
    await tx.delete(timeOff).where(eq(timeOff.id, row.id));
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
