import { z } from '@/lib/validations/zod';
import { optionalEmailField } from './email';
import { UUID } from './fields';

/**
 * The front desk's patient forms (new patient, correct details, merge two records): zodResolver
 * in the browser, staffAction on the server. E-mail is optional: a patient reached by phone only
 * is booked without one, and then no e-mail is ever sent.
 */

const name = z
  .string()
  .trim()
  .min(2, 'Enter the patient’s full name.')
  .max(120, 'Use at most 120 characters.');
const email = optionalEmailField();
const phone = z
  .string()
  .trim()
  .min(7, 'Enter a phone number the clinic can call.')
  .max(30, 'That phone number is too long.')
  .regex(/^\+?[0-9 ().-]+$/, 'Use digits, spaces and + ( ) - only.');
const dateOfBirth = z.union([
  z.literal(''),
  z.iso
    .date({ error: 'Enter the date of birth as a date, e.g. 1986-04-23.' })
    .refine((d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10), {
      message: 'Check the date of birth.',
    }),
]);

export const patientDetailsFormSchema = z
  .object({ name, email, phone, dateOfBirth: dateOfBirth.optional() })
  .strict();
export type PatientDetailsFormInput = z.input<typeof patientDetailsFormSchema>;

/** A new record from the phone or the desk. */
export const newPatientSchema = patientDetailsFormSchema;
export type NewPatientInput = PatientDetailsFormInput;

/** Correcting a record: every field, as it should read now. */
export const editPatientSchema = patientDetailsFormSchema
  .extend({ patientId: z.uuid('Unknown patient.') })
  .strict();

/** Two records of one person: `mergeId`'s appointments move to `keepId`, then it is removed. */
export const mergePatientsSchema = z
  .object({
    keepId: z.uuid('Unknown patient.'),
    mergeId: z.uuid('Choose the other record.'),
    confirm: z
      .string()
      .trim()
      .refine((v): boolean => v === 'MERGE', 'Type MERGE in capitals to confirm.'),
  })
  .strict()
  .refine((v) => v.keepId !== v.mergeId, {
    path: ['mergeId'],
    message: 'Choose another record than this one.',
  });
export type MergePatientsInput = z.infer<typeof mergePatientsSchema>;

/** Search as you type: name, e-mail or phone (formatting ignored). */
export const patientSearchSchema = z
  .object({ q: z.string().trim().max(100, 'Search with at most 100 characters.') })
  .strict();

/** The word the admin types to confirm an erasure: deliberate, and hard to do by accident. */
export const ERASE_CONFIRMATION_WORD = 'ERASE';

/** The erase form: used by zodResolver in the browser and by staffAction on the server. */
export const erasePatientSchema = z.object({
  patientId: z.string().regex(UUID, 'Unknown patient.'),
  confirmation: z
    .string()
    .trim()
    .refine(
      (v): boolean => v === ERASE_CONFIRMATION_WORD,
      `Type ${ERASE_CONFIRMATION_WORD} in capitals to confirm.`,
    ),
});

export type ErasePatientInput = z.infer<typeof erasePatientSchema>;
