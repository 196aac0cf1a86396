import type { FieldErrors } from '@/lib/booking/types';
import { logger } from '@/lib/logger';

/** Per-request answers (availability, bookings, errors) must never be stored by a cache. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

export function json(body: unknown, status = 200, headers: HeadersInit = NO_STORE): Response {
  return Response.json(body, { status, headers });
}

/**
 * Every API error has one shape: `{ error: { code, message, fieldErrors? } }`, plus any extra
 * top-level members a particular error documents (409 carries `alternatives`).
 */
export function jsonError(
  status: number,
  code: string,
  message: string,
  options: {
    fieldErrors?: FieldErrors;
    headers?: Record<string, string>;
    extra?: Record<string, unknown>;
  } = {},
): Response {
  const error = options.fieldErrors
    ? { code, message, fieldErrors: options.fieldErrors }
    : { code, message };
  return json({ error, ...options.extra }, status, { ...NO_STORE, ...options.headers });
}

/**
 * Wraps a route handler so a bug or an outage answers with the JSON error shape (and is logged
 * without the request body) instead of Next's HTML error page.
 */
export function withJsonErrors<A extends unknown[]>(
  route: string,
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      logger.error('api request failed', { route, error });
      return jsonError(
        500,
        'internal_error',
        'Something went wrong on our side. Nothing was booked. Please try again.',
      );
    }
  };
}
