import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appointments } from './appointments';
import { patients } from './patients';
import { practitioners } from './practitioners';
import { services } from './services';
import { staffUsers } from './staff';

/**
 * waiting → offered time until one is claimed (claimed) or the patient pauses (paused, back to
 * waiting when they resume) or leaves (left); an entry past its latest useful date expires quietly.
 */
export const waitlistEntryStatus = pgEnum('waitlist_entry_status', [
  'waiting',
  'paused',
  'claimed',
  'left',
  'expired',
]);

/** sent → claimed | expired (unclaimed in time) | superseded (someone else took the time first). */
export const waitlistOfferState = pgEnum('waitlist_offer_state', [
  'sent',
  'expired',
  'claimed',
  'superseded',
]);

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
export type WaitlistEntryStatus = (typeof waitlistEntryStatus.enumValues)[number];
export type WaitlistOfferState = (typeof waitlistOfferState.enumValues)[number];

/**
 * A patient waiting for a time (lib/waitlist). `seq` is the order they joined in: offers go to
 * the longest-waiting entries first. Contact details are the ones typed for the entry; the entry
 * belongs to a patient record (matched like a booking), so export and erasure find it.
 */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    /** Null: anyone who offers the therapy. */
    practitionerId: uuid('practitioner_id').references(() => practitioners.id, {
      onDelete: 'set null',
    }),
    /** ISO weekdays (1 = Monday … 7 = Sunday) that suit, in clinic time. */
    weekdays: smallint('weekdays').array().notNull(),
    partsOfDay: text('parts_of_day').array().notNull(),
    /** The last clinic-local date a time is still useful. */
    latestDate: date('latest_date', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** "Earlier than this one": a claim moves this appointment instead of booking another. */
    earlierThanAppointmentId: uuid('earlier_than_appointment_id').references(
      () => appointments.id,
      { onDelete: 'set null' },
    ),
    status: waitlistEntryStatus('status').notNull().default('waiting'),
    /** SHA-256 of the patient's private link to see, pause or leave the entry. */
    manageTokenHash: text('manage_token_hash').notNull(),
    manageExpiresAt: timestamp('manage_expires_at', { withTimezone: true }).notNull(),
    source: text('source').notNull().default('online'),
    createdByStaffId: uuid('created_by_staff_id').references(() => staffUsers.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('waitlist_entries_seq_unique').on(t.seq),
    uniqueIndex('waitlist_entries_token_unique').on(t.manageTokenHash),
    // One live entry per patient and therapy: joining twice changes nothing.
    uniqueIndex('waitlist_entries_one_live')
      .on(t.patientId, t.serviceId)
      .where(sql`${t.status} in ('waiting', 'paused')`),
    index('waitlist_entries_waiting_idx')
      .on(t.serviceId, t.seq)
      .where(sql`${t.status} = 'waiting'`),
    index('waitlist_entries_patient_idx').on(t.patientId),
    check(
      'waitlist_entries_weekdays',
      sql`cardinality(${t.weekdays}) between 1 and 7 and ${t.weekdays} <@ '{1,2,3,4,5,6,7}'::smallint[]`,
    ),
    check(
      'waitlist_entries_parts',
      sql`cardinality(${t.partsOfDay}) between 1 and 3 and ${t.partsOfDay} <@ '{morning,afternoon,evening}'::text[]`,
    ),
    check('waitlist_entries_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('waitlist_entries_source', sql`${t.source} in ('online', 'staff')`),
    check('waitlist_entries_name', sql`char_length(${t.name}) between 1 and 120`),
  ],
);

/**
 * One opening offered to one entry, by e-mail with a private claim link (only its SHA-256 here).
 * The database keeps the promises: one live offer per patient, an entry never offered the same
 * opening twice; the appointments' exclusion constraint keeps one booking per opening.
 */
export const waitlistOffers = pgTable(
  'waitlist_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => waitlistEntries.id, { onDelete: 'cascade' }),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    state: waitlistOfferState('state').notNull().default('sent'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The appointment the claim booked or moved. */
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'set null',
    }),
    /** Set when staff offered the time by hand. */
    offeredByStaffId: uuid('offered_by_staff_id').references(() => staffUsers.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [
    uniqueIndex('waitlist_offers_token_unique').on(t.tokenHash),
    uniqueIndex('waitlist_offers_one_live_per_patient')
      .on(t.patientId)
      .where(sql`${t.state} = 'sent'`),
    uniqueIndex('waitlist_offers_once_per_entry').on(t.entryId, t.practitionerId, t.startsAt),
    index('waitlist_offers_live_idx')
      .on(t.expiresAt)
      .where(sql`${t.state} = 'sent'`),
    index('waitlist_offers_opening_idx').on(t.practitionerId, t.startsAt),
    index('waitlist_offers_patient_idx').on(t.patientId),
    check('waitlist_offers_expiry', sql`${t.expiresAt} > ${t.sentAt}`),
    check('waitlist_offers_decided', sql`(${t.state} = 'sent') = (${t.decidedAt} is null)`),
  ],
);

export type WaitlistEntry = typeof waitlistEntries.$inferSelect;
export type NewWaitlistEntry = typeof waitlistEntries.$inferInsert;
export type WaitlistOffer = typeof waitlistOffers.$inferSelect;
