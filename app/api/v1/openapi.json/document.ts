import { IDEMPOTENCY_KEY_PATTERN } from '@/lib/validations/booking';
import { BOOKING_RATE_LIMIT } from '@/lib/security/rate-limit';
import { componentSchemas, MAX_SPAN_TEXT } from './schemas';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: jsonContent(ref('Error')) });
const noStore = { 'Cache-Control': { schema: { type: 'string', const: 'no-store' } } };
const unavailable = {
  description:
    'The database is unreachable (`database_unavailable`); nothing was changed. Retry after `Retry-After` seconds ' +
    '(for a booking, with the same `Idempotency-Key`).',
  headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } },
  content: jsonContent(ref('Error')),
};

/** GET /api/v1/openapi.json serves this document. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Clinic booking API',
    version: '1.2.0',
    description:
      'Book therapies online. Times are ISO-8601 instants with the clinic’s offset; dates are ' +
      'clinic-local. Every error is `{ "error": { "code", "message", "fieldErrors"? } }`. No credentials: the API ' +
      'takes no cookies or keys. A server may POST without an `Origin` header; a browser’s `Origin` must be one ' +
      'the clinic allows (its own site, or one listed in `ALLOWED_ORIGINS`).',
  },
  servers: [{ url: '/api/v1' }],
  // Deliberately none: every operation is public, and only rate limits (per client address) apply.
  security: [],
  paths: {
    '/services': {
      get: {
        summary: 'Therapies that can be booked online',
        responses: {
          200: {
            description: 'Active services in the clinic’s order.',
            content: jsonContent({
              type: 'object',
              properties: { services: { type: 'array', items: ref('Service') } },
            }),
          },
          503: unavailable,
        },
      },
    },
    '/practitioners': {
      get: {
        summary: 'Active practitioners with the services they offer',
        responses: {
          200: {
            description: 'Public fields only.',
            content: jsonContent({
              type: 'object',
              properties: { practitioners: { type: 'array', items: ref('Practitioner') } },
            }),
          },
          503: unavailable,
        },
      },
    },
    '/availability': {
      get: {
        summary: 'Open slots for one service',
        description: `The range is ${MAX_SPAN_TEXT}. Without \`practitioner\` each start time appears once, for the practitioner "first available" would book. \`closures\` lists clinic closures over the dates, with the reason to show patients.`,
        parameters: [
          {
            name: 'service',
            in: 'query',
            required: true,
            schema: { type: 'string', pattern: '^[a-z0-9-]{1,80}$' },
          },
          { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
          { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
          {
            name: 'practitioner',
            in: 'query',
            required: false,
            schema: { type: 'string', format: 'uuid' },
          },
        ],
        responses: {
          200: {
            description: 'Open slots, sorted by start.',
            headers: noStore,
            content: jsonContent(ref('Availability')),
          },
          404: error(
            'Unknown or inactive service (`unknown_service`), or a practitioner who does not offer it (`unknown_practitioner`).',
          ),
          422: error('Missing or malformed parameters; `fieldErrors` names them.'),
          503: unavailable,
        },
      },
    },
    '/bookings': {
      post: {
        summary: 'Book a slot',
        description:
          'Safe to retry: send the same `Idempotency-Key` with the same body and you get the same booking and manage link ' +
          '(status 200, header `Idempotent-Replayed: true`), also when the retries run in parallel. The same key with a ' +
          `different body is refused. At most ${BOOKING_RATE_LIMIT.limit} attempts per ${BOOKING_RATE_LIMIT.windowSeconds / 60} minutes per client address.`,
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
            description:
              'A fresh random value per booking the patient means to make (e.g. a UUID).',
          },
        ],
        requestBody: { required: true, content: jsonContent(ref('BookingRequest')) },
        responses: {
          201: {
            description: 'Booked.',
            headers: noStore,
            content: jsonContent(ref('BookingCreated')),
          },
          200: {
            description: 'A replay of an earlier request with this key: the same body as its 201.',
            headers: {
              ...noStore,
              'Idempotent-Replayed': { schema: { type: 'string', const: 'true' } },
            },
            content: jsonContent(ref('BookingCreated')),
          },
          409: {
            description:
              'Someone else holds that time (`slot_taken`); `alternatives` lists the next open ones. Returned only ' +
              'when the time is taken: every other reason is a 422 `not_bookable`.',
            content: jsonContent(ref('SlotTaken')),
          },
          403: error(
            'A browser `Origin` the clinic does not allow (`origin_refused`), or `null`: have the clinic list your web ' +
              'app’s origin in `ALLOWED_ORIGINS` (servers may leave `Origin` out). Nothing was booked.',
          ),
          413: error('Body over 16 KB.'),
          415: error('Body is not application/json.'),
          422: {
            description:
              'Invalid body or fields (`invalid_request`, with `fieldErrors`), malformed JSON (`malformed_json`), a missing ' +
              'or malformed Idempotency-Key, an emergency warning sign (`red_flags`: call 911 now, nothing is booked), a ' +
              'see-a-doctor-today warning sign without `patient.intake.screeningAcknowledged: true` ' +
              '(`screening_unacknowledged`, with `fieldErrors`; nothing is booked), a key ' +
              'reused with a different body (`idempotency_mismatch`), or a start nobody can book (`not_bookable`, with ' +
              '`reason`, and `alternatives`): past, inside the minimum notice, beyond the horizon, off the start-time ' +
              'grid, outside working hours, the clinic closed, or a UTC offset that is not the clinic’s at that instant ' +
              '(`wrong_offset`, e.g. 02:30-08:00 on the spring-forward day, or -07:00 in winter: never moved silently; ' +
              '`expectedOffset` and the message name the offset to use).',
            content: jsonContent({ oneOf: [ref('Error'), ref('NotBookable')] }),
          },
          429: {
            description: 'Too many attempts (`rate_limited`).',
            headers: {
              'Retry-After': {
                schema: { type: 'integer' },
                description: 'Seconds until the next attempt is allowed.',
              },
            },
            content: jsonContent(ref('Error')),
          },
          503: unavailable,
        },
      },
    },
  },
  components: { schemas: componentSchemas },
} as const;
