import { RED_FLAG_KEYS, RED_FLAGS, redFlagsOf, type RedFlagTier } from '@/lib/clinical/red-flags';
import { z } from './zod';
import { emailField } from './email';
import { serviceSlugField } from './fields';

/**
 * The one schema for a booking request: react-hook-form's zodResolver uses it in the browser and
 * the server action and POST /api/v1/bookings use it on the server.
 */

export const PAIN_AREAS = {
  lower_back: 'Lower back',
  upper_back: 'Upper or mid back',
  neck: 'Neck',
  hip_buttock: 'Hip or buttock',
  leg: 'Leg',
  other: 'Somewhere else',
} as const;

export const PAIN_DURATIONS = {
  under_2_weeks: 'Less than 2 weeks',
  '2_to_6_weeks': '2 to 6 weeks',
  '6_to_12_weeks': '6 to 12 weeks',
  over_3_months: 'More than 3 months',
} as const;

export const LEG_PAIN = {
  no: 'No',
  above_knee: 'Yes, above the knee',
  below_knee: 'Yes, below the knee',
} as const;

const keysOf = (tier: RedFlagTier) =>
  redFlagsOf(tier)
    .map((f) => f.key)
    .join(', ');

const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...Array<keyof T & string>];

export const intakeSchema = z
  .object({
    painAreas: z
      .array(z.enum(keys(PAIN_AREAS)))
      .min(1, 'Choose where it hurts.')
      .max(6),
    painDuration: z.enum(keys(PAIN_DURATIONS), { error: 'Choose how long it has hurt.' }),
    legPain: z.enum(keys(LEG_PAIN), { error: 'Tell us whether the pain runs down a leg.' }),
    /** Keys from lib/clinical/red-flags.ts, either tier (the lifecycle decides what they mean). */
    redFlags: z
      .array(z.enum(RED_FLAG_KEYS, { error: 'Unknown warning sign.' }))
      .max(RED_FLAGS.length)
      .describe(
        `Warning signs the patient has. Emergency keys (${keysOf('emergency')}) stop the booking ` +
          '(422 `red_flags`: call 911 now); see-a-doctor-today keys ' +
          `(${keysOf('see-doctor-today')}) need \`screeningAcknowledged: true\` ` +
          '(else 422 `screening_unacknowledged`) and are then echoed in `booking.screening`. ' +
          'An empty list when none apply.',
      ),
    /**
     * The patient's "I understand I should see a doctor today, and I still want to book": needed
     * to book with a see-a-doctor-today flag ticked (lib/clinical/red-flags.ts bookingScreening).
     */
    screeningAcknowledged: z
      .boolean()
      .optional()
      .describe(
        'The patient’s acknowledgement that they should see a doctor today and still want to book: ' +
          'required (true) when `redFlags` holds a see-a-doctor-today key (added in 1.2).',
      ),
  })
  .strict();

export const patientDetailsSchema = z
  .object({
    name: z.string().trim().min(2, 'Enter your full name.').max(120, 'Use at most 120 characters.'),
    email: emailField(),
    phone: z
      .string()
      .trim()
      .min(7, 'Enter a phone number we can call.')
      .max(30, 'That phone number is too long.')
      .regex(/^\+?[0-9 ().-]+$/, 'Use digits, spaces and + ( ) - only.'),
    patientType: z.enum(['new', 'returning'], {
      error: 'Tell us whether you have visited before.',
    }),
    reason: z.string().trim().max(1000, 'Keep it under 1,000 characters.'),
    consent: z.literal(true, { error: 'Please accept the cancellation policy to book.' }),
    intake: intakeSchema,
  })
  .strict();

/**
 * An appointment start as sent by the time picker: an ISO-8601 instant with an offset, within a
 * span the clinic could ever book. Far-off years (9999-12-31T23:59Z) are well-formed ISO but push
 * date arithmetic past what PostgreSQL accepts, so they stop here as the field error they are.
 */
const SLOT_START_ERROR = 'Choose a time from the list.';
const slotStartSchema = z.iso
  .datetime({ offset: true, error: SLOT_START_ERROR })
  .refine((value) => {
    const time = Date.parse(value);
    return time > Date.UTC(2000, 0, 1) && time < Date.UTC(2200, 0, 1);
  }, SLOT_START_ERROR);

export const bookingRequestSchema = z
  .object({
    service: serviceSlugField('Unknown therapy.'),
    /** A practitioner id, or null for "first available". */
    practitioner: z.uuid('Unknown practitioner.').nullable(),
    start: slotStartSchema,
    patient: patientDetailsSchema,
  })
  .strict();

export type IntakeAnswers = z.infer<typeof intakeSchema>;
export type PatientDetails = z.infer<typeof patientDetailsSchema>;
export type PatientDetailsInput = z.input<typeof patientDetailsSchema>;
export type BookingRequest = z.infer<typeof bookingRequestSchema>;

export const cancelBookingSchema = z
  .object({ reason: z.string().trim().max(500, 'Keep it under 500 characters.').optional() })
  .strict();

export const rescheduleBookingSchema = z
  .object({
    start: slotStartSchema,
    practitioner: z.uuid().nullable().optional(),
  })
  .strict();

/** Client-chosen key that makes POST /api/v1/bookings and the booking action safe to retry. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,200}$/;
export const idempotencyKeySchema = z
  .string({ error: 'Send an Idempotency-Key header.' })
  .regex(IDEMPOTENCY_KEY_PATTERN, 'Use 8–200 letters, digits, "-" or "_" as the Idempotency-Key.');

/** The widest date range one availability request may cover, both ends included. */
export const MAX_AVAILABILITY_DAYS = 62;

const DAY_MS = 86_400_000;
const localDate = (label: string) =>
  z.iso.date({ error: `Give ${label} as a date like 2026-11-23.` });

/** Query of GET /api/v1/availability and the booking page's search params. */
export const availabilityQuerySchema = z
  .object({
    service: bookingRequestSchema.shape.service,
    practitioner: z.uuid('Unknown practitioner.').nullable().default(null),
    from: localDate('from'),
    to: localDate('to'),
  })
  .strict()
  .superRefine((q, ctx) => {
    // Both are valid calendar dates here, so UTC arithmetic counts whole days exactly.
    const days = (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS + 1;
    if (days < 1)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The end date must not be before the start date.',
      });
    else if (days > MAX_AVAILABILITY_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `Ask for at most ${MAX_AVAILABILITY_DAYS} days at a time.`,
      });
    }
  });
export type AvailabilityQueryInput = z.input<typeof availabilityQuerySchema>;
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;
