import { z } from './zod';
import { optionalEmailField } from './email';

/** The public "ask us to call you back" form: zodResolver in the browser, safeParse on the server. */

export const PREFERRED_TIMES = {
  any: 'Any time we are open',
  morning: 'Morning (before noon)',
  afternoon: 'Afternoon (noon to 5 pm)',
  evening: 'Early evening (after 5 pm, Monday to Thursday)',
} as const;

const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...Array<keyof T & string>];

const CONTACT_MISSING = 'Give us a phone number or an e-mail address (or both).';

export const callbackRequestSchema = z
  .object({
    name: z.string().trim().min(2, 'Tell us your name.').max(120, 'Use at most 120 characters.'),
    phone: z
      .string()
      .trim()
      .max(30, 'That phone number is too long.')
      .refine((v) => v === '' || (/^\+?[0-9 ().-]+$/.test(v) && v.replace(/\D/g, '').length >= 7), {
        message: 'Enter a phone number with at least 7 digits (digits, spaces and + ( ) - only).',
      }),
    email: optionalEmailField(),
    preferredTime: z.enum(keys(PREFERRED_TIMES), { error: 'Choose when suits you.' }),
    message: z.string().trim().max(1000, 'Keep it under 1,000 characters.'),
    consent: z.literal(true, {
      error: 'Please agree so we can store your request and contact you.',
    }),
    /** Honeypot: hidden from people, filled in by form-filling bots. Any value is accepted here and dropped by the server. */
    website: z.string().max(500),
    /** Signed time the form was shown (lib/messages/form-token.ts). */
    formToken: z.string().max(200),
  })
  .superRefine(
    (v, ctx) => {
      // Runs even when other fields failed (see `when`), so fields may still hold raw input.
      const given = (x: unknown) => typeof x === 'string' && x.trim() !== '';
      if (!given(v.phone) && !given(v.email)) {
        ctx.addIssue({ code: 'custom', path: ['phone'], message: CONTACT_MISSING });
        ctx.addIssue({ code: 'custom', path: ['email'], message: CONTACT_MISSING });
      }
    },
    // Report the missing contact together with the other errors, not only after they are fixed.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export type CallbackRequestInput = z.input<typeof callbackRequestSchema>;
export type CallbackRequestValues = z.output<typeof callbackRequestSchema>;

/** A step on a call-back in the staff inbox: a status (booked comes from booking), a note, or both. */
export const callbackStepSchema = z
  .object({
    requestId: z.uuid('Unknown request.'),
    status: z
      .enum(['new', 'called_back', 'left_voicemail', 'closed'], { error: 'Choose a status.' })
      .optional(),
    note: z.string().trim().max(1000, 'Keep the note under 1,000 characters.').optional(),
  })
  .strict();
