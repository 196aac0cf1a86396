import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The therapies a patient can book. */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    /** Markdown: what it is, who it may help, what a session is like. */
    description: text('description').notNull(),
    /** One honest sentence on what the research shows (therapy page, "What the evidence says"). */
    evidence: text('evidence').notNull().default(''),
    /** Who should not have it, one reason per entry. */
    contraindications: text('contraindications')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Side effects many people notice, e.g. soreness for a day. */
    commonRisks: text('common_risks')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Rare but serious harms patients should know about before consenting. */
    rareRisks: text('rare_risks')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    durationMinutes: integer('duration_minutes').notNull(),
    priceCents: integer('price_cents').notNull(),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    active: boolean('active').notNull().default(true),
    /** New patients must book a consultation before this service. */
    requiresConsultation: boolean('requires_consultation').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('services_duration', sql`${t.durationMinutes} between 5 and 480`),
    check('services_price', sql`${t.priceCents} >= 0`),
    check('services_buffers', sql`${t.bufferBeforeMinutes} >= 0 and ${t.bufferAfterMinutes} >= 0`),
  ],
);

export type Service = typeof services.$inferSelect;
export type NewService = typeof services.$inferInsert;
