import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    /**
     * The name and phone typed for this booking, which may differ from the patient record (a new
     * number, a parent booking under their own address). Null: as on the patient record.
     */
    patientName: text('patient_name'),
    patientPhone: text('patient_phone'),
    patientNotes: text('patient_notes').notNull().default(''),
    /** Structured intake answers (where it hurts, how long, leg pain, red flags seen). */
    intake: jsonb('intake').$type<Record<string, unknown>>().notNull().default({}),
    /**
     * Second-tier red flags (lib/clinical/red-flags.ts, "see a doctor today") the patient ticked
     * and acknowledged when booking online: the practitioner's "screening: see-a-doctor-today
     * acknowledged". Clinical information: read only for the treating practitioner and admins.
     */
    screeningFlags: text('screening_flags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    screeningAcknowledgedAt: timestamp('screening_acknowledged_at', { withTimezone: true }),
    /** SHA-256 of the patient's manage-link token; the token itself is never stored. */
    manageTokenHash: text('manage_token_hash').unique(),
    /**
     * iCalendar SEQUENCE of the e-mailed invites; raised in the transaction of each change
     * (lib/email/outbox.ts). It holds Unix seconds, so bigint: an int overflows in January 2038.
     */
    icsSequence: bigint('ics_sequence', { mode: 'number' }).notNull().default(0),
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
    // Flags are stored only with the patient's acknowledgement, and an acknowledgement only with flags.
    check(
      'appointments_screening_acknowledged',
      sql`(cardinality(${t.screeningFlags}) = 0) = (${t.screeningAcknowledgedAt} is null)`,
    ),
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

/** A visit still expected or under way (what time off and closures must not silently cover). */
export const ACTIVE_STATUSES = ['booked', 'confirmed', 'arrived'] as const;

export type Appointment = typeof appointments.$inferSelect;
export type NewAppointment = typeof appointments.$inferInsert;
export type AppointmentNote = typeof appointmentNotes.$inferSelect;
