import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgTable,
  smallint,
  text,
  time,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';

/** The clinic's own details and booking policy: exactly one row (id = 1). */
export const clinicSettings = pgTable(
  'clinic_settings',
  {
    id: smallint('id').primaryKey().default(1),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    city: text('city').notNull(),
    region: text('region').notNull(),
    postalCode: text('postal_code').notNull(),
    country: text('country').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(120),
    bookingHorizonDays: integer('booking_horizon_days').notNull().default(60),
    slotStepMinutes: integer('slot_step_minutes').notNull().default(15),
    cancellationCutoffHours: integer('cancellation_cutoff_hours').notNull().default(24),
    /** Insurers (plans) the clinic is in network with, for the fees page. */
    insurers: text('insurers')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** How insurance works at the clinic, in a sentence or two (fees page). */
    insuranceNote: text('insurance_note').notNull().default(''),
    /** Whether self-pay patients can ask for a superbill to claim from their insurer. */
    offersSuperbills: boolean('offers_superbills').notNull().default(true),
    /** Ways to pay, e.g. "Credit and debit cards", "HSA and FSA cards". */
    paymentMethods: text('payment_methods')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Waitlist: how many entries are offered an opening at once (lib/waitlist). */
    waitlistBatchSize: integer('waitlist_batch_size').notNull().default(3),
    /** Waitlist: how long an offer stays open (never past the minimum notice before the time). */
    waitlistOfferMinutes: integer('waitlist_offer_minutes').notNull().default(120),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('clinic_settings_waitlist_batch', sql`${t.waitlistBatchSize} between 1 and 20`),
    check('clinic_settings_waitlist_offer', sql`${t.waitlistOfferMinutes} between 5 and 2880`),
    check('clinic_settings_single_row', sql`${t.id} = 1`),
    check('clinic_settings_min_notice', sql`${t.minNoticeMinutes} >= 0`),
    check('clinic_settings_horizon', sql`${t.bookingHorizonDays} between 1 and 365`),
    check('clinic_settings_slot_step', sql`${t.slotStepMinutes} between 5 and 120`),
    check('clinic_settings_cutoff', sql`${t.cancellationCutoffHours} >= 0`),
  ],
);

/** Public opening hours (ISO weekday: 1 = Monday … 7 = Sunday), in the clinic's local time. */
export const clinicOpeningHours = pgTable(
  'clinic_opening_hours',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    weekday: smallint('weekday').notNull(),
    opensAt: time('opens_at').notNull(),
    closesAt: time('closes_at').notNull(),
  },
  (t) => [
    unique('clinic_opening_hours_weekday_opens').on(t.weekday, t.opensAt),
    check('clinic_opening_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check('clinic_opening_hours_order', sql`${t.closesAt} > ${t.opensAt}`),
  ],
);

export type ClinicSettings = typeof clinicSettings.$inferSelect;
export type ClinicOpeningHours = typeof clinicOpeningHours.$inferSelect;
