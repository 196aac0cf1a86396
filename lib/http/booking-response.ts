import type { CreateBookingResult } from '@/lib/booking/types';
import { json, jsonError, NO_STORE } from './json';

/** Where manage links point: SITE_URL when configured (behind a proxy), else the request's origin. */
export function siteOrigin(request: Request): string {
  const configured = process.env.SITE_URL?.replace(/\/+$/, '');
  return configured || new URL(request.url).origin;
}

/**
 * createBooking's answer as HTTP. A first booking is 201; a replay of the same Idempotency-Key
 * and body is 200 with the identical body and `Idempotent-Replayed: true`.
 */
export function bookingResponse(result: CreateBookingResult, origin: string): Response {
  if (result.ok) {
    const body = {
      booking: result.booking,
      manageUrl: `${origin}/book/manage/${result.manageToken}`,
    };
    if (result.replayed) return json(body, 200, { ...NO_STORE, 'Idempotent-Replayed': 'true' });
    return json(body, 201);
  }
  switch (result.code) {
    case 'invalid':
      return jsonError(422, 'invalid_request', result.formError ?? 'Some fields need attention.', {
        fieldErrors: result.fieldErrors,
      });
    case 'red_flags':
      return jsonError(422, 'red_flags', result.formError);
    case 'idempotency_mismatch':
      return jsonError(422, 'idempotency_mismatch', result.formError);
    case 'slot_taken':
      return jsonError(409, 'slot_taken', result.formError, {
        extra: { alternatives: result.alternatives },
      });
    case 'rate_limited':
      return jsonError(429, 'rate_limited', result.formError, {
        headers: { 'Retry-After': String(result.retryAfterSeconds) },
      });
  }
}
