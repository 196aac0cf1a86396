import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appointments } from './appointments';
import { patients } from './patients';
import { staffUsers } from './staff';

/** Where a call-back stands; every change is kept in callback_notes with who and when. */
export const callbackStatus = pgEnum('callback_status', [
  'new',
  'called_back',
  'left_voicemail',
  'booked',
  'closed',
]);
export const callbackPreferredTime = pgEnum('callback_preferred_time', [
  'any',
  'morning',
  'afternoon',
  'evening',
]);

export type CallbackStatus = (typeof callbackStatus.enumValues)[number];
export type CallbackPreferredTime = (typeof callbackPreferredTime.enumValues)[number];

/**
 * "Please call me back" requests from the public contact page. Personal data: shown only in the
 * staff inbox (admin, front desk), never logged or audited beyond the row id.
 */
export const callbackRequests = pgTable(
  'callback_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    phone: text('phone'),
    /** Lower-cased. */
    email: text('email'),
    preferredTime: callbackPreferredTime('preferred_time').notNull().default('any'),
    message: text('message').notNull().default(''),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    status: callbackStatus('status').notNull().default('new'),
    /** The last change of status: by whom and when (the full history is in callback_notes). */
    handledById: uuid('handled_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    /** The appointment booked for this caller ("Book this caller"). */
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'set null',
    }),
    /**
     * The patient this caller turned out to be (set when the call-back is booked). Erasure and
     * data export go by this link where there is one, never by a shared e-mail address alone.
     */
    patientId: uuid('patient_id').references(() => patients.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('callback_requests_inbox_idx').on(t.status, t.createdAt),
    index('callback_requests_patient_idx').on(t.patientId),
    check('callback_requests_contact', sql`${t.phone} is not null or ${t.email} is not null`),
    check(
      'callback_requests_email_lowercase',
      sql`${t.email} is null or ${t.email} = lower(${t.email})`,
    ),
    check('callback_requests_name_length', sql`char_length(${t.name}) between 1 and 120`),
    check('callback_requests_message_length', sql`char_length(${t.message}) <= 1000`),
    check('callback_requests_handled', sql`(${t.status} = 'new') = (${t.handledAt} is null)`),
    check(
      'callback_requests_booked',
      sql`${t.status} <> 'booked' or ${t.appointmentId} is not null`,
    ),
  ],
);

/**
 * What happened with a call-back, one row per step: a note, a change of status, or both, with who
 * and when. Notes are personal data like the request itself: shown in the inbox, never logged.
 */
export const callbackNotes = pgTable(
  'callback_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => callbackRequests.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** The status set by this step; null for a note alone. */
    status: callbackStatus('status'),
    body: text('body').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('callback_notes_request_idx').on(t.requestId, t.createdAt),
    check('callback_notes_body_length', sql`char_length(${t.body}) <= 1000`),
    check('callback_notes_something', sql`${t.status} is not null or ${t.body} <> ''`),
  ],
);

export type CallbackNote = typeof callbackNotes.$inferSelect;

export type CallbackRequest = typeof callbackRequests.$inferSelect;
export type NewCallbackRequest = typeof callbackRequests.$inferInsert;
