import type { Booked } from '@/lib/appointments/book';
import type { Result } from '@/lib/appointments/result';
import { json, jsonError, NO_STORE } from '@/lib/http/json';
import { siteUrl } from '@/lib/env';

/** Where manage links point: SITE_URL when configured (behind a proxy), else the request's origin. */
export function siteOrigin(request: Request): string {
  return siteUrl('/', new URL(request.url).origin).origin;
}

/**
 * The lifecycle's answer as HTTP. A first booking is 201; a replay of the same Idempotency-Key
 * and body is 200 with the identical body and `Idempotent-Replayed: true`. Only a time someone
 * else holds is 409; every other reason a time can't be booked is 422 `not_bookable`.
 */
export function bookingResponse(result: Result<Booked>, origin: string): Response {
  if (result.ok) {
    const body = {
      booking: result.data.booking,
      manageUrl: `${origin}/book/manage/${result.data.manageToken ?? ''}`,
    };
    if (result.data.replayed)
      return json(body, 200, { ...NO_STORE, 'Idempotent-Replayed': 'true' });
    return json(body, 201);
  }
  switch (result.code) {
    case 'invalid':
      return jsonError(422, 'invalid_request', result.formError ?? 'Some fields need attention.', {
        fieldErrors: result.fieldErrors,
      });
    case 'red_flags':
      return jsonError(422, 'red_flags', result.formError);
    case 'screening_unacknowledged':
      return jsonError(422, 'screening_unacknowledged', result.formError, {
        fieldErrors: result.fieldErrors,
      });
    case 'idempotency_mismatch':
      return jsonError(422, 'idempotency_mismatch', result.formError);
    case 'not_bookable':
      return jsonError(422, 'not_bookable', result.formError, {
        ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}),
        extra: {
          reason: result.reason,
          ...(result.expectedOffset ? { expectedOffset: result.expectedOffset } : {}),
          alternatives: result.alternatives,
        },
      });
    case 'slot_taken':
      return jsonError(409, 'slot_taken', result.formError, {
        extra: { alternatives: result.alternatives },
      });
    case 'rate_limited':
      return jsonError(429, 'rate_limited', result.formError, {
        headers: { 'Retry-After': String(result.retryAfterSeconds) },
      });
    case 'forbidden':
    case 'not_found':
    case 'not_allowed':
    case 'conflicts':
      // Not answers a booking request can get; a bug if one arrives here.
      throw new Error(`unexpected booking refusal: ${result.code}`);
  }
}
