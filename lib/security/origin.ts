import type { NextRequest } from 'next/server';
import { NO_STORE } from '@/lib/http/json';
import { trustedProxyHops } from './client-address';
import { env } from '@/lib/env';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `scheme://host[:port]` of a URL, lower-cased with default ports dropped; null when not a URL. */
function originOf(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * The origin the request was addressed to: its own Host, with the scheme of the request URL, or
 * of `X-Forwarded-Proto` only when a trusted proxy sets it (TRUSTED_PROXY_HOPS > 0, as for
 * client addresses; with none, proxy.ts has removed it already). Behind a proxy that rewrites
 * Host, set SITE_URL or ALLOWED_ORIGINS instead.
 */
function ownOrigin(request: Request): string | null {
  const host = request.headers.get('host');
  if (!host) return null;
  let scheme = new URL(request.url).protocol.replace(':', '');
  const hops = trustedProxyHops();
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (hops > 0 && (forwarded === 'http' || forwarded === 'https')) scheme = forwarded;
  return originOf(`${scheme}://${host}`);
}

/** Origins allowed to send mutating requests: SITE_URL's, the request's own, ALLOWED_ORIGINS. */
export function allowedOrigins(request: Request): Set<string> {
  const allowed = new Set<string>();
  const add = (origin: string | null) => {
    if (origin) allowed.add(origin);
  };
  add(originOf(env().SITE_URL));
  add(ownOrigin(request));
  for (const entry of env().ALLOWED_ORIGINS) add(originOf(entry));
  return allowed;
}

/**
 * The public API takes no cookies and no session, so a request to it without an `Origin` (a
 * partner's server, curl) cannot be a forged browser request: there is no ambient authority to
 * borrow. Browsers always send Origin on these methods, so foreign browser pages are still refused.
 */
function isCookielessApi(request: Request): boolean {
  return /^\/api\/v1(?:\/|$)/.test(new URL(request.url).pathname);
}

/**
 * Cross-site request refusal for mutating requests (POST, PUT, PATCH, DELETE): the `Origin`
 * header, which browsers send on every such request and scripts cannot forge, must name this
 * site. A missing or `null` Origin (sandboxed frames, privacy redirects, bare scripts) is refused
 * too, except a missing one on the cookieless public API. Returns a 403 response to send instead
 * of handling the request, or null to let it through.
 */
export function refuseCrossOrigin(request: NextRequest | Request): Response | null {
  if (!MUTATING.has(request.method.toUpperCase())) return null;
  const origin = request.headers.get('origin');
  if (origin === null && isCookielessApi(request)) return null;
  const claimed = origin && origin !== 'null' ? originOf(origin) : null;
  // An Origin is a bare origin: anything with a path, query or credentials is not one.
  if (claimed && claimed === origin?.toLowerCase() && allowedOrigins(request).has(claimed)) {
    return null;
  }
  return Response.json(
    {
      error: {
        code: 'origin_refused',
        message: origin
          ? 'This request came from another site, so it was refused. Nothing was changed. Please use the form on our own website.'
          : 'This request did not say which site it came from, so it was refused. Nothing was changed. Send an Origin header naming this site.',
      },
    },
    { status: 403, headers: NO_STORE },
  );
}
