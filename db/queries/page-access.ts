import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { appointments } from '@/db/schema';

/** Whose diary an appointment is in (null when there is no such appointment). */
export async function appointmentPractitionerId(appointmentId: string): Promise<string | null> {
  const [row] = await db
    .select({ practitionerId: appointments.practitionerId })
    .from(appointments)
    .where(eq(appointments.id, appointmentId));
  return row?.practitionerId ?? null;
}
