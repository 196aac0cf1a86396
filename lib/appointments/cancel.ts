import 'server-only';
import { and, eq, gte, inArray } from 'drizzle-orm';
import { db, type Transaction } from '@/db';
import { lockAppointmentRow } from '@/db/queries/bookings';
import { appointments } from '@/db/schema';
import { logger } from '@/lib/logger';
import { logActor, mayChangeDiary, rulesOf, type Actor } from './actor';
import { forbidden, invalid, notAllowed, notFound, type Result } from './result';
import { changeRefusal } from './status-table';
import { changeContext, loadTarget, notFoundFor, type Target } from './target';
import { afterChange, type FreedTime } from './writer/after-change';

export interface Cancelled {
  appointmentId: string;
  status: 'cancelled';
  /** The time given back to the diary. */
  freed: FreedTime[];
}

const PATIENT_REASON = 'Cancelled online by the patient';

/**
 * Cancels an appointment: staff with a reason (kept with the appointment, never e-mailed or
 * audited: it may mention health), patients through their manage link until the cut-off. Decided
 * on the locked, current row, since a move or a staff change may have landed meanwhile. The time
 * is free again at once (the exclusion constraint ignores cancelled rows).
 */
export async function cancel(
  actor: Actor,
  target: Target,
  input: { reason?: string },
  now = new Date(),
): Promise<Result<Cancelled>> {
  const row = await loadTarget(target);
  if (!row) return notFound(notFoundFor(target));
  if (!mayChangeDiary(actor, row.practitionerId)) return forbidden();
  const reason = input.reason?.trim();
  if (rulesOf(actor).cancelReasonRequired && !reason)
    return invalid({ reason: ['Say why it is cancelled.'] });
  const ctx = changeContext(actor, row, now);

  const result = await db.transaction(async (tx): Promise<Result<Cancelled>> => {
    const current = await lockAppointmentRow(tx, row.id);
    if (!current) return notFound(notFoundFor(target));
    if (!mayChangeDiary(actor, current.practitionerId)) return forbidden();
    const blocked = changeRefusal(current, 'cancel', ctx);
    if (blocked) return notAllowed(blocked);
    await tx
      .update(appointments)
      .set({
        status: 'cancelled',
        cancelledAt: now,
        cancellationReason: reason || PATIENT_REASON,
        updatedAt: now,
      })
      .where(eq(appointments.id, current.id));
    const freed = await afterChange(tx, {
      change: 'cancel',
      actor,
      before: current,
      after: { ...current, status: 'cancelled' },
      message: { kind: 'cancellation' },
      now,
    });
    return { ok: true, data: { appointmentId: current.id, status: 'cancelled', freed } };
  });
  if (result.ok)
    logger.info('appointment cancelled', { appointmentId: row.id, ...logActor(actor) });
  return result;
}

/**
 * A patient's upcoming visits, cancelled inside their erasure's transaction: no e-mail (the address
 * is being erased), an audit row each, and the freed time reported like any other cancellation.
 */
export async function cancelUpcomingForErasure(
  tx: Transaction,
  patientId: string,
  reason: string,
  now: Date,
): Promise<FreedTime[]> {
  const rows = await tx
    .select({
      id: appointments.id,
      practitionerId: appointments.practitionerId,
      serviceId: appointments.serviceId,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
    })
    .from(appointments)
    .where(
      and(
        eq(appointments.patientId, patientId),
        inArray(appointments.status, ['booked', 'confirmed']),
        gte(appointments.startsAt, now),
      ),
    )
    .for('update');
  if (rows.length === 0) return [];
  await tx
    .update(appointments)
    .set({ status: 'cancelled', cancelledAt: now, cancellationReason: reason, updatedAt: now })
    .where(
      inArray(
        appointments.id,
        rows.map((r) => r.id),
      ),
    );
  const actor: Actor = { kind: 'system', job: 'patient_erasure' };
  const freed = await Promise.all(
    rows.map((r) =>
      afterChange(tx, {
        change: 'cancel',
        actor,
        before: r,
        after: { ...r, status: 'cancelled' },
        now,
      }),
    ),
  );
  return freed.flat();
}
