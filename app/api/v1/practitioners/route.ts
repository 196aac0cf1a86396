import { listBookablePractitioners } from '@/db/queries/booking-catalog';
import { json, withJsonErrors } from '@/lib/http/json';

export const dynamic = 'force-dynamic';

/** Active practitioners (public fields) with the slugs of the therapies each offers. */
export const GET = withJsonErrors('GET /api/v1/practitioners', async () => {
  const practitioners = await listBookablePractitioners();
  return json({ practitioners }, 200, { 'Cache-Control': 'public, max-age=60' });
});
