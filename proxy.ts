import { NextResponse, type NextRequest } from 'next/server';
import { answerWhileDatabaseDown } from '@/lib/http/unavailable';
import { PAGE_ACCESS_HEADER, recordPageVerdict } from '@/lib/auth/page-access';
import { refuseMalformedAction } from '@/lib/security/action-request';
import { dropUntrustedForwarding } from '@/lib/security/client-address';
import { refuseLargeAuthBody, refuseMalformedRouterState } from '@/lib/security/framework-requests';
import { articlesIndexRoute } from '@/lib/content/index-params';
import { isCachedPage } from '@/lib/security/cached-pages';
import { noncePolicy } from '@/lib/security/csp.mjs';
import { refuseCrossOrigin } from '@/lib/security/origin';

/**
 * Runs first on every request but static files. In order: refuses cross-site mutating requests
 * (lib/security/origin.ts), malformed server-action bodies (lib/security/action-request.ts),
 * malformed router-state headers and oversized Auth.js bodies (framework-requests.ts); answers
 * 503 at once while the database is known to be down (lib/http/unavailable.ts); drops forwarding
 * headers no trusted proxy set (lib/security/client-address.ts); marks staff pages of someone
 * else's records as forbidden for the guard (lib/auth/page-access.ts); sends the library's old
 * `/articles?page=N` links to `/articles/page/N` and its topics and searches to the per-request
 * index (lib/content/index-params.ts → articlesIndexRoute); then, for pages rendered
 * per request, sets a Content-Security-Policy with a fresh nonce, which Next.js puts on its own
 * scripts. Cached pages (lib/security/cached-pages.ts) get their policy from next.config.ts and
 * the page cache instead. The proxy guards nothing by itself: every staff page, action and route
 * checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const refused =
    refuseCrossOrigin(request) ??
    refuseMalformedRouterState(request) ??
    (await refuseLargeAuthBody(request)) ??
    (await refuseMalformedAction(request));
  if (refused) return refused;
  const unavailable = answerWhileDatabaseDown(request);
  if (unavailable) return unavailable;

  const requestHeaders = new Headers(request.headers);
  dropUntrustedForwarding(requestHeaders);
  requestHeaders.delete(PAGE_ACCESS_HEADER);
  const verdict = await recordPageVerdict(
    request.method,
    request.nextUrl.pathname,
    requestHeaders,
  ).catch(() => null); // the page's own check still runs
  if (verdict) requestHeaders.set(PAGE_ACCESS_HEADER, verdict);
  requestHeaders.delete('x-nonce');
  requestHeaders.delete('Content-Security-Policy');
  const articles = /^\/articles\/?$/.test(request.nextUrl.pathname)
    ? articlesIndexRoute(request.nextUrl.searchParams)
    : null;
  if (articles?.kind === 'redirect') {
    return NextResponse.redirect(new URL(articles.to, request.url), 308);
  }
  if (isCachedPage(request.nextUrl.pathname) && articles?.kind !== 'per-request') {
    // Served from the page cache, which adds the policy with its inline scripts' hashes.
    return NextResponse.next({ request: { headers: requestHeaders } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = noncePolicy(nonce, process.env.NODE_ENV !== 'production');
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // A topic or a search of the library: rendered per request at app/(site)/article-search, while
  // the address stays /articles?… (links, bookmarks and the search form keep working).
  const response =
    articles?.kind === 'per-request'
      ? NextResponse.rewrite(new URL(`/article-search${request.nextUrl.search}`, request.url), {
          request: { headers: requestHeaders },
        })
      : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

// Every request but static files: API routes and cached pages too, so cross-site refusal covers
// every route and a fresh instance answers the friendly 503 for a page it has not cached yet while
// the database is down (test/system/database-outage.test.ts).
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.png|illustrations|fonts).*)'],
};
