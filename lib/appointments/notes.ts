import 'server-only';
import type { z } from 'zod';
import { db } from '@/db';
import { lockAppointmentRow } from '@/db/queries/bookings';
import { appointmentNotes } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { canReadClinical, type StaffPrincipal } from '@/lib/auth/roles';
import type { clinicalNoteSchema } from '@/lib/validations/appointments';
import { forbidden, notFound, type Result } from './result';

/**
 * Adds a clinical note: only the appointment's own practitioner or an admin (the people who may
 * read notes). The audit row records that a note was written, never what it says.
 */
export async function addClinicalNote(
  staff: StaffPrincipal,
  input: z.infer<typeof clinicalNoteSchema>,
): Promise<Result<{ noteId: string }>> {
  return db.transaction(async (tx): Promise<Result<{ noteId: string }>> => {
    // Locked so a note can't land on an appointment that is being reassigned to someone else.
    const row = await lockAppointmentRow(tx, input.appointmentId);
    if (!row) return notFound();
    if (!canReadClinical(staff, row.practitionerId))
      return forbidden('Only the treating practitioner or an admin can add clinical notes.');
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
