import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db';
import { lockAppointmentForChange } from '@/db/queries/schedule-appointment';
import { appointments, type AppointmentStatus } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import { canManageSchedule, type StaffPrincipal } from '@/lib/auth/roles';
import { enqueueAppointmentMessages } from '@/lib/email/outbox';
import { logger } from '@/lib/logger';
import { failure, NOT_FOUND, NOT_YOUR_DIARY } from './result';
import { transitionRefusal, type StatusTarget } from './status';
import type { cancelAppointmentSchema, statusChangeSchema } from './validation';

type Done = ActionResult<{ status: AppointmentStatus }>;

const AUDIT_ACTIONS: Record<StatusTarget, string> = {
  confirmed: 'appointment.confirm',
  arrived: 'appointment.check_in',
  completed: 'appointment.complete',
  no_show: 'appointment.no_show',
  cancelled: 'appointment.cancel',
};

/** Confirm, check in, complete or mark a no-show: decided on the locked, current row. */
export function changeAppointmentStatus(
  staff: StaffPrincipal,
  input: z.infer<typeof statusChangeSchema>,
  now = new Date(),
): Promise<Done> {
  return applyChange(staff, input.appointmentId, input.to, now);
}

/** Cancels with a reason (required); the time is free again at once. */
export function cancelAppointment(
  staff: StaffPrincipal,
  input: z.infer<typeof cancelAppointmentSchema>,
  now = new Date(),
): Promise<Done> {
  return applyChange(staff, input.appointmentId, 'cancelled', now, input.reason);
}

async function applyChange(
  staff: StaffPrincipal,
  appointmentId: string,
  to: StatusTarget,
  now: Date,
  reason?: string,
): Promise<Done> {
  const result = await db.transaction(async (tx): Promise<Done> => {
    const row = await lockAppointmentForChange(tx, appointmentId);
    if (!row) return failure(NOT_FOUND);
    if (!canManageSchedule(staff, row.practitionerId)) return failure(NOT_YOUR_DIARY);
    const refusal = transitionRefusal(row, to, now);
    if (refusal) return failure(refusal);
    await tx
      .update(appointments)
      .set(
        to === 'cancelled'
          ? { status: to, cancelledAt: now, cancellationReason: reason ?? '', updatedAt: now }
          : { status: to, updatedAt: now },
      )
      .where(eq(appointments.id, row.id));
    // The reason is free text typed by staff and may mention health: it stays out of the audit.
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: AUDIT_ACTIONS[to],
        entityType: 'appointment',
        entityId: row.id,
        details: { from: row.status, to, practitionerId: row.practitionerId },
      },
      tx,
    );
    if (to === 'cancelled')
      await enqueueAppointmentMessages(tx, {
        kind: 'cancellation',
        appointmentId: row.id,
        by: 'clinic',
        now,
      });
    return { ok: true, data: { status: to } };
  });
  if (result.ok)
    logger.info('appointment status changed', { appointmentId, to, staffUserId: staff.id });
  return result;
}
