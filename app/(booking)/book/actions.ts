'use server';

import { headers } from 'next/headers';
import { reportDatabaseError } from '@/db/state';
import { createBooking } from '@/lib/booking/create-booking';
import type { CreateBookingResult } from '@/lib/booking/types';
import { logger } from '@/lib/logger';
import { clientAddress } from '@/lib/security/client-address';
import { UUID } from '@/lib/validations/uuid';

export type BookingActionResult =
  CreateBookingResult | { ok: false; code: 'unavailable'; formError: string };

/**
 * "Confirm booking". The request is validated by createBooking with the shared schema; the
 * idempotency key comes from the browser, once per request, so a retried tap can't book twice.
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
  try {
    return await createBooking(request, {
      idempotencyKey,
      clientAddress: clientAddress(await headers()),
      source: 'online',
    });
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
