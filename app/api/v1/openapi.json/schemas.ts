import { z } from '@/lib/validations/zod';
import { bookingRequestSchema, MAX_AVAILABILITY_DAYS } from '@/lib/validations/booking';

// Reusable OpenAPI 3.1 (JSON Schema 2020-12) component schemas. The request body is generated from
// the zod schema the server validates with, so the document cannot drift from the code.

function fromZod(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
  });
  return rest;
}

const isoInstant = {
  type: 'string',
  format: 'date-time',
  description: 'ISO-8601 instant with the clinic’s UTC offset, e.g. 2026-11-23T09:00:00-08:00',
};
const localDate = { type: 'string', format: 'date', description: 'Clinic-local date, YYYY-MM-DD' };

const fieldErrors = {
  type: 'object',
  description:
    'Messages per field, keyed by dotted path (e.g. `patient.email`, `Idempotency-Key`, `to`).',
  additionalProperties: { type: 'array', items: { type: 'string' } },
};

const serviceRef = {
  type: 'object',
  required: ['slug', 'name', 'durationMinutes'],
  properties: {
    slug: { type: 'string' },
    name: { type: 'string' },
    durationMinutes: { type: 'integer' },
  },
};

export const componentSchemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: {
            type: 'string',
            examples: [
              'invalid_request',
              'malformed_json',
              'unknown_service',
              'not_bookable',
              'slot_taken',
              'rate_limited',
            ],
          },
          message: { type: 'string', description: 'Plain words, safe to show to the patient.' },
          fieldErrors,
        },
      },
    },
  },
  Slot: {
    type: 'object',
    required: ['start', 'end', 'practitionerId'],
    properties: {
      start: isoInstant,
      end: isoInstant,
      practitionerId: { type: 'string', format: 'uuid' },
    },
  },
  Closure: {
    type: 'object',
    required: ['start', 'end', 'reason'],
    description: 'A time the whole clinic is closed; nothing inside it can be booked.',
    properties: {
      start: isoInstant,
      end: isoInstant,
      reason: { type: 'string', examples: ['Closed for the holidays'] },
    },
  },
  Availability: {
    type: 'object',
    required: ['timeZone', 'service', 'practitionerId', 'from', 'to', 'slots'],
    properties: {
      timeZone: { type: 'string', examples: ['America/Los_Angeles'] },
      service: serviceRef,
      practitionerId: {
        type: ['string', 'null'],
        format: 'uuid',
        description: 'null: first available',
      },
      from: localDate,
      to: localDate,
      slots: { type: 'array', items: { $ref: '#/components/schemas/Slot' } },
      closures: {
        type: 'array',
        items: { $ref: '#/components/schemas/Closure' },
        description:
          'Clinic closures overlapping the asked dates, with the reason to show (added in 1.1).',
      },
    },
  },
  Service: {
    type: 'object',
    required: ['slug', 'name', 'summary', 'durationMinutes', 'priceCents', 'requiresConsultation'],
    properties: {
      slug: { type: 'string' },
      name: { type: 'string' },
      summary: { type: 'string' },
      durationMinutes: { type: 'integer' },
      priceCents: { type: 'integer' },
      requiresConsultation: {
        type: 'boolean',
        description: 'New patients must book the new-patient consultation first.',
      },
    },
  },
  Practitioner: {
    type: 'object',
    required: ['id', 'slug', 'name', 'title', 'services'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      slug: { type: 'string' },
      name: { type: 'string' },
      title: { type: 'string' },
      services: {
        type: 'array',
        items: { type: 'string' },
        description: 'Slugs of the services offered.',
      },
    },
  },
  BookingRequest: fromZod(bookingRequestSchema),
  Booking: {
    type: 'object',
    required: ['id', 'status', 'start', 'end', 'timeZone', 'service', 'practitioner', 'canChange'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      status: {
        type: 'string',
        enum: ['booked', 'confirmed', 'arrived', 'completed', 'no_show', 'cancelled'],
      },
      start: isoInstant,
      end: isoInstant,
      timeZone: { type: 'string' },
      service: {
        ...serviceRef,
        properties: { ...serviceRef.properties, priceCents: { type: 'integer' } },
      },
      practitioner: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          name: { type: 'string' },
          title: { type: 'string' },
        },
      },
      patientFirstName: { type: 'string' },
      clinic: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          phone: { type: 'string' },
          email: { type: 'string' },
          address: { type: 'string' },
        },
      },
      canChange: { type: 'boolean' },
      changeBlockedReason: { type: ['string', 'null'] },
      cancellationCutoffHours: { type: 'integer' },
      screening: {
        description:
          'Added in 1.2. The see-a-doctor-today warning signs the patient acknowledged when booking, with ' +
          'the advice to show them; null when none were given. The treating practitioner sees them too.',
        oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Screening' }],
      },
    },
  },
  Screening: {
    type: 'object',
    required: ['tier', 'flags', 'acknowledged', 'advice'],
    properties: {
      tier: { type: 'string', const: 'see-doctor-today' },
      flags: {
        type: 'array',
        items: { type: 'string' },
        description: 'The acknowledged `redFlags` keys, in the clinic’s display order.',
      },
      acknowledged: { type: 'boolean', const: true },
      advice: { type: 'string', description: 'What the patient is told: see a doctor today.' },
    },
  },
  BookingCreated: {
    type: 'object',
    required: ['booking', 'manageUrl'],
    properties: {
      booking: { $ref: '#/components/schemas/Booking' },
      manageUrl: {
        type: 'string',
        format: 'uri',
        description: 'Secret link to view, reschedule or cancel; shown once, keep it private.',
      },
    },
  },
  NotBookable: {
    allOf: [
      { $ref: '#/components/schemas/Error' },
      {
        type: 'object',
        required: ['reason', 'alternatives'],
        properties: {
          reason: {
            type: 'string',
            enum: [
              'past',
              'too_soon',
              'beyond_horizon',
              'off_grid',
              'outside_hours',
              'closed',
              'wrong_offset',
            ],
            description:
              'Why nobody can book that start: it has passed, is inside the minimum notice, beyond the booking ' +
              'horizon, not on the start-time grid, outside everyone’s working hours, inside a clinic closure, ' +
              'or written with a UTC offset that is not the clinic’s at that instant.',
          },
          expectedOffset: {
            type: 'string',
            examples: ['-07:00'],
            description: 'For `wrong_offset`: the clinic’s UTC offset at that instant.',
          },
          alternatives: {
            type: 'array',
            maxItems: 6,
            items: { $ref: '#/components/schemas/Slot' },
            description:
              'The next open slots from the requested time on (empty for `wrong_offset`).',
          },
        },
      },
    ],
  },
  SlotTaken: {
    allOf: [
      { $ref: '#/components/schemas/Error' },
      {
        type: 'object',
        required: ['alternatives'],
        properties: {
          alternatives: {
            type: 'array',
            maxItems: 6,
            items: { $ref: '#/components/schemas/Slot' },
            description:
              'The next open slots from the requested time on, same service and practitioner choice.',
          },
        },
      },
    ],
  },
} as const;

export const MAX_SPAN_TEXT = `at most ${MAX_AVAILABILITY_DAYS} days, both ends included`;
