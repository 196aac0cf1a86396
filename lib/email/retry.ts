import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { sqlState } from '@/db/client';
import { outbox } from '@/db/schema';
import { fail, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { forbidden, hasRole } from '@/lib/staff/permissions';

/**
 * An admin sends a dead-lettered message again: back to pending with a fresh set of attempts,
 * due now. A deliberate, audited decision, which is why the worker never does it by itself.
 */
export async function retryDeadMessage(
  actor: StaffPrincipal,
  input: { messageId: string },
  now = new Date(),
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(outbox)
        .set({
          status: 'pending',
          attempts: 0,
          nextAttemptAt: now,
          queuedAt: null,
          lockedUntil: null,
          updatedAt: now,
        })
        .where(and(eq(outbox.id, input.messageId), eq(outbox.status, 'dead')))
        .returning({ id: outbox.id, kind: outbox.kind });
      if (!row) return fail('This message is no longer waiting for a retry. Reload the page.');
      await writeAudit(
        {
          actorStaffId: actor.id,
          action: 'outbox.retry',
          entityType: 'message',
          entityId: row.id,
          details: { kind: row.kind },
        },
        tx,
      );
      return { ok: true as const, data: undefined };
    });
  } catch (error) {
    // outbox_one_pending_reminder: the appointment was moved and its new reminder is already waiting.
    if (sqlState(error) === '23505')
      return fail(
        'A newer reminder for this appointment is already waiting; this one is not needed.',
      );
    throw error;
  }
}
