import { index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('staff_sessions_user_idx').on(t.staffUserId)],
);

export type StaffSession = typeof staffSessions.$inferSelect;
