import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appointments } from './appointments';
import { patients } from './patients';

export const outboxKind = pgEnum('outbox_kind', [
  'confirmation',
  'reschedule',
  'cancellation',
  'reminder',
  'clinic_new_booking',
  'staff_invitation',
  'staff_password_reset',
  'waitlist_joined',
  'waitlist_offer',
  /** A care plan's confirmation: every visit, one .ics of them all, the My plan link. */
  'care_plan',
]);

/**
 * pending → sending → sent; a failed attempt goes back to pending (with next_attempt_at) or, after
 * the last one, to dead. void: a reminder that no longer applies (cancelled or moved appointment).
 */
export const outboxStatus = pgEnum('outbox_status', ['pending', 'sending', 'sent', 'dead', 'void']);

export type OutboxKind = (typeof outboxKind.enumValues)[number];
export type OutboxStatus = (typeof outboxStatus.enumValues)[number];

/**
 * Every e-mail the clinic sends, written in the transaction of the change that causes it
 * (lib/email/outbox.ts) and delivered by the outbox worker (lib/email/worker.ts). The message is
 * rendered when it is written; the patient's manage link is the only part filled in at delivery,
 * from `manage_token_sealed` (AES-GCM under the server secret), so no plain token is ever stored.
 * Rows go with their patient or appointment (on delete cascade) when a patient is erased.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: outboxKind('kind').notNull(),
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'cascade',
    }),
    patientId: uuid('patient_id').references(() => patients.id, { onDelete: 'cascade' }),
    /** Exactly one address, checked strictly before insert and again before sending. */
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    /** The iCalendar invite (METHOD:REQUEST or METHOD:CANCEL), when the message carries one. */
    ics: text('ics'),
    manageTokenSealed: text('manage_token_sealed'),
    /**
     * The appointment's change sequence when this row was written (its calendar SEQUENCE): one
     * appointment's messages go out in this order, and a newer change supersedes older unsent
     * ones (lib/email/outbox.ts, lib/email/delivery.ts).
     */
    appointmentSeq: bigint('appointment_seq', { mode: 'number' }),
    /** For reminders: the start time it reminds of; a moved appointment makes it stale. */
    remindFor: timestamp('remind_for', { withTimezone: true }),
    status: outboxStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    /** Not before: the reminder time, or the back-off after a failed attempt. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** While sending: when the claim lapses (a worker that died mid-send leaves it dead, not resent). */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** When an attempt was handed to pg-boss (cleared after a failed attempt so it is queued again). */
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    lastError: text('last_error'),
    transport: text('transport'),
    providerMessageId: text('provider_message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('outbox_sending_idx')
      .on(t.lockedUntil)
      .where(sql`${t.status} = 'sending'`),
    index('outbox_created_idx').on(t.createdAt),
    index('outbox_status_idx').on(t.status, t.createdAt),
    index('outbox_appointment_idx').on(t.appointmentId, t.appointmentSeq),
    index('outbox_patient_idx').on(t.patientId),
    // At most one reminder waiting per appointment: a reschedule voids the old one first.
    uniqueIndex('outbox_one_pending_reminder')
      .on(t.appointmentId)
      .where(sql`${t.kind} = 'reminder' and ${t.status} = 'pending'`),
    // One bare address: no display name, list, whitespace or line break can reach a header.
    // (chr(59) is ';' and chr(34) '"': drizzle-kit cuts a check's SQL at a literal semicolon.)
    check(
      'outbox_recipient_single',
      sql`${t.recipient} ~ '^[^@[:space:][:cntrl:],<>()]+@[^@[:space:][:cntrl:],<>()]+$' and strpos(${t.recipient}, chr(59)) = 0 and strpos(${t.recipient}, chr(34)) = 0`,
    ),
    check('outbox_sent', sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
    check('outbox_sending_locked', sql`${t.status} <> 'sending' or ${t.lockedUntil} is not null`),
    check('outbox_attempts', sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
  ],
);

export type OutboxMessage = typeof outbox.$inferSelect;
export type NewOutboxMessage = typeof outbox.$inferInsert;
