import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './staff';

export const callbackStatus = pgEnum('callback_status', ['new', 'handled']);
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
    handledById: uuid('handled_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('callback_requests_inbox_idx').on(t.status, t.createdAt),
    check('callback_requests_contact', sql`${t.phone} is not null or ${t.email} is not null`),
    check(
      'callback_requests_email_lowercase',
      sql`${t.email} is null or ${t.email} = lower(${t.email})`,
    ),
    check('callback_requests_name_length', sql`char_length(${t.name}) between 1 and 120`),
    check('callback_requests_message_length', sql`char_length(${t.message}) <= 1000`),
    check(
      'callback_requests_handled',
      sql`(${t.status} = 'handled') = (${t.handledAt} is not null)`,
    ),
  ],
);

export type CallbackRequest = typeof callbackRequests.$inferSelect;
export type NewCallbackRequest = typeof callbackRequests.$inferInsert;
