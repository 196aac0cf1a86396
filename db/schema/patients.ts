import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** What an erased patient's row holds instead of their details (lib/patients/erase.ts). */
export const ERASED_PATIENT_NAME = 'Erased patient';
export const ERASED_EMAIL_DOMAIN = 'erased.invalid';

/**
 * Patients have no account. An online booking is matched by e-mail *and* name (case-insensitive),
 * so a parent booking for a child, or a couple sharing an address, are two records
 * (lib/patients/match.ts). The front desk may keep a patient with a phone number only: no e-mail
 * is then ever sent. An erased patient keeps the row (appointments and the schedule still refer to
 * it) with placeholders instead of their details: a random address under the reserved `.invalid`
 * domain, so no message can ever reach anyone.
 */
export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** Lower-cased; null for a patient the clinic reaches by phone only. */
    email: text('email'),
    phone: text('phone').notNull(),
    /** Typed by staff when known; never asked online. */
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    /**
     * E-mail addresses and phone numbers of records merged into this one that differed from its
     * own (lib/patients/merge.ts): kept so a merge loses nothing; shown on the patient record.
     */
    otherContacts: text('other_contacts')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when an admin erased the patient's personal data (GDPR-style request). */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [
    // One record per person behind an address: the same e-mail under another name is another person.
    uniqueIndex('patients_email_name_unique').on(t.email, sql`lower(${t.name})`),
    check('patients_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('patients_reachable', sql`${t.email} is not null or ${t.phone} <> ''`),
    check(
      'patients_erased_anonymous',
      sql`${t.erasedAt} is null or (${t.name} = 'Erased patient' and ${t.phone} = '' and ${t.email} like 'erased-%@erased.invalid' and cardinality(${t.otherContacts}) = 0)`,
    ),
    // Trigram indexes (pg_trgm, migration 0006) serve the staff directory's ILIKE '%…%' search.
    index('patients_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('patients_email_trgm_idx').using('gin', t.email.op('gin_trgm_ops')),
    index('patients_phone_trgm_idx').using('gin', t.phone.op('gin_trgm_ops')),
    // The contacts kept from merged records, as one text (an IMMUTABLE wrapper of array_to_string,
    // migration 0020), so an old number or address still finds the patient by the same search.
    index('patients_other_contacts_trgm_idx').using(
      'gin',
      sql`patient_other_contacts_text(${t.otherContacts}) gin_trgm_ops`,
    ),
  ],
);

export type Patient = typeof patients.$inferSelect;
export type NewPatient = typeof patients.$inferInsert;
