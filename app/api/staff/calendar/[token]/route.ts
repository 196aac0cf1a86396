import { createHash } from 'node:crypto';
import { logger } from '@/lib/logger';
import { clientAddress } from '@/lib/security/client-address';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { loadCalendarFeed } from '@/lib/staff/calendar-feed';

/**
 * GET /api/staff/calendar/<token>.ics — a practitioner's private feed for calendar apps, which
 * can't sign in: the unguessable token in the URL is the credential (see lib/staff/calendar-feed),
 * so this is the one staff route without requireStaffForRoute. Unknown tokens get a plain 404.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ token: string }> },
): Promise<Response> {
  const { token: segment } = await context.params;
  const address = createHash('sha256')
    .update(clientAddress(request.headers))
    .digest('hex')
    .slice(0, 32);
  const limit = await hitRateLimit('calendar-feed:address', address, 120, 3600);
  if (!limit.allowed) {
    return new Response('Too many requests', {
      status: 429,
      headers: { 'Retry-After': String(limit.retryAfterSeconds) },
    });
  }
  const token = segment.endsWith('.ics') ? segment.slice(0, -4) : '';
  const feed = token ? await loadCalendarFeed(token) : null;
  if (!feed) {
    logger.info('calendar feed refused');
    return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  }
  return new Response(feed, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="larkfield-stride.ics"',
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
    },
  });
}
