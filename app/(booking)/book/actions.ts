'use server';

import { headers } from 'next/headers';
import { reportDatabaseError } from '@/db/state';
import { book, type Booked } from '@/lib/appointments/book';
import { fieldErrorsFrom } from '@/lib/appointments/field-errors';
import type { Result } from '@/lib/appointments/result';
import { logger } from '@/lib/logger';
import { clientAddress } from '@/lib/security/client-address';
import { bookingRequestSchema } from '@/lib/validations/booking';
import { UUID } from '@/lib/validations/fields';

export type BookingActionResult =
  Result<Booked> | { ok: false; code: 'unavailable'; formError: string };

/**
 * "Confirm booking": a thin adapter over the appointment lifecycle. The request is validated with
 * the shared schema; the idempotency key comes from the browser, once per request, so a retried
 * tap can't book twice.
 */
export async function createBookingAction(
  request: unknown,
  idempotencyKey: unknown,
): Promise<BookingActionResult> {
  if (typeof idempotencyKey !== 'string' || !UUID.test(idempotencyKey)) {
    return {
      ok: false,
      code: 'invalid',
      fieldErrors: {},
      formError: 'Something went wrong. Please reload the page and try again.',
    };
  }
  const parsed = bookingRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, code: 'invalid', ...fieldErrorsFrom(parsed.error) };
  const { patient, ...rest } = parsed.data;
  try {
    return await book(
      { kind: 'patient', via: 'booking_flow' },
      { ...rest, patient: { details: patient } },
      { idempotencyKey, clientAddress: clientAddress(await headers()) },
    );
  } catch (error) {
    // The logger keeps the error's code and message only: never the request, which holds patient details.
    if (reportDatabaseError(error)) {
      logger.warn('online booking failed: database unavailable', { error });
      return {
        ok: false,
        code: 'unavailable',
        formError:
          'Our booking system is briefly unavailable. Your details are kept on this page: please press “Confirm booking” again in a minute, or call us. You won’t be booked twice.',
      };
    }
    logger.error('online booking failed', { error });
    return {
      ok: false,
      code: 'unavailable',
      formError:
        'We couldn’t complete your booking just now. Nothing was booked. Please try again in a moment, or call us.',
    };
  }
}
