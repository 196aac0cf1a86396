'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ManageActionState } from '@/components/booking/manage-forms';
import { cancelBookingByToken, rescheduleBookingByToken } from '@/lib/booking/manage';
import { isWellFormedManageToken } from '@/lib/booking/tokens';
import type { ManageBookingResult } from '@/lib/booking/types';
import { logger } from '@/lib/logger';

const NOT_FOUND =
  'We could not find that booking. Please use the link from your confirmation, or call the clinic.';
const FAILED =
  'Sorry, that didn’t work just now and nothing has changed. Please try again in a moment, or call the clinic.';

/** Maps a refused change to what the form shows; success navigates back to the booking. */
function failure(
  result: Exclude<ManageBookingResult, { ok: true }>,
  field?: string,
): NonNullable<ManageActionState> {
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
  if (!isWellFormedManageToken(token)) return { formError: NOT_FOUND };
  const reason = formData.get('reason');
  const typed = typeof reason === 'string' ? reason : undefined;
  let result: ManageBookingResult;
  try {
    result = await cancelBookingByToken(token, { reason: typed?.trim() ? typed : undefined });
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
  if (!isWellFormedManageToken(token)) return { formError: NOT_FOUND };
  const start = formData.get('start');
  let result: ManageBookingResult;
  try {
    result = await rescheduleBookingByToken(token, {
      start: typeof start === 'string' ? start : '',
    });
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
