'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ManageActionState } from '@/lib/actions/result';
import { cancel } from '@/lib/appointments/cancel';
import { fieldErrorsFrom } from '@/lib/appointments/field-errors';
import { move } from '@/lib/appointments/move';
import { BOOKING_NOT_FOUND_MESSAGE } from '@/lib/appointments/online/by-token';
import { isWellFormedManageToken } from '@/lib/appointments/online/manage-token';
import type { Refusal } from '@/lib/appointments/result';
import { logger } from '@/lib/logger';
import { cancelBookingSchema, rescheduleBookingSchema } from '@/lib/validations/booking';

const FAILED =
  'Sorry, that didn’t work just now and nothing has changed. Please try again in a moment, or call the clinic.';
const ACTOR = { kind: 'patient', via: 'manage_link' } as const;

/** Maps a refused change to what the form shows; success navigates back to the booking. */
function failure(result: Refusal, field?: string): NonNullable<ManageActionState> {
  if (result.code === 'invalid') {
    const fieldError = field ? result.fieldErrors[field]?.[0] : undefined;
    return {
      formError: result.formError ?? fieldError ?? 'Please check and try again.',
      fieldError,
    };
  }
  return { formError: result.formError };
}

/** Cancel through the manage link. The token is bound by the page; the reason comes from the form. */
export async function cancelBookingAction(
  token: string,
  _state: ManageActionState,
  formData: FormData,
): Promise<ManageActionState> {
  if (!isWellFormedManageToken(token)) return { formError: BOOKING_NOT_FOUND_MESSAGE };
  const reason = formData.get('reason');
  const typed = typeof reason === 'string' ? reason : undefined;
  const parsed = cancelBookingSchema.safeParse({ reason: typed?.trim() ? typed : undefined });
  if (!parsed.success)
    return {
      ...failure({ ok: false, code: 'invalid', ...fieldErrorsFrom(parsed.error) }, 'reason'),
      reason: typed,
    };
  let result;
  try {
    result = await cancel(ACTOR, { manageToken: token }, parsed.data);
  } catch (error) {
    logger.error('online cancellation failed', { error });
    return { formError: FAILED, reason: typed };
  }
  if (!result.ok) return { ...failure(result, 'reason'), reason: typed };
  redirect(`/book/manage/${token}?done=cancelled`);
}

/** Move to the time picked on the page (same practitioner). */
export async function rescheduleBookingAction(
  token: string,
  _state: ManageActionState,
  formData: FormData,
): Promise<ManageActionState> {
  if (!isWellFormedManageToken(token)) return { formError: BOOKING_NOT_FOUND_MESSAGE };
  const start = formData.get('start');
  const parsed = rescheduleBookingSchema.safeParse({
    start: typeof start === 'string' ? start : '',
  });
  if (!parsed.success)
    return failure({ ok: false, code: 'invalid', ...fieldErrorsFrom(parsed.error) }, 'start');
  let result;
  try {
    result = await move(ACTOR, { manageToken: token }, parsed.data);
  } catch (error) {
    logger.error('online reschedule failed', { error });
    return { formError: FAILED };
  }
  if (!result.ok) {
    // The page's picker still shows the taken (or no longer changeable) time: send it fresh.
    refresh();
    if (result.code === 'slot_taken') {
      return {
        formError:
          'Sorry, that time was just taken by someone else. Your appointment hasn’t changed: please pick another time.',
      };
    }
    return failure(result, 'start');
  }
  redirect(`/book/manage/${token}?done=rescheduled`);
}
