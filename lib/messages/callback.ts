import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { callbackRequests } from '@/db/schema';
import { fieldErrorsOf, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { logger } from '@/lib/logger';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { fail, forbidden, hasRole } from '@/lib/staff/permissions';
import { callbackRequestSchema } from '@/lib/validations/callback';
import { checkFormToken, issueFormToken } from './form-token';

export const CALLBACK_FORM = 'callback';
export const CALLBACK_MAX_PER_HOUR = Number(process.env.CALLBACK_MAX_PER_HOUR ?? 5);

/** A failed submit may carry a fresh form stamp, so the visitor can send again without reloading. */
export type CallbackResult = ActionResult<undefined> & { freshToken?: string };

/**
 * A visitor asks for a call back. Order matters: the shared schema first (no database work for
 * junk), then the per-address limit (so bots that fill the honeypot still use up their quota),
 * then the honeypot and the signed fill-time stamp, then one insert.
 */
export async function submitCallbackRequest(
  input: unknown,
  context: { address: string; now?: Date },
): Promise<CallbackResult> {
  const now = context.now ?? new Date();
  const parsed = callbackRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const values = parsed.data;

  const limit = await hitRateLimit(
    'callback:address',
    context.address,
    CALLBACK_MAX_PER_HOUR,
    3600,
    {
      now,
    },
  );
  if (!limit.allowed) {
    logger.warn('call-back request throttled');
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return {
      ok: false,
      formError: `We have had several requests from your connection. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or phone us.`,
    };
  }

  // Honeypot filled: answer like a success so the bot learns nothing, and store nothing.
  if (values.website.trim() !== '') {
    logger.info('call-back request dropped', { reason: 'honeypot' });
    return { ok: true, data: undefined };
  }
  const stamp = checkFormToken(CALLBACK_FORM, values.formToken, now);
  if (stamp === 'too_fast') {
    return {
      ok: false,
      formError: 'That was very quick. Please check your details, then send the form again.',
    };
  }
  if (stamp !== 'ok') {
    return {
      ok: false,
      formError:
        'This form had been open for a long time. Please check your details and send it again.',
      freshToken: issueFormToken(CALLBACK_FORM, now),
    };
  }

  const [row] = await db
    .insert(callbackRequests)
    .values({
      name: values.name,
      phone: values.phone || null,
      email: values.email || null,
      preferredTime: values.preferredTime,
      message: values.message,
      consentAt: now,
      createdAt: now,
    })
    .returning({ id: callbackRequests.id });
  logger.info('call-back request received', { callbackRequestId: row!.id });
  return { ok: true, data: undefined };
}

/** Front desk and admins mark a request handled (or reopen it); who and when are kept. */
export async function setCallbackHandled(
  actor: StaffPrincipal,
  input: { requestId: string; handled: boolean },
  now = new Date(),
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin', 'front_desk'])) return forbidden();
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(callbackRequests)
      .set(
        input.handled
          ? { status: 'handled', handledById: actor.id, handledAt: now }
          : { status: 'new', handledById: null, handledAt: null },
      )
      .where(
        and(
          eq(callbackRequests.id, input.requestId),
          eq(callbackRequests.status, input.handled ? 'new' : 'handled'),
        ),
      )
      .returning({ id: callbackRequests.id });
    if (!updated.length) {
      const [exists] = await tx
        .select({ id: callbackRequests.id })
        .from(callbackRequests)
        .where(eq(callbackRequests.id, input.requestId));
      // Someone else got there first: the end state is what was asked for.
      return exists
        ? { ok: true as const, data: undefined }
        : fail('That request no longer exists.');
    }
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: input.handled ? 'message.handled' : 'message.reopened',
        entityType: 'message',
        entityId: input.requestId,
      },
      tx,
    );
    return { ok: true as const, data: undefined };
  });
}
