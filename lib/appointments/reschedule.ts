import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db';
import { loadClinicPolicy, practitionerOffers } from '@/db/queries/schedule';
import {
  loadAppointmentForMove,
  lockAppointmentForChange,
} from '@/db/queries/schedule-appointment';
import { appointments } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import { canManageSchedule, type StaffPrincipal } from '@/lib/auth/roles';
import { isLostRace, SlotUnavailableError } from '@/lib/booking/lost-race';
import { enqueueAppointmentMessages } from '@/lib/email/outbox';
import { logger } from '@/lib/logger';
import { failure, NOT_FOUND, NOT_YOUR_DIARY, type SlotTakenFailure } from './result';
import { recheckSlotUnderLock } from '@/lib/booking/slot-guard';
import { nextOpenTimes, staffPolicy } from './staff-availability';
import { canReschedule, STATUS_LABELS } from './status';
import type { rescheduleSchema } from './validation';

export type RescheduleResult =
  ActionResult<{ start: string; practitionerId: string; unchanged: boolean }> | SlotTakenFailure;

/** Thrown inside the transaction when the locked row says no; rolls everything back. */
class Refused extends Error {}

/**
 * Moves an appointment to a new open time (and optionally to another practitioner who offers the
 * service) through the patients' guard: diary lock, fresh re-check by the engine, then the update,
 * with the exclusion constraint as the final word. A lost race changes nothing and returns the
 * next open times.
 */
export async function rescheduleAppointment(
  staff: StaffPrincipal,
  input: z.infer<typeof rescheduleSchema>,
  now = new Date(),
): Promise<RescheduleResult> {
  const row = await loadAppointmentForMove(input.appointmentId);
  if (!row) return failure(NOT_FOUND);
  if (!canManageSchedule(staff, row.practitionerId)) return failure(NOT_YOUR_DIARY);
  const target = input.practitionerId ?? row.practitionerId;
  if (!canManageSchedule(staff, target)) {
    return failure('You can only move appointments within your own diary.');
  }
  if (!canReschedule(row)) {
    return failure(`A ${STATUS_LABELS[row.status].toLowerCase()} appointment can’t be moved.`);
  }
  if (target !== row.practitionerId && !(await practitionerOffers(target, row.service.id))) {
    return failure('That practitioner does not offer this therapy.', {
      practitionerId: ['That practitioner does not offer this therapy.'],
    });
  }
  const start = new Date(input.start);
  if (start.getTime() === row.startsAt.getTime() && target === row.practitionerId) {
    return { ok: true, data: { start: input.start, practitionerId: target, unchanged: true } };
  }

  const clinicPolicy = await loadClinicPolicy();
  try {
    await db.transaction(async (tx) => {
      await recheckSlotUnderLock(tx, {
        practitionerId: target,
        service: row.service,
        policy: staffPolicy(clinicPolicy),
        start,
        now,
        excludeAppointmentId: row.id,
      });
      const current = await lockAppointmentForChange(tx, row.id);
      if (!current) throw new Refused(NOT_FOUND);
      if (!canReschedule(current)) {
        throw new Refused(`It was just marked ${STATUS_LABELS[current.status].toLowerCase()}.`);
      }
      if (!canManageSchedule(staff, current.practitionerId)) throw new Refused(NOT_YOUR_DIARY);
      await tx
        .update(appointments)
        .set({
          practitionerId: target,
          startsAt: start,
          endsAt: new Date(start.getTime() + row.service.durationMinutes * 60_000),
          updatedAt: now,
        })
        .where(eq(appointments.id, row.id));
      await writeAudit(
        {
          actorStaffId: staff.id,
          action: 'appointment.reschedule',
          entityType: 'appointment',
          entityId: row.id,
          details: {
            fromStart: current.startsAt.toISOString(),
            toStart: start.toISOString(),
            fromPractitionerId: current.practitionerId,
            toPractitionerId: target,
          },
        },
        tx,
      );
      await enqueueAppointmentMessages(tx, { kind: 'reschedule', appointmentId: row.id, now });
    });
  } catch (error) {
    if (error instanceof Refused) return failure(error.message);
    if (!(error instanceof SlotUnavailableError) && !isLostRace(error)) throw error;
    const alternatives = await nextOpenTimes({
      service: row.service,
      policy: clinicPolicy,
      practitionerId: target,
      now,
      after: start,
      excludeAppointmentId: row.id,
    });
    return {
      ok: false,
      code: 'slot_taken',
      formError: alternatives.length
        ? 'That time is no longer free, so the appointment has not moved. Here are the next open times.'
        : 'That time is no longer free, so the appointment has not moved, and nothing else is open soon.',
      alternatives,
    };
  }
  logger.info('appointment rescheduled by staff', {
    appointmentId: row.id,
    practitionerId: target,
  });
  return { ok: true, data: { start: input.start, practitionerId: target, unchanged: false } };
}
