import { z } from '@/lib/validations/zod';
import { serviceSlugField } from './fields';

/**
 * The staff schedule's form schemas: each is used by zodResolver in the browser and by the
 * staffAction wrapper on the server. Messages speak to staff about a patient, not to the patient.
 */

const appointmentId = z.uuid('Unknown appointment.');
const isoStart = z.iso.datetime({ offset: true, error: 'Choose a time from the list.' });

/** The one-button changes (lib/appointments/status-table.ts: BUTTON_CHANGES). */
export const statusChangeSchema = z
  .object({
    appointmentId,
    change: z.enum(['confirm', 'check_in', 'complete', 'no_show'], { error: 'Unknown change.' }),
  })
  .strict();

/** Undoing a mistaken check-in, no-show or completion: a reason from the list (UNDO_REASONS). */
export const undoFormSchema = z
  .object({
    reason: z.enum(
      ['wrong_appointment', 'patient_not_here', 'arrived_late', 'visit_not_finished'],
      {
        error: 'Choose why it is undone.',
      },
    ),
  })
  .strict();
export const undoStatusSchema = undoFormSchema
  .extend({
    appointmentId,
    change: z.enum(['undo_check_in', 'undo_no_show', 'undo_complete'], {
      error: 'Unknown change.',
    }),
  })
  .strict();

export const cancelReasonField = z
  .string()
  .trim()
  .min(3, 'Say why it is cancelled (at least 3 characters).')
  .max(500, 'Keep the reason under 500 characters.');
export const cancelFormSchema = z.object({ reason: cancelReasonField }).strict();
export const cancelAppointmentSchema = cancelFormSchema.extend({ appointmentId }).strict();

export const rescheduleSchema = z
  .object({
    appointmentId,
    start: isoStart,
    /** Omitted: stay with the same practitioner. */
    practitionerId: z.uuid('Unknown practitioner.').optional(),
  })
  .strict();

export const noteBodyField = z
  .string()
  .trim()
  .min(1, 'Write the note first.')
  .max(5000, 'Keep a note under 5,000 characters.');
export const noteFormSchema = z.object({ body: noteBodyField }).strict();
export const clinicalNoteSchema = noteFormSchema.extend({ appointmentId }).strict();

export const staffBookingSchema = z
  .object({
    patientId: z.uuid('Choose a patient first.'),
    service: serviceSlugField(),
    /** Null: the first practitioner available at that time. */
    practitioner: z.uuid('Unknown practitioner.').nullable(),
    start: isoStart,
    /** What the desk notes for the visit (seen by the practitioner with the intake). */
    notes: z.string().trim().max(1000, 'Keep the notes under 1,000 characters.').optional(),
    /** "Book this caller": the call-back request the booking answers. */
    callbackRequestId: z.uuid('Unknown call-back request.').optional(),
    /** One per rendering of the form: a second submit of it answers with the first booking. */
    requestKey: z.uuid('Reload the page and try again.'),
  })
  .strict();

/** A clinic wall-clock time as typed into <input type="datetime-local">. */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time.');

export const timeOffFormSchema = z
  .object({
    practitionerId: z.uuid('Choose a practitioner.'),
    start: localDateTime,
    end: localDateTime,
    reason: z.string().trim().max(200, 'Keep the reason under 200 characters.'),
  })
  .strict()
  // Same zone and same format: string order is time order (the server re-checks on instants).
  .refine((v) => v.end > v.start, { path: ['end'], message: 'The end must be after the start.' });
export type TimeOffFormInput = z.input<typeof timeOffFormSchema>;

export const removeTimeOffSchema = z.object({ timeOffId: z.uuid('Unknown time off.') }).strict();
