import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appointmentSource, appointmentStatus } from './enums';
import { patients } from './patients';
import { practitioners } from './practitioners';
import { services } from './services';
import { staffUsers } from './staff';

/**
 * The no-overlap rule for a practitioner's active appointments is an EXCLUDE constraint
 * (`appointments_no_overlap`, btree_gist) written by hand in migration 0001: drizzle has no builder for it.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'restrict' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'restrict' }),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'restrict' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: appointmentStatus('status').notNull().default('booked'),
    source: appointmentSource('source').notNull(),
    patientNotes: text('patient_notes').notNull().default(''),
    /** Structured intake answers (where it hurts, how long, leg pain, red flags seen). */
    intake: jsonb('intake').$type<Record<string, unknown>>().notNull().default({}),
    /** SHA-256 of the patient's manage-link token; the token itself is never stored. */
    manageTokenHash: text('manage_token_hash').unique(),
    /** iCalendar SEQUENCE of the e-mailed invites; raised in the transaction of each change (lib/email/outbox.ts). */
    icsSequence: integer('ics_sequence').notNull().default(0),
    cancellationReason: text('cancellation_reason'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdByStaffId: uuid('created_by_staff_id').references(() => staffUsers.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('appointments_practitioner_start_idx').on(t.practitionerId, t.startsAt),
    index('appointments_patient_idx').on(t.patientId, t.startsAt),
    index('appointments_starts_at_idx').on(t.startsAt),
    check('appointments_time_order', sql`${t.endsAt} > ${t.startsAt}`),
    check(
      'appointments_cancellation',
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`,
    ),
  ],
);

/** Clinical notes written by staff on an appointment (never shown to front desk). */
export const appointmentNotes = pgTable(
  'appointment_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    authorStaffId: uuid('author_staff_id').references(() => staffUsers.id, {
      onDelete: 'set null',
    }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('appointment_notes_appointment_idx').on(t.appointmentId)],
);

export type Appointment = typeof appointments.$inferSelect;
export type NewAppointment = typeof appointments.$inferInsert;
export type AppointmentNote = typeof appointmentNotes.$inferSelect;
