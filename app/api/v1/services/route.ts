import { listBookableServices } from '@/db/queries/booking-catalog';
import { json, withJsonErrors } from '@/lib/http/json';

export const dynamic = 'force-dynamic';

/** Therapies that can be booked online (public fields). The list changes rarely: a minute's caching is fine. */
export const GET = withJsonErrors('GET /api/v1/services', async () => {
  const services = await listBookableServices();
  return json({ services }, 200, { 'Cache-Control': 'public, max-age=60' });
});
