import { z } from './zod';
import { PARTS_OF_DAY } from '@/db/schema/waitlist';
import { patientDetailsSchema } from './booking';
import { serviceSlugField, weekdaysField } from './fields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The waitlist form, for patients online and for staff taking a request by phone. */
export const waitlistJoinSchema = z
  .object({
    service: serviceSlugField(),
    /** A practitioner id, or "any". */
    practitioner: z.union([z.literal('any'), z.uuid('Choose a practitioner or “Anyone”.')]),
    weekdays: weekdaysField('Choose at least one day.'),
    partsOfDay: z.array(z.enum(PARTS_OF_DAY)).min(1, 'Choose at least one part of the day.').max(3),
    latestDate: z
      .string()
      .regex(DATE, 'Enter a date.')
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'Enter a real date.'),
    name: patientDetailsSchema.shape.name,
    email: patientDetailsSchema.shape.email,
    phone: patientDetailsSchema.shape.phone,
    consent: z.literal(true, {
      error: 'Please agree that we may e-mail you when a time opens.',
    }),
  })
  .strict();

export type WaitlistJoinInput = z.input<typeof waitlistJoinSchema>;
export type WaitlistJoin = z.infer<typeof waitlistJoinSchema>;

/** A staff member offering one open time to one entry by hand. */
export const manualOfferSchema = z
  .object({
    entryId: z.uuid(),
    practitionerId: z.uuid('Choose a practitioner.'),
    start: z.iso.datetime({ offset: true, error: 'Choose a time from the list.' }),
  })
  .strict();

/** The front desk pausing, resuming or removing one entry. */
export const waitlistEntryChangeSchema = z
  .object({ entryId: z.uuid(), change: z.enum(['pause', 'resume', 'leave']) })
  .strict();
