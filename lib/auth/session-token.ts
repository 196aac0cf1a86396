import { getToken } from 'next-auth/jwt';
import { authSecret } from '@/lib/security/secret';
import { env } from '@/lib/env';

/**
 * Whether staff cookies are `Secure` (and Auth.js's carries the `__Secure-` prefix): when the site
 * is served over HTTPS, by SITE_URL or by the request (X-Forwarded-Proto survives proxy.ts only
 * from a trusted proxy). Auth.js and every reader must agree, so both ask this.
 */
export function usesSecureCookies(headers: Headers): boolean {
  if (env().SITE_URL?.startsWith('https://')) return true;
  return headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * The staff session id in the request's session cookie (Auth.js's encrypted JWT), read on the
 * server only: Auth.js's session endpoint never shows it (lib/auth/config.ts). Only the cookie
 * counts, never an Authorization header.
 */
export async function sessionIdFrom(headers: Headers): Promise<string | null> {
  const cookie = headers.get('cookie');
  if (!cookie) return null;
  const token = await getToken({
    req: { headers: new Headers({ cookie }) },
    secret: authSecret(),
    secureCookie: usesSecureCookies(headers),
  });
  return typeof token?.sid === 'string' ? token.sid : null;
}
