import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './staff';

/**
 * Clinic-wide closures (a holiday, a training afternoon): nobody can be booked inside one, online
 * or at the desk, and patients see the reason. Bookings already inside a closure are not
 * cancelled by it; the closures page lists them for the front desk to move.
 */
export const clinicClosures = pgTable(
  'clinic_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Shown to patients, e.g. "Closed for the holidays". */
    reason: text('reason').notNull(),
    createdByStaffId: uuid('created_by_staff_id').references(() => staffUsers.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('clinic_closures_range_idx').on(t.startsAt, t.endsAt),
    check('clinic_closures_order', sql`${t.endsAt} > ${t.startsAt}`),
    check('clinic_closures_reason', sql`char_length(${t.reason}) between 1 and 200`),
  ],
);

export type ClinicClosure = typeof clinicClosures.$inferSelect;
