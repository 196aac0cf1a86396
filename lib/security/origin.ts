import type { NextRequest } from 'next/server';

/**
 * Cross-site request refusal for mutating requests (POST, PUT, PATCH, DELETE).
 * Returns a 403 response to send instead of handling the request, or null to let it through.
 */
export function refuseCrossOrigin(_request: NextRequest): Response | null {
  return null;
}
