import { createBooking } from '@/lib/booking/create-booking';
import { bookingResponse, siteOrigin } from '@/lib/http/booking-response';
import { jsonError, withJsonErrors } from '@/lib/http/json';
import { readJsonBody } from '@/lib/http/read-json';
import { clientAddress } from '@/lib/security/client-address';
import { idempotencyKeySchema } from '@/lib/validations/booking';

export const dynamic = 'force-dynamic';

/** POST /api/v1/bookings — body: the booking request; header: Idempotency-Key (required). */
export const POST = withJsonErrors('POST /api/v1/bookings', async (request: Request) => {
  const body = await readJsonBody(request);
  if (!body.ok) return jsonError(body.status, body.code, body.message);
  const key = idempotencyKeySchema.safeParse(request.headers.get('idempotency-key') ?? undefined);
  if (!key.success) {
    const message = key.error.issues[0]?.message ?? 'Send an Idempotency-Key header.';
    return jsonError(422, 'invalid_request', message, {
      fieldErrors: { 'Idempotency-Key': [message] },
    });
  }
  const result = await createBooking(body.value, {
    idempotencyKey: key.data,
    clientAddress: clientAddress(request.headers),
    source: 'online',
  });
  return bookingResponse(result, siteOrigin(request));
});
