import { sql } from 'drizzle-orm';
import {
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
import { staffUsers } from './staff';

/**
 * One row per staff sign-in. The session cookie only names this row; every request checks it
 * (revoked? user disabled? session version changed? idle or absolute timeout?), so a revocation
 * takes effect on the very next request, whatever the cookie says.
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    sessionVersion: integer('session_version').notNull(),
    /** "Firefox on Windows": what the staff member sees in their list of sessions. */
    deviceLabel: text('device_label').notNull().default('Unknown device'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('staff_sessions_user_idx').on(t.staffUserId),
    check('staff_sessions_device_label', sql`char_length(${t.deviceLabel}) <= 120`),
  ],
);

export const signInStage = pgEnum('sign_in_stage', ['code', 'enrol', 'ready']);

/**
 * A sign-in between the password and the session: the password was right, and the second factor
 * (`code`), its first set-up (`enrol`) or nothing more (`ready`) comes next. The browser holds the
 * token in a short-lived cookie; only its SHA-256 is stored. A session is made only from a `ready`
 * row, once, which is why no session exists before the second factor is verified.
 */
export const staffSignInAttempts = pgTable(
  'staff_sign_in_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    stage: signInStage('stage').notNull(),
    codeFailures: integer('code_failures').notNull().default(0),
    deviceLabel: text('device_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('staff_sign_in_attempts_token_unique').on(t.tokenHash),
    index('staff_sign_in_attempts_user_idx').on(t.staffUserId),
    check('staff_sign_in_attempts_failures', sql`${t.codeFailures} >= 0`),
  ],
);

/**
 * Failed guesses per key (an account from unrecognised devices, one device cookie, one account's
 * second factor), for the progressive delay in lib/auth/throttle.ts. Keys are hashes: the table
 * never holds an e-mail address.
 */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  },
  (t) => [check('sign_in_throttles_failures', sql`${t.failures} >= 0`)],
);

export type StaffSession = typeof staffSessions.$inferSelect;
export type StaffSignInAttempt = typeof staffSignInAttempts.$inferSelect;
export type SignInStage = (typeof signInStage.enumValues)[number];
