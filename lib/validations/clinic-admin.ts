import { lineList } from './lines';
import { UUID } from './fields';
import { z } from './zod';
import { emailField } from './email';

/** Clinic settings, opening hours, practitioners and services (admin forms). */

export const uuidSchema = z.string().regex(UUID, 'Unknown record.');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A real IANA time zone name, as this runtime's Intl knows it ('America/Los_Angeles'). */
export function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `Enter ${label} as a whole number.` })
    .int(`Enter ${label} as a whole number.`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} must be at least ${min}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be at most ${max}.`);

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters.`);

export const clinicSettingsSchema = z.object({
  name: text('the clinic’s name', 120),
  timeZone: z
    .string()
    .trim()
    .refine(isIanaTimeZone, 'Enter an IANA time zone such as America/Los_Angeles.'),
  addressLine1: text('the street address', 200),
  addressLine2: z.string().trim().max(200, 'Use at most 200 characters.'),
  city: text('the city', 100),
  region: text('the state or region', 100),
  postalCode: text('the postal code', 20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Use the two-letter country code, e.g. US.'),
  phone: z
    .string()
    .trim()
    .min(7, 'Enter the clinic’s phone number.')
    .max(30, 'That phone number is too long.')
    .regex(/^\+?[0-9 ().-]+$/, 'Use digits, spaces and + ( ) - only.'),
  email: emailField('Enter the clinic’s e-mail address.'),
  minNoticeMinutes: int('the minimum notice', 0, 10_080),
  bookingHorizonDays: int('the booking horizon', 1, 365),
  slotStepMinutes: int('the slot step', 5, 120),
  cancellationCutoffHours: int('the cancellation cut-off', 0, 168),
  /** Waitlist: entries offered a freed time at once, and how long each offer stays open. */
  waitlistBatchSize: int('the waitlist batch size', 1, 20).default(3),
  waitlistOfferMinutes: int('the waitlist offer time', 5, 2880).default(120),
  /** One insurer (plan) per line, for the fees page. */
  insurers: lineList('insurers', { maxLines: 30, maxLength: 120 }).default(''),
  insuranceNote: z.string().trim().max(1000, 'Keep this under 1,000 characters.').default(''),
  offersSuperbills: z.boolean().default(true),
  paymentMethods: lineList('ways to pay', { maxLines: 10, maxLength: 80 }).default(''),
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Weekly intervals in clinic-local time ('HH:mm'); used for opening hours and working hours. */
export const weeklyHoursSchema = z
  .array(
    z
      .object({
        weekday: z.number().int().min(1).max(7),
        start: z.string().regex(TIME, 'Use a time like 09:00.'),
        end: z.string().regex(TIME, 'Use a time like 17:30.'),
      })
      .refine((r) => r.end > r.start, {
        message: 'The end must be after the start.',
        path: ['end'],
      }),
  )
  .max(28, 'At most 28 intervals a week.')
  .superRefine((rows, ctx) => {
    rows.forEach((row, i) => {
      const clash = rows.findIndex(
        (other, j) =>
          j !== i &&
          other.weekday === row.weekday &&
          other.start < row.end &&
          row.start < other.end,
      );
      if (clash !== -1 && clash < i) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'start'],
          message: 'This overlaps another interval on the same day.',
        });
      }
    });
  });

export const openingHoursSchema = z.object({ hours: weeklyHoursSchema });
export const workingHoursSchema = z.object({
  practitionerId: uuidSchema,
  hours: weeklyHoursSchema,
});

export const practitionerSchema = z.object({
  /** '' creates a new practitioner. */
  id: z.union([z.literal(''), uuidSchema]),
  slug: z
    .string()
    .trim()
    .regex(SLUG, 'Use lower-case letters, digits and single hyphens, e.g. maya-okafor.')
    .max(80),
  name: text('their name', 120),
  title: text('their title, e.g. DC', 120),
  bio: z.string().trim().max(4000, 'Keep the bio under 4,000 characters.'),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'Use a colour like #2f6f7e.'),
  active: z.boolean(),
  sortOrder: int('the order', 0, 1000),
  serviceIds: z.array(uuidSchema).max(100),
  credentials: lineList('credentials', { maxLines: 10, maxLength: 160 }).default(''),
  interests: lineList('interests', { maxLines: 10, maxLength: 160 }).default(''),
});

/** Server actions accept at most 1 MB, so the browser shrinks a photo before sending it. */
export const MAX_PHOTO_UPLOAD_BYTES = 1024 * 1024;

export const practitionerPhotoSchema = z.object({
  practitionerId: uuidSchema,
  photo: z
    .instanceof(Blob, { error: 'Choose a photo to upload.' })
    .refine((b) => b.size > 0, 'Choose a photo to upload.')
    .refine((b) => b.size <= MAX_PHOTO_UPLOAD_BYTES, 'That photo is too large to send.'),
});

export const serviceSchema = z.object({
  id: z.union([z.literal(''), uuidSchema]),
  slug: z.string().trim().regex(SLUG, 'Use lower-case letters, digits and single hyphens.').max(80),
  name: text('the therapy’s name', 120),
  summary: text('a one-line summary', 400),
  description: z.string().trim().max(20_000, 'Keep the description under 20,000 characters.'),
  evidence: z
    .string()
    .trim()
    .max(600, 'Keep it to one or two sentences (600 characters).')
    .default(''),
  contraindications: lineList('reasons', { maxLines: 15, maxLength: 240 }).default(''),
  commonRisks: lineList('common risks', { maxLines: 10, maxLength: 240 }).default(''),
  rareRisks: lineList('rare risks', { maxLines: 10, maxLength: 240 }).default(''),
  durationMinutes: int('the duration', 5, 480),
  /** Dollars and cents, e.g. 75 or 99.5. */
  price: z
    .number({ error: 'Enter the price in dollars.' })
    .min(0, 'The price can’t be negative.')
    .max(100_000, 'That price is too high.')
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'Use at most two decimals.'),
  bufferBeforeMinutes: int('the buffer before', 0, 240),
  bufferAfterMinutes: int('the buffer after', 0, 240),
  active: z.boolean(),
  requiresConsultation: z.boolean(),
  sortOrder: int('the order', 0, 1000),
});

export const calendarTokenSchema = z.object({
  practitionerId: uuidSchema,
  revoke: z.boolean().optional(),
});

export type ClinicSettingsInput = z.input<typeof clinicSettingsSchema>;
export type ClinicSettingsValues = z.output<typeof clinicSettingsSchema>;
export type WeeklyHours = z.output<typeof weeklyHoursSchema>;
export type PractitionerInput = z.input<typeof practitionerSchema>;
export type PractitionerValues = z.output<typeof practitionerSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;
export type ServiceValues = z.output<typeof serviceSchema>;

/** Removing one practitioner's photo. */
export const practitionerRefSchema = z.object({ practitionerId: uuidSchema });

/** An admin re-queueing one dead-lettered message from the Outbox page. */
export const outboxRetrySchema = z.object({ messageId: z.uuid() }).strict();
