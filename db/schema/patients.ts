import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Patients have no account; they are matched by e-mail (stored lower-cased). */
export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('patients_email_unique').on(t.email),
    check('patients_email_lowercase', sql`${t.email} = lower(${t.email})`),
    // Trigram indexes (pg_trgm, migration 0006) serve the staff directory's ILIKE '%…%' search.
    index('patients_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('patients_email_trgm_idx').using('gin', t.email.op('gin_trgm_ops')),
    index('patients_phone_trgm_idx').using('gin', t.phone.op('gin_trgm_ops')),
  ],
);

export type Patient = typeof patients.$inferSelect;
export type NewPatient = typeof patients.$inferInsert;
