import 'server-only';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { db } from '@/db';
import { loadClinicPolicy, listActiveAppointmentsOverlapping } from '@/db/queries/schedule';
import { clinicClosures, practitioners } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import type { closureFormSchema, removeClosureSchema } from '@/lib/validations/closures';
import { offerFreedWindows } from '@/lib/waitlist/listener';
import { forbidden, invalid, notFound, type ConflictView, type Result } from './result';
import { lockDiaries } from './writer/diary-lock';
import { inDiaryQueues } from './writer/diary-queue';

const MAX_DAYS = 366;

export interface ClosureAdded {
  closureId: string;
  /** Bookings inside it, left in place for the front desk to move. */
  affected: ConflictView[];
}

/**
 * Closes the clinic for a day, a range of days or part of a day (admins). From the commit on, no
 * one can book inside it: the open-times search, the API and the desk all skip it, and patients
 * see the reason. Bookings already inside are never cancelled by it: the first attempt lists them
 * and adds nothing; once the admin has seen the list (`acknowledgeBookings`) the closure is added
 * and the closures page keeps listing them for the front desk to move.
 */
export async function addClosure(
  staff: StaffPrincipal,
  input: z.infer<typeof closureFormSchema>,
  now = new Date(),
): Promise<Result<ClosureAdded>> {
  if (staff.role !== 'admin') return forbidden('Only an admin can close the clinic.');
  const { timeZone } = await loadClinicPolicy();
  const range = closureRange(input, timeZone);
  if (!range) return invalid({ date: ['Enter a real date.'] }, 'Check the dates.');
  if (range.end <= now)
    return invalid(
      { date: ['That time is already over.'] },
      'Choose a time that is still to come.',
    );
  if (range.end.getTime() - range.start.getTime() > MAX_DAYS * 86_400_000)
    return invalid(
      { endDate: [`Close at most ${MAX_DAYS} days at a time.`] },
      'Check the last day.',
    );

  // Every diary's queue and lock, as the lifecycle takes them (in a fixed order): a booking in
  // flight either commits first, and is listed below, or waits and then sees the closure.
  const everyone = (await db.select({ id: practitioners.id }).from(practitioners)).map((p) => p.id);
  return inDiaryQueues(everyone, () =>
    db.transaction(async (tx): Promise<Result<ClosureAdded>> => {
      await lockDiaries(tx, everyone);
      const inside = await listActiveAppointmentsOverlapping(tx, null, range);
      const affected = inside.map((a) => ({
        id: a.id,
        startsAt: a.startsAt.toISOString(),
        endsAt: a.endsAt.toISOString(),
        patientName: a.patientName,
        serviceName: a.serviceName,
        practitionerName: a.practitionerName,
      }));
      if (affected.length > 0 && !input.acknowledgeBookings) {
        const n = affected.length;
        return {
          ok: false,
          code: 'conflicts',
          formError: `${n === 1 ? 'One booking falls' : `${n} bookings fall`} inside this time. Closing does not cancel ${n === 1 ? 'it' : 'them'}: tick “Close anyway” to add the closure, then move ${n === 1 ? 'it' : 'them'} from the list.`,
          conflicts: affected,
        };
      }
      const [row] = await tx
        .insert(clinicClosures)
        .values({
          startsAt: range.start,
          endsAt: range.end,
          reason: input.reason,
          createdByStaffId: staff.id,
        })
        .returning({ id: clinicClosures.id });
      if (!row) throw new Error('closure insert returned no row');
      await writeAudit(
        {
          actorStaffId: staff.id,
          action: 'closure.create',
          entityType: 'closure',
          entityId: row.id,
          details: {
            startsAt: range.start.toISOString(),
            endsAt: range.end.toISOString(),
            bookingsInside: affected.length,
          },
        },
        tx,
      );
      return { ok: true, data: { closureId: row.id, affected } };
    }),
  );
}

/** Opens the time again (admins); it is bookable at once. */
export async function removeClosure(
  staff: StaffPrincipal,
  input: z.infer<typeof removeClosureSchema>,
  now = new Date(),
): Promise<Result<{ closureId: string }>> {
  if (staff.role !== 'admin') return forbidden('Only an admin can reopen the clinic.');
  return db.transaction(async (tx): Promise<Result<{ closureId: string }>> => {
    const [row] = await tx
      .delete(clinicClosures)
      .where(eq(clinicClosures.id, input.closureId))
      .returning({
        id: clinicClosures.id,
        startsAt: clinicClosures.startsAt,
        endsAt: clinicClosures.endsAt,
      });
    if (!row) return notFound('This closure was already removed.');
    // Every diary opens again: the waitlist hears of it in this same transaction.
    await offerFreedWindows(
      tx,
      [{ practitionerId: null, start: row.startsAt, end: row.endsAt }],
      now,
    );
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: 'closure.delete',
        entityType: 'closure',
        entityId: row.id,
      },
      tx,
    );
    return { ok: true, data: { closureId: row.id } };
  });
}

/** The closure's instants: whole clinic-local days, or part of one day, in the clinic's zone. */
export function closureRange(
  input: Pick<
    z.infer<typeof closureFormSchema>,
    'kind' | 'date' | 'endDate' | 'startTime' | 'endTime'
  >,
  timeZone: string,
): { start: Date; end: Date } | null {
  const day = DateTime.fromISO(input.date, { zone: timeZone }).startOf('day');
  if (!day.isValid) return null;
  if (input.kind === 'part') {
    const at = (hhmm: string | undefined) =>
      DateTime.fromISO(`${input.date}T${hhmm ?? ''}`, { zone: timeZone });
    const start = at(input.startTime);
    const end = at(input.endTime);
    if (!start.isValid || !end.isValid || end <= start) return null;
    return { start: start.toJSDate(), end: end.toJSDate() };
  }
  const last = input.kind === 'range' && input.endDate ? input.endDate : input.date;
  const after = DateTime.fromISO(last, { zone: timeZone }).plus({ days: 1 }).startOf('day');
  if (!after.isValid || after <= day) return null;
  return { start: day.toJSDate(), end: after.toJSDate() };
}
