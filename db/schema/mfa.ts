import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { staffRole } from './enums';
import { staffUsers } from './staff';

/**
 * A staff member's authenticator app (TOTP). The shared secret is sealed with AES-GCM under a key
 * derived from AUTH_SECRET (it must be readable to check codes, so it cannot be hashed). Until
 * `confirmedAt` is set the secret is only offered: set-up finishes with a first correct code.
 * `lastUsedStep` is the 30-second step of the last accepted code: a code is never accepted twice.
 */
export const staffMfa = pgTable('staff_mfa', {
  staffUserId: uuid('staff_user_id')
    .primaryKey()
    .references(() => staffUsers.id, { onDelete: 'cascade' }),
  secretSealed: text('secret_sealed').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }).notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Ten single-use codes per person for a lost phone; only their SHA-256 is stored (80-bit codes). */
export const staffRecoveryCodes = pgTable(
  'staff_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_recovery_codes_hash_unique').on(t.codeHash),
    index('staff_recovery_codes_user_idx').on(t.staffUserId),
  ],
);

/**
 * The clinic's sign-in policy: exactly one row (id = 1). Admins always need a second factor; the
 * roles listed here need one too.
 */
export const staffSignInPolicy = pgTable(
  'staff_sign_in_policy',
  {
    id: smallint('id').primaryKey().default(1),
    mfaRoles: staffRole('mfa_roles')
      .array()
      .notNull()
      .default(sql`'{}'::staff_role[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('staff_sign_in_policy_single_row', sql`${t.id} = 1`)],
);

export type StaffMfa = typeof staffMfa.$inferSelect;
