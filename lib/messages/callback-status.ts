import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { appointments, callbackNotes, callbackRequests, type CallbackStatus } from '@/db/schema';
import { fail, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { forbidden, hasRole } from '@/lib/staff/permissions';

/** A call-back's statuses in words (the inbox, the audit log). */
export const CALLBACK_STATUS_LABELS: Record<CallbackStatus, string> = {
  new: 'New',
  called_back: 'Called back',
  left_voicemail: 'Left voicemail',
  booked: 'Booked',
  closed: 'Closed',
};

/** Still to do: the open tab of the inbox, and the unread count is `new` alone. */
export const OPEN_CALLBACK_STATUSES = ['new', 'called_back', 'left_voicemail'] as const;

const DESK = ['admin', 'front_desk'] as const;

/**
 * One step on a call-back: a new status, a note, or both, by this staff member now. `booked` is
 * set only by booking the caller (linkCallbackBooking), so it always has its appointment. The
 * note is kept with the request; the audit log gets the status code only, never the note.
 */
export async function updateCallback(
  actor: StaffPrincipal,
  input: { requestId: string; status?: Exclude<CallbackStatus, 'booked'>; note?: string },
  now = new Date(),
): Promise<ActionResult<{ status: CallbackStatus }>> {
  if (!hasRole(actor, [...DESK])) return forbidden();
  const note = input.note?.trim() ?? '';
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: callbackRequests.status })
      .from(callbackRequests)
      .where(eq(callbackRequests.id, input.requestId))
      .for('update');
    if (!current) return fail('That request no longer exists.');
    const status = input.status && input.status !== current.status ? input.status : null;
    if (!status && !note) return { ok: true as const, data: { status: current.status } };
    if (status) {
      await tx
        .update(callbackRequests)
        .set(
          status === 'new'
            ? { status, handledById: null, handledAt: null }
            : { status, handledById: actor.id, handledAt: now },
        )
        .where(eq(callbackRequests.id, input.requestId));
    }
    await tx.insert(callbackNotes).values({
      requestId: input.requestId,
      staffId: actor.id,
      status,
      body: note,
      createdAt: now,
    });
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: status ? 'message.status' : 'message.note',
        entityType: 'message',
        entityId: input.requestId,
        details: status ? { status, note: note !== '' } : { note: true },
      },
      tx,
    );
    return { ok: true as const, data: { status: status ?? current.status } };
  });
}

/**
 * "Book this caller": the booking made for them is linked to the request, which is then booked.
 * Runs after the booking committed (the lifecycle's own transaction); a request removed
 * meanwhile leaves the booking as it is.
 */
export async function linkCallbackBooking(
  actor: StaffPrincipal,
  input: { requestId: string; appointmentId: string },
  now = new Date(),
): Promise<boolean> {
  if (!hasRole(actor, [...DESK])) return false;
  return db.transaction(async (tx) => linkInTx(tx, actor, input, now));
}

async function linkInTx(
  executor: Executor,
  actor: StaffPrincipal,
  input: { requestId: string; appointmentId: string },
  now: Date,
): Promise<boolean> {
  const linked = await executor
    .update(callbackRequests)
    .set({
      status: 'booked',
      appointmentId: input.appointmentId,
      // The caller is that booking's patient: erasure and export follow this link.
      patientId: sql`(select ${appointments.patientId} from ${appointments} where ${appointments.id} = ${input.appointmentId})`,
      handledById: actor.id,
      handledAt: now,
    })
    .where(eq(callbackRequests.id, input.requestId))
    .returning({ id: callbackRequests.id });
  if (!linked.length) return false;
  await executor.insert(callbackNotes).values({
    requestId: input.requestId,
    staffId: actor.id,
    status: 'booked',
    body: '',
    createdAt: now,
  });
  await writeAudit(
    {
      actorStaffId: actor.id,
      action: 'message.status',
      entityType: 'message',
      entityId: input.requestId,
      details: { status: 'booked', appointmentId: input.appointmentId },
    },
    executor,
  );
  return true;
}
