import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** What an erased patient's row holds instead of their details (lib/patients/erase.ts). */
export const ERASED_PATIENT_NAME = 'Erased patient';
export const ERASED_EMAIL_DOMAIN = 'erased.invalid';

/**
 * Patients have no account; they are matched by e-mail (stored lower-cased). An erased patient
 * keeps the row (appointments and the schedule still refer to it) with placeholders instead of
 * their details: a random address under the reserved `.invalid` domain, so the unique e-mail
 * index still holds and no message can ever reach anyone.
 */
export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when an admin erased the patient's personal data (GDPR-style request). */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('patients_email_unique').on(t.email),
    check('patients_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check(
      'patients_erased_anonymous',
      sql`${t.erasedAt} is null or (${t.name} = 'Erased patient' and ${t.phone} = '' and ${t.email} like 'erased-%@erased.invalid')`,
    ),
    // Trigram indexes (pg_trgm, migration 0006) serve the staff directory's ILIKE '%…%' search.
    index('patients_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('patients_email_trgm_idx').using('gin', t.email.op('gin_trgm_ops')),
    index('patients_phone_trgm_idx').using('gin', t.phone.op('gin_trgm_ops')),
  ],
);

export type Patient = typeof patients.$inferSelect;
export type NewPatient = typeof patients.$inferInsert;
