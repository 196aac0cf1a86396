import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state';
import { NO_STORE } from '@/lib/http/json';
import { readCapped } from './action-request';

/**
 * Framework requests a client can garble, answered with a clear 4xx before Next or Auth.js throws
 * or reads them: a malformed `Next-Router-State-Tree` header (Next answers 500) and oversized
 * bodies to Auth.js's endpoints (which read them whole).
 */

/** Auth.js posts are a CSRF token, a callback URL and an attempt token: a few hundred bytes. */
export const MAX_AUTH_BODY_BYTES = 64 * 1024;

function refuse(status: 400 | 413, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: NO_STORE });
}

/**
 * Next's own parser for the header (the one it would throw from), run early: whatever it refuses
 * gets a 400 instead of a 500.
 */
export function refuseMalformedRouterState(request: Request): Response | null {
  const header = request.headers.get('next-router-state-tree');
  if (header === null) return null;
  try {
    parseAndValidateFlightRouterState(header);
    return null;
  } catch {
    return refuse(
      400,
      'malformed_router_state',
      'This request carried navigation data the site could not read. Please reload the page.',
    );
  }
}

export async function refuseLargeAuthBody(request: Request): Promise<Response | null> {
  if (request.method.toUpperCase() !== 'POST') return null;
  if (!new URL(request.url).pathname.startsWith('/api/auth/')) return null;
  const tooLarge = () =>
    refuse(413, 'payload_too_large', 'This sign-in request is too large, so it was not read.');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_AUTH_BODY_BYTES) return tooLarge();
  return (await readCapped(request, MAX_AUTH_BODY_BYTES)) ? null : tooLarge();
}
