import { UUID } from '@/lib/validations/uuid';
import { z } from '@/lib/validations/zod';

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
