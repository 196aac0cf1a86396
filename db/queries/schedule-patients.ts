import 'server-only';
import { and, asc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { patients } from '@/db/schema';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Patients whose name or e-mail contains the text, or whose phone contains its digits (so
 * "503 555 0101", "(503) 555-0101" and "5035550101" all find +1 503-555-0101).
 */
export async function searchPatients(query: string, limit = 10) {
  const text = query.trim();
  if (text.length < 2) return [];
  const pattern = `%${escapeLike(text)}%`;
  const digits = text.replace(/\D/g, '');
  return db
    .select({ id: patients.id, name: patients.name, email: patients.email, phone: patients.phone })
    .from(patients)
    .where(
      and(
        // Erased patients can't be booked or contacted: they are not found at the desk.
        isNull(patients.erasedAt),
        or(
          ilike(patients.name, pattern),
          ilike(patients.email, pattern),
          digits.length >= 3
            ? sql`regexp_replace(${patients.phone}, '[^0-9]', '', 'g') like ${`%${digits}%`}`
            : undefined,
        ),
      ),
    )
    .orderBy(asc(patients.name))
    .limit(limit);
}

export async function loadPatientContact(patientId: string) {
  const [row] = await db
    .select({ id: patients.id, name: patients.name, email: patients.email, phone: patients.phone })
    .from(patients)
    .where(and(eq(patients.id, patientId), isNull(patients.erasedAt)))
    .limit(1);
  return row ?? null;
}
