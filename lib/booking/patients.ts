import 'server-only';
import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db';
import { patients } from '@/db/schema';
import type { PatientDetails } from '@/lib/validations/booking';

/**
 * The patient with this e-mail (already lower-cased by the schema), created when new. An existing
 * patient's name and phone are left alone: an anonymous form must not be able to rewrite someone
 * else's record by typing their address; staff correct details in the dashboard.
 */
export async function findOrCreatePatient(
  tx: Transaction,
  details: PatientDetails,
): Promise<string> {
  // FOR SHARE: an erasure running now (it locks the row FOR UPDATE) either finishes first, and the
  // anonymised row no longer matches this e-mail, or waits until this booking is committed and
  // then erases it too. Either way no new intake lands on an erased record.
  const byEmail = () =>
    tx
      .select({ id: patients.id })
      .from(patients)
      .where(eq(patients.email, details.email))
      .limit(1)
      .for('share');
  const [existing] = await byEmail();
  if (existing) return existing.id;
  const [created] = await tx
    .insert(patients)
    .values({ name: details.name, email: details.email, phone: details.phone })
    .onConflictDoNothing({ target: patients.email })
    .returning({ id: patients.id });
  if (created) return created.id;
  // Someone else's transaction created them between our two statements; theirs is committed now.
  const [raced] = await byEmail();
  if (!raced) throw new Error('patient vanished after a unique-email conflict');
  return raced.id;
}
