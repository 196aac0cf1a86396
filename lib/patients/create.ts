import 'server-only';
import type { z } from 'zod';
import { db } from '@/db';
import { patients } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import type { newPatientSchema } from '@/lib/validations/patients';
import { toE164 } from '@/lib/phone';

export const ALREADY_ON_FILE =
  'A patient with this name and e-mail is already on file. Find them instead.';

/**
 * A new patient record from the phone or the desk. The e-mail is optional (no e-mail: no messages,
 * ever). The same e-mail under another name is another person and gets its own record; the same
 * name and e-mail is refused, so the desk books the existing record instead of a copy.
 */
export async function createPatient(
  staff: StaffPrincipal,
  input: z.infer<typeof newPatientSchema>,
): Promise<ActionResult<{ patientId: string }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(patients)
      .values({
        name: input.name,
        email: input.email || null,
        phone: toE164(input.phone),
        dateOfBirth: input.dateOfBirth || null,
      })
      .onConflictDoNothing()
      .returning({ id: patients.id });
    if (!row)
      return { ok: false, formError: ALREADY_ON_FILE, fieldErrors: { email: [ALREADY_ON_FILE] } };
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: 'patient.create',
        entityType: 'patient',
        entityId: row.id,
        details: { email: input.email !== '', dateOfBirth: !!input.dateOfBirth },
      },
      tx,
    );
    return { ok: true, data: { patientId: row.id } };
  });
}
