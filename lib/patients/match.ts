import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Transaction } from '@/db';
import { patients } from '@/db/schema';
import { toE164 } from '@/lib/phone';

/** Thrown inside a booking when its patient was erased meanwhile; the booking rolls back. */
export class PatientGoneError extends Error {
  constructor() {
    super('patient erased or merged away during the booking');
    this.name = 'PatientGoneError';
  }
}

/**
 * The patient an online booking belongs to: the record with this e-mail (lower-cased by the
 * schema) *and* this name (case-insensitive), created when there is none. The same address under
 * another name is another person (a parent booking for a child, a couple sharing an inbox), so
 * nobody is filed under someone else's record. An existing record's phone is left alone: an
 * anonymous form must not rewrite it; the appointment keeps what was typed.
 */
export async function findOrCreatePatient(
  tx: Transaction,
  details: { name: string; email: string; phone: string },
  /**
   * What to do when a parallel transaction created the same patient after this statement began:
   * read their row (FOR SHARE), or throw PatientRaced so the caller's transaction can start again.
   * A booking throws: by then its diary lock is already queued behind this statement, and the
   * look-up would wait for a patient row while holding a diary.
   */
  raced: 'look-up' | 'throw' = 'look-up',
): Promise<string> {
  // FOR SHARE: an erasure running now (it locks the row FOR UPDATE) either finishes first, and the
  // anonymised row no longer matches, or waits until this booking is committed and then erases
  // it too. Either way no new intake lands on an erased record.
  const byEmailAndName = () =>
    tx
      .select({ id: patients.id })
      .from(patients)
      .where(
        and(
          eq(patients.email, details.email),
          sql`lower(${patients.name}) = lower(${details.name})`,
          isNull(patients.erasedAt),
        ),
      )
      .limit(1)
      .for('share');
  // Find and create in one statement (one round trip: a booking runs it while it holds its
  // diary's turn); the insert only happens when the look-up found nobody.
  const result = await tx.execute<{ id: string }>(sql`
    with found as (
      select ${patients.id} as id from ${patients}
      where ${patients.email} = ${details.email}
        and lower(${patients.name}) = lower(${details.name})
        and ${patients.erasedAt} is null
      limit 1
      for share
    ), created as (
      insert into ${patients} (name, email, phone)
      select ${details.name}, ${details.email}, ${toE164(details.phone)}
      where not exists (select 1 from found)
      on conflict do nothing
      returning id
    )
    select id from found union all select id from created`);
  // postgres.js answers an array, PGlite { rows }.
  const rows: Array<{ id: string }> = Array.isArray(result)
    ? (result as Array<{ id: string }>)
    : (result as { rows: Array<{ id: string }> }).rows;
  const [row] = rows;
  if (row?.id) return row.id;
  // Someone else's transaction created them after this statement's snapshot; theirs is committed now.
  if (raced === 'throw') throw new PatientRaced();
  const [found] = await byEmailAndName();
  if (!found) throw new Error('patient vanished after a unique e-mail and name conflict');
  return found.id;
}

/** A parallel transaction created the same patient first: start the transaction again. */
export class PatientRaced extends Error {}

/**
 * Holds a chosen patient's row until the booking commits (FOR SHARE): an erasure or a merge
 * (FOR UPDATE) waits for this booking, or finished first, in which case the patient is gone.
 */
export async function holdPatient(tx: Transaction, patientId: string): Promise<void> {
  const [row] = await tx
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.id, patientId), isNull(patients.erasedAt)))
    .for('share');
  if (!row) throw new PatientGoneError();
}
