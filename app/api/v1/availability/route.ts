import { fieldErrorsFrom } from '@/lib/appointments/field-errors';
import { AvailabilityQueryError, getAvailability } from '@/lib/appointments/open-times';
import { json, jsonError, withJsonErrors } from '@/lib/http/json';
import { availabilityQuerySchema } from '@/lib/validations/booking';

export const dynamic = 'force-dynamic';

/** GET /api/v1/availability?service=&from=&to=[&practitioner=] — open slots, clinic-local dates. */
export const GET = withJsonErrors('GET /api/v1/availability', async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const parsed = availabilityQuerySchema.safeParse({
    service: params.get('service') ?? undefined,
    practitioner: params.get('practitioner') || null,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  });
  if (!parsed.success) {
    return jsonError(
      422,
      'invalid_request',
      'Some query parameters need attention.',
      fieldErrorsFrom(parsed.error),
    );
  }
  const { service, practitioner, from, to } = parsed.data;
  try {
    return json(
      await getAvailability({ serviceSlug: service, practitionerId: practitioner, from, to }),
    );
  } catch (error) {
    if (!(error instanceof AvailabilityQueryError)) throw error;
    if (error.code === 'invalid')
      return jsonError(422, 'invalid_request', error.message, { fieldErrors: error.fieldErrors });
    return jsonError(404, error.code, error.message);
  }
});
