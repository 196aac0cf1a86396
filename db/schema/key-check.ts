import { sql } from 'drizzle-orm';
import { check, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row: a known value sealed with the app's AUTH_SECRET (lib/security/key-check.ts). A worker
 * that cannot open it runs with another secret and would seal links nobody can open, so it stops.
 */
export const serverKeyCheck = pgTable(
  'server_key_check',
  {
    id: smallint('id').primaryKey().default(1),
    sealed: text('sealed').notNull(),
    sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('server_key_check_one_row', sql`${t.id} = 1`)],
);
