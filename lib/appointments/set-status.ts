import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { lockAppointmentRow } from '@/db/queries/bookings';
import { loadClinicPolicy } from '@/db/queries/schedule';
import { appointments, type AppointmentStatus } from '@/db/schema';
import { logger } from '@/lib/logger';
import { logActor, mayChangeDiary, rulesOf, type Actor } from './actor';
import { forbidden, notAllowed, notFound, type Result } from './result';
import {
  changeRefusal,
  TRANSITIONS,
  type ButtonChange,
  type UndoChange,
  type UndoReason,
} from './status-table';
import { afterChange } from './writer/after-change';

export type StatusInput =
  | { appointmentId: string; change: ButtonChange }
  /** Undoing a mistake needs a reason; it is kept in the audit log as a code. */
  | { appointmentId: string; change: UndoChange; reason: UndoReason };

/**
 * Confirm, check in, complete, mark a no-show, or undo a mistaken check-in, no-show or
 * completion: staff only, decided by the status table (status-table.ts) on the locked, current
 * row and the clinic's calendar (check-in and undo only on the appointment's own day).
 */
export async function setStatus(
  actor: Actor,
  input: StatusInput,
  now = new Date(),
): Promise<Result<{ status: AppointmentStatus }>> {
  if (!rulesOf(actor).setsStatus) return forbidden('Please ask the clinic to make this change.');
  const transition = TRANSITIONS[input.change];
  const result = await db.transaction(
    async (tx): Promise<Result<{ status: AppointmentStatus }>> => {
      const [current, policy] = await Promise.all([
        lockAppointmentRow(tx, input.appointmentId),
        loadClinicPolicy(tx),
      ]);
      if (!current) return notFound();
      if (!mayChangeDiary(actor, current.practitionerId)) return forbidden();
      const refusal = changeRefusal(current, input.change, { now, timeZone: policy.timeZone });
      if (refusal) return notAllowed(refusal);
      const status = transition.to ?? current.status;
      await tx
        .update(appointments)
        .set({ status, updatedAt: now })
        .where(eq(appointments.id, current.id));
      await afterChange(tx, {
        change: input.change,
        actor,
        before: current,
        after: { ...current, status },
        audit: 'reason' in input ? { reason: input.reason } : undefined,
        now,
      });
      return { ok: true, data: { status } };
    },
  );
  if (result.ok) {
    logger.info('appointment status changed', {
      appointmentId: input.appointmentId,
      change: input.change,
      ...logActor(actor),
    });
  }
  return result;
}
