import { z } from '@/lib/validations/zod';

/** The admin's "close the clinic" form: a day, a range of days, or part of one day. */

const date = (label: string) => z.iso.date({ error: `Enter ${label} as a date.` });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 13:00.');

export const closureFormSchema = z
  .object({
    kind: z.enum(['day', 'range', 'part'], { error: 'Choose what to close.' }),
    date: date('the day'),
    endDate: z.union([z.literal(''), date('the last day')]).optional(),
    startTime: z.union([z.literal(''), clock]).optional(),
    endTime: z.union([z.literal(''), clock]).optional(),
    reason: z
      .string()
      .trim()
      .min(3, 'Say why, in words patients will see (e.g. “Closed for the holidays”).')
      .max(200, 'Keep the reason under 200 characters.'),
    /** Bookings fall inside: the admin has seen the list and closes anyway. */
    acknowledgeBookings: z.boolean().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'range') {
      if (!v.endDate)
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Enter the last day.' });
      else if (v.endDate < v.date)
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'The last day must not be before the first.',
        });
    }
    if (v.kind === 'part') {
      if (!v.startTime)
        ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'Enter when it starts.' });
      if (!v.endTime)
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Enter when it ends.' });
      else if (v.startTime && v.endTime <= v.startTime)
        ctx.addIssue({
          code: 'custom',
          path: ['endTime'],
          message: 'The end must be after the start.',
        });
    }
  });
export type ClosureFormInput = z.input<typeof closureFormSchema>;

export const removeClosureSchema = z.object({ closureId: z.uuid('Unknown closure.') }).strict();
