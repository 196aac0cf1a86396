import type { FieldErrors } from '@/lib/appointments/result';
import { reportDatabaseError } from '@/db/state';
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

/** Seconds a client should wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/** The one answer for "the database can't be reached": retryable, with Retry-After. */
export function databaseUnavailableResponse(): Response {
  return jsonError(
    503,
    'database_unavailable',
    'The booking system is briefly unavailable. Please try again in a moment; a booking retried with the same Idempotency-Key is never made twice.',
    { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
  );
}

/**
 * Wraps a route handler so a bug or an outage answers with the JSON error shape (and is logged
 * without the request body) instead of Next's HTML error page. An unreachable database is a 503
 * (and marks it down, so the proxy answers the next requests at once until it is back).
 */
export function withJsonErrors<A extends unknown[]>(
  route: string,
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (reportDatabaseError(error)) {
        logger.warn('api request failed: database unavailable', { route, error });
        return databaseUnavailableResponse();
      }
      logger.error('api request failed', { route, error });
      return jsonError(
        500,
        'internal_error',
        'Something went wrong on our side. Nothing was booked. Please try again.',
      );
    }
  };
}
