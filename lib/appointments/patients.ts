import 'server-only';
import type { z } from 'zod';
import { db } from '@/db';
import { patients } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { failure } from './result';
import type { newPatientSchema } from './validation';

export const DUPLICATE_EMAIL = 'A patient with this e-mail already exists.';

/** A new patient record from the phone; an e-mail that is already on file is refused, not merged. */
export async function createPatient(
  staff: StaffPrincipal,
  input: z.infer<typeof newPatientSchema>,
): Promise<ActionResult<{ patientId: string }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(patients)
      .values(input)
      .onConflictDoNothing({ target: patients.email })
      .returning({ id: patients.id });
    if (!row)
      return failure(`${DUPLICATE_EMAIL} Find them by e-mail instead.`, {
        email: [DUPLICATE_EMAIL],
      });
    await writeAudit(
      { actorStaffId: staff.id, action: 'patient.create', entityType: 'patient', entityId: row.id },
      tx,
    );
    return { ok: true, data: { patientId: row.id } };
  });
}
