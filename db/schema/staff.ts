import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { staffRole } from './enums';
import { practitioners } from './practitioners';

export const staffUsers = pgTable(
  'staff_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: staffRole('role').notNull(),
    practitionerId: uuid('practitioner_id').references(() => practitioners.id, {
      onDelete: 'set null',
    }),
    /** argon2id PHC string; null until an invited person chooses their password. */
    passwordHash: text('password_hash'),
    disabled: boolean('disabled').notNull().default(false),
    /** Bumped on disable, role or password change and "sign out everywhere"; sessions carry it. */
    sessionVersion: integer('session_version').notNull().default(1),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_users_email_unique').on(t.email),
    uniqueIndex('staff_users_practitioner_unique').on(t.practitionerId),
    check('staff_users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check(
      'staff_users_practitioner_role',
      sql`${t.role} <> 'practitioner' or ${t.practitionerId} is not null`,
    ),
  ],
);

export type StaffUser = typeof staffUsers.$inferSelect;
export type NewStaffUser = typeof staffUsers.$inferInsert;
