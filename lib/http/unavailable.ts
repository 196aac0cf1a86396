import type { NextRequest } from 'next/server';
import { databaseUnavailable } from '@/db/state';
import { redFlagsOf, TIER_GUIDANCE } from '@/lib/clinical/red-flags';
import { escapeHtml } from '@/lib/email/html';
import { FALLBACK_PHONE, formatPhone, telHref } from '@/lib/format';
import { databaseUnavailableResponse, RETRY_AFTER_SECONDS } from './json';

/** Self-contained (no scripts, no fonts, no database): it must render whatever else is down. */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>We’ll be right back · Larkfield Stride Chiropractic</title>
<style>
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;background:#faf7f2;color:#1f2a24}
main{max-width:36rem;margin:0 auto;padding:4rem 1.25rem}
.brand{font-weight:700;color:#23493a;letter-spacing:.02em}
h1{font-family:Georgia,serif;font-size:2.2rem;line-height:1.2;margin:1.5rem 0 1rem}
.card{margin-top:2rem;padding:1.25rem;border:1px solid #e4dccd;border-radius:1rem;background:#fff}
a{color:#23493a;font-weight:700}
.small{font-size:.95rem;color:#5b6660}
</style>
</head>
<body>
<main id="main-content">
<p class="brand">Larkfield Stride Chiropractic</p>
<h1>Sorry, we’ll be right back</h1>
<p>Our website is having a short technical problem and can’t show this page just now. It’s on our side, not something you did. Please try again in a few minutes.</p>
<div class="card">
<p>Need to book, change an appointment or ask something? Call us on <a href="${telHref(FALLBACK_PHONE)}">${formatPhone(FALLBACK_PHONE)}</a>.</p>
<div class="small" data-red-flags="emergency">
<p>${escapeHtml(TIER_GUIDANCE.emergency.lead)}</p>
<ul>${redFlagsOf('emergency')
  .map((flag) => `<li>${escapeHtml(flag.label)}</li>`)
  .join('')}</ul>
</div>
</div>
</main>
</body>
</html>`;

/** Requests that handle an outage themselves: the health check reports it, actions return a form error. */
function handlesOutageItself(request: NextRequest): boolean {
  return request.nextUrl.pathname === '/api/health' || request.headers.has('next-action');
}

/**
 * While the database is known to be unreachable (db/state.ts, fed by failed queries and cleared
 * by a background probe), answers with a clean 503 (JSON for the API, a friendly page for people)
 * instead of letting the request fail deep inside a page. Returns null to handle it normally.
 */
export function answerWhileDatabaseDown(request: NextRequest): Response | null {
  if (!databaseUnavailable() || handlesOutageItself(request)) return null;
  if (request.nextUrl.pathname.startsWith('/api/')) return databaseUnavailableResponse();
  return new Response(PAGE, {
    status: 503,
    headers: {
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Cache-Control': 'no-store',
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}
