import { sql } from 'drizzle-orm';
import {
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { staffUsers } from './staff';

export const accountLinkPurpose = pgEnum('account_link_purpose', ['invite', 'reset']);

/**
 * Single-use links e-mailed to staff: an invitation to choose a first password (72 h) or a
 * password reset (1 h). Only the SHA-256 of the 256-bit token is stored; a link works once, before
 * it expires, and a newer link of the same purpose replaces the older ones.
 */
export const staffAccountLinks = pgTable(
  'staff_account_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    purpose: accountLinkPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_account_links_token_unique').on(t.tokenHash),
    index('staff_account_links_user_idx').on(t.staffUserId, t.purpose),
    check('staff_account_links_expiry', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

export type AccountLinkPurpose = (typeof accountLinkPurpose.enumValues)[number];
