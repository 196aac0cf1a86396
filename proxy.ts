import { NextResponse, type NextRequest } from 'next/server';
import { answerWhileDatabaseDown } from '@/lib/http/unavailable';
import { refuseMalformedAction } from '@/lib/security/action-request';
import { refuseCrossOrigin } from '@/lib/security/origin';

/**
 * Runs first on every request but static files. In order: refuses cross-site mutating requests
 * (lib/security/origin.ts) and malformed server-action bodies (lib/security/action-request.ts),
 * answers 503 at once while the database is known to be down (lib/http/unavailable.ts), then sets
 * a Content-Security-Policy with a fresh nonce, which Next.js puts on its own scripts. Protection
 * of staff pages does not live here: every staff page, action and route checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const refused = refuseCrossOrigin(request) ?? (await refuseMalformedAction(request));
  if (refused) return refused;
  const unavailable = answerWhileDatabaseDown(request);
  if (unavailable) return unavailable;

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV !== 'production';
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Every request but static files: API routes too, so cross-site refusal covers them.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.png|illustrations|fonts).*)'],
};
