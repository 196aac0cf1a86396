import 'server-only';
import { and, eq, gte, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db';
import { sqlState } from '@/db/client';
import type { Transaction } from '@/db';
import { patientOutboxFilter } from '@/db/queries/patient-export';
import { appointments, outbox, patients } from '@/db/schema';
import { assertRecipient } from '@/lib/email/address';
import { fail, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { logger } from '@/lib/logger';
import { forbidden, hasRole } from '@/lib/staff/permissions';
import type { editPatientSchema } from '@/lib/validations/patients';
import { toE164 } from '@/lib/phone';

const SAME_PERSON =
  'Another record has this name and e-mail. If it is the same person, merge the two records instead.';

/**
 * Corrects a patient's name, e-mail, phone and date of birth (admin and front desk). The audit
 * row and the log name the fields that changed, never their old or new values. Upcoming bookings
 * that carried the old name or phone as typed get the corrected one, so their e-mails greet the
 * patient by the right name; what other bookings typed is left alone.
 */
export async function editPatient(
  staff: StaffPrincipal,
  input: z.infer<typeof editPatientSchema>,
  now = new Date(),
): Promise<ActionResult<{ patientId: string; changed: string[] }>> {
  if (!hasRole(staff, ['admin', 'front_desk'])) return forbidden();
  const next = {
    name: input.name,
    email: input.email || null,
    phone: toE164(input.phone),
    dateOfBirth: input.dateOfBirth || null,
  };
  try {
    const result = await db.transaction(async (tx) => {
      const [current] = await tx
        .select({
          id: patients.id,
          name: patients.name,
          email: patients.email,
          phone: patients.phone,
          dateOfBirth: patients.dateOfBirth,
          erasedAt: patients.erasedAt,
        })
        .from(patients)
        .where(eq(patients.id, input.patientId))
        .for('update');
      if (!current) return fail('That patient no longer exists.');
      if (current.erasedAt)
        return fail('This patient’s data was erased; there is nothing to edit.');
      const changed = (Object.keys(next) as Array<keyof typeof next>).filter(
        (k) => next[k] !== current[k],
      );
      if (changed.length === 0)
        return { ok: true as const, data: { patientId: current.id, changed } };
      await tx
        .update(patients)
        .set({ ...next, updatedAt: now })
        .where(eq(patients.id, current.id));
      // Upcoming bookings that carried the old (mistyped) value take the correction.
      const upcoming = and(
        eq(appointments.patientId, current.id),
        inArray(appointments.status, ['booked', 'confirmed']),
        gte(appointments.startsAt, now),
      );
      if (changed.includes('name'))
        await tx
          .update(appointments)
          .set({ patientName: next.name })
          .where(and(upcoming, eq(appointments.patientName, current.name)));
      const requeued = changed.includes('email')
        ? await readdressPendingMail(tx, current.id, current.email, next.email, now)
        : 0;
      if (changed.includes('phone'))
        await tx
          .update(appointments)
          .set({ patientPhone: next.phone })
          .where(and(upcoming, eq(appointments.patientPhone, current.phone)));
      await writeAudit(
        {
          actorStaffId: staff.id,
          action: 'patient.update',
          entityType: 'patient',
          entityId: current.id,
          details: {
            fields: changed.join(','),
            ...(requeued ? { messagesReaddressed: requeued } : {}),
          },
        },
        tx,
      );
      return { ok: true as const, data: { patientId: current.id, changed } };
    });
    if (result.ok && result.data.changed.length > 0)
      logger.info('patient details corrected', {
        fields: result.data.changed.join(','),
        staffUserId: staff.id,
      });
    return result;
  } catch (error) {
    // patients_email_name_unique: that name and e-mail belong to another record.
    if (sqlState(error) === '23505') return fail(SAME_PERSON, { email: [SAME_PERSON] });
    throw error;
  }
}

/**
 * Mail still waiting for the old address (confirmations, reminders, waitlist offers) goes to the
 * corrected one instead; with the address removed it is voided, since nobody can receive it.
 * Messages already being sent, or sent, are left as they are. Returns how many were changed.
 */
async function readdressPendingMail(
  tx: Transaction,
  patientId: string,
  oldEmail: string | null,
  newEmail: string | null,
  now: Date,
): Promise<number> {
  if (!oldEmail) return 0;
  const waiting = and(
    patientOutboxFilter(patientId),
    eq(outbox.status, 'pending'),
    eq(outbox.recipient, oldEmail),
  );
  const rows = await tx
    .update(outbox)
    .set(
      newEmail
        ? { recipient: assertRecipient(newEmail), updatedAt: now }
        : { status: 'void', lastError: 'the patient’s e-mail address was removed', updatedAt: now },
    )
    .where(waiting)
    .returning({ id: outbox.id });
  return rows.length;
}
