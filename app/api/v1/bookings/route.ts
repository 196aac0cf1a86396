import { book } from '@/lib/appointments/book';
import { fieldErrorsFrom } from '@/lib/appointments/field-errors';
import { jsonError, withJsonErrors } from '@/lib/http/json';
import { readJsonBody } from '@/lib/http/read-json';
import { clientAddress } from '@/lib/security/client-address';
import { bookingRequestSchema, idempotencyKeySchema } from '@/lib/validations/booking';
import { bookingResponse, siteOrigin } from './response';

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
  const parsed = bookingRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    const { fieldErrors, formError } = fieldErrorsFrom(parsed.error);
    return bookingResponse({ ok: false, code: 'invalid', fieldErrors, formError }, '');
  }
  const { patient, ...rest } = parsed.data;
  const result = await book(
    { kind: 'api' },
    { ...rest, patient: { details: patient } },
    { idempotencyKey: key.data, clientAddress: clientAddress(request.headers) },
  );
  return bookingResponse(result, siteOrigin(request));
});
