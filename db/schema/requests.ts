import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appointments } from './appointments';

/**
 * Replayed booking requests (double clicks, client retries) find their first answer here.
 * `key` is the client's Idempotency-Key, `requestHash` a SHA-256 of the canonical request body.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').primaryKey(),
    requestHash: text('request_hash').notNull(),
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'cascade',
    }),
    /**
     * The manage token of that booking, encrypted with a key derived from the original request
     * itself (and BOOKING_TOKEN_SECRET): only a replay of the exact request can read it back, and
     * the plain token is still never stored (sealManageToken in lib/security/seal.ts).
     */
    manageTokenSealed: text('manage_token_sealed'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idempotency_keys_created_idx').on(t.createdAt)],
);

/**
 * Fixed-window counters shared by every app instance (bookings per client address, sign-in
 * attempts per account and address, contact and question forms).
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.windowStart] }),
    index('rate_limits_window_idx').on(t.windowStart),
  ],
);

export type IdempotencyKey = typeof idempotencyKeys.$inferSelect;
