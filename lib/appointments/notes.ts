import 'server-only';
import type { z } from 'zod';
import { db } from '@/db';
import { lockAppointmentForChange } from '@/db/queries/schedule-appointment';
import { appointmentNotes } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import { canReadClinical, type StaffPrincipal } from '@/lib/auth/roles';
import { failure, NOT_FOUND } from './result';
import type { clinicalNoteSchema } from './validation';

/**
 * Adds a clinical note: only the appointment's own practitioner or an admin (the people who may
 * read notes). The audit row records that a note was written, never what it says.
 */
export async function addClinicalNote(
  staff: StaffPrincipal,
  input: z.infer<typeof clinicalNoteSchema>,
): Promise<ActionResult<{ noteId: string }>> {
  return db.transaction(async (tx) => {
    // Locked so a note can't land on an appointment that is being reassigned to someone else.
    const row = await lockAppointmentForChange(tx, input.appointmentId);
    if (!row) return failure(NOT_FOUND);
    if (!canReadClinical(staff, row.practitionerId)) {
      return failure('Only the treating practitioner or an admin can add clinical notes.');
    }
    const [note] = await tx
      .insert(appointmentNotes)
      .values({ appointmentId: row.id, authorStaffId: staff.id, body: input.body })
      .returning({ id: appointmentNotes.id });
    if (!note) throw new Error('note insert returned no row');
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: 'appointment.note_add',
        entityType: 'appointment',
        entityId: row.id,
        // No patient id: the appointment links to the patient, and erasure pseudonymises patient ids.
        details: { noteId: note.id },
      },
      tx,
    );
    return { ok: true, data: { noteId: note.id } };
  });
}
