import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db';
import { sqlState } from '@/db/client';
import { appointments, auditLog, callbackRequests, outbox, patients } from '@/db/schema';
import { fail, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { logger } from '@/lib/logger';
import { forbidden, hasRole } from '@/lib/staff/permissions';
import type { mergePatientsSchema } from '@/lib/validations/patients';

export interface MergeCounts {
  appointmentsMoved: number;
  messagesMoved: number;
  auditEntriesMoved: number;
}

/**
 * Two records of one person become one, in one transaction (admin and front desk): the other
 * record's appointments (and with them their intake and clinical notes), its e-mails and the audit
 * entries about it move to the kept record, which also takes any detail it lacks (an e-mail, a
 * date of birth) and keeps the other's differing e-mail and phone as other contact details; then
 * the other record is deleted. Both rows are locked in id order, so two
 * merges of the same pair cannot deadlock, and a booking for either waits or is refused cleanly.
 */
export async function mergePatients(
  staff: StaffPrincipal,
  input: z.infer<typeof mergePatientsSchema>,
  now = new Date(),
): Promise<ActionResult<MergeCounts & { patientId: string }>> {
  if (!hasRole(staff, ['admin', 'front_desk'])) return forbidden();
  try {
    return await merge(staff, input, now);
  } catch (error) {
    // The kept record's name with the other's e-mail belongs to a third record.
    if (sqlState(error) === '23505')
      return fail('A third record has this name and e-mail. Merge that one first.');
    throw error;
  }
}

async function merge(
  staff: StaffPrincipal,
  input: z.infer<typeof mergePatientsSchema>,
  now: Date,
): Promise<ActionResult<MergeCounts & { patientId: string }>> {
  const result = await db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: patients.id,
        email: patients.email,
        phone: patients.phone,
        otherContacts: patients.otherContacts,
        dateOfBirth: patients.dateOfBirth,
        erasedAt: patients.erasedAt,
      })
      .from(patients)
      .where(inArray(patients.id, [input.keepId, input.mergeId]))
      .orderBy(patients.id)
      .for('update');
    const keep = rows.find((r) => r.id === input.keepId);
    const merged = rows.find((r) => r.id === input.mergeId);
    if (!keep || !merged) return fail('One of the two records no longer exists. Reload the page.');
    if (keep.erasedAt || merged.erasedAt)
      return fail('An erased record can’t be merged: its details are gone.');

    const moved = await tx
      .update(appointments)
      .set({ patientId: keep.id, updatedAt: now })
      .where(eq(appointments.patientId, merged.id))
      .returning({ id: appointments.id });
    const messages = await tx
      .update(outbox)
      .set({ patientId: keep.id })
      .where(eq(outbox.patientId, merged.id))
      .returning({ id: outbox.id });
    const onRecord = await tx
      .update(auditLog)
      .set({ entityId: keep.id })
      .where(and(eq(auditLog.entityType, 'patient'), eq(auditLog.entityId, merged.id)))
      .returning({ id: auditLog.id });
    const inDetails = await tx
      .update(auditLog)
      .set({
        details: sql`(select jsonb_object_agg(e.key, case when e.value = to_jsonb(${merged.id}::text) then to_jsonb(${keep.id}::text) else e.value end) from jsonb_each(${auditLog.details}) e)`,
      })
      .where(
        sql`exists (select 1 from jsonb_each_text(${auditLog.details}) e where e.value = ${merged.id})`,
      )
      .returning({ id: auditLog.id });
    // Call-backs booked for the other record are this person's too.
    await tx
      .update(callbackRequests)
      .set({ patientId: keep.id })
      .where(eq(callbackRequests.patientId, merged.id));
    await tx.delete(patients).where(eq(patients.id, merged.id));
    // Blanks on the kept record are filled from the other (after the delete: no unique clash);
    // an e-mail or phone that differs from the kept one is kept as another contact detail.
    const contact = mergedContact(keep, merged);
    await tx
      .update(patients)
      .set({ ...contact, dateOfBirth: keep.dateOfBirth ?? merged.dateOfBirth, updatedAt: now })
      .where(eq(patients.id, keep.id));
    const counts: MergeCounts = {
      appointmentsMoved: moved.length,
      messagesMoved: messages.length,
      auditEntriesMoved: onRecord.length + inDetails.length,
    };
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: 'patient.merge',
        entityType: 'patient',
        entityId: keep.id,
        details: {
          mergedPatientId: merged.id,
          ...counts,
          otherContactsKept: contact.otherContacts.length - keep.otherContacts.length,
        },
      },
      tx,
    );
    return { ok: true as const, data: { ...counts, patientId: keep.id } };
  });
  if (result.ok) logger.info('patient records merged', { ...result.data, staffUserId: staff.id });
  return result;
}

interface Contact {
  email: string | null;
  phone: string;
  otherContacts: string[];
}

/**
 * The kept record's contact details after a merge: its own e-mail and phone, the other record's
 * where it had none, and every other address or number (the other's own and those it kept from
 * earlier merges) in `otherContacts`, once each. Nothing the two records held is dropped.
 */
export function mergedContact(keep: Contact, merged: Contact): Contact {
  const email = keep.email ?? merged.email;
  const phone = keep.phone || merged.phone;
  const others = [...keep.otherContacts];
  for (const value of [merged.email, merged.phone, ...merged.otherContacts]) {
    if (value && value !== email && value !== phone && !others.includes(value)) others.push(value);
  }
  return { email, phone, otherContacts: others };
}
