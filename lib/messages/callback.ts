import { db } from '@/db';
import { callbackRequests } from '@/db/schema';
import { fail, fieldErrorsOf, type ActionResult } from '@/lib/actions/result';
import { logger } from '@/lib/logger';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { callbackRequestSchema } from '@/lib/validations/callback';
import { checkFormToken, issueFormToken } from './form-token';
import { toE164 } from '@/lib/phone';
import { env } from '@/lib/env';

export const CALLBACK_FORM = 'callback';
export const CALLBACK_MAX_PER_HOUR = env().CALLBACK_MAX_PER_HOUR;

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
    return fail(
      `We have had several requests from your connection. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or phone us.`,
    );
  }

  // Honeypot filled: answer like a success so the bot learns nothing, and store nothing.
  if (values.website.trim() !== '') {
    logger.info('call-back request dropped', { reason: 'honeypot' });
    return { ok: true, data: undefined };
  }
  const stamp = checkFormToken(CALLBACK_FORM, values.formToken, now);
  if (stamp === 'too_fast') {
    return fail('That was very quick. Please check your details, then send the form again.');
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
      phone: values.phone ? toE164(values.phone) : null,
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
