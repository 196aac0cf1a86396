import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { services } from './services';

export const practitioners = pgTable('practitioners', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  title: text('title').notNull(),
  bio: text('bio').notNull().default(''),
  /** Degrees, licences and certifications, one per entry, in display order (team page). */
  credentials: text('credentials')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** Clinical interests, e.g. "Returning to running after a disc injury" (team page). */
  interests: text('interests')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** Calendar colour in the dashboard, e.g. '#2f6f7e'. */
  color: text('color').notNull().default('#2f6f7e'),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  /**
   * SHA-256 of the secret in the practitioner's private calendar-feed URL; the secret itself is
   * shown once when (re)generated and never stored. Null: no feed.
   */
  calendarTokenHash: text('calendar_token_hash').unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const practitionerServices = pgTable(
  'practitioner_services',
  {
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.practitionerId, t.serviceId] }),
    index('practitioner_services_service_idx').on(t.serviceId),
  ],
);

/** Weekly working hours in the clinic's local time (ISO weekday: 1 = Monday … 7 = Sunday). */
export const workingHours = pgTable(
  'working_hours',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
  },
  (t) => [
    index('working_hours_practitioner_idx').on(t.practitionerId, t.weekday),
    check('working_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check('working_hours_order', sql`${t.endTime} > ${t.startTime}`),
  ],
);

export const timeOff = pgTable(
  'time_off',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('time_off_practitioner_range_idx').on(t.practitionerId, t.startsAt, t.endsAt),
    check('time_off_order', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** Widths (px) of the square WebP variants made from each uploaded portrait. */
export const PHOTO_WIDTHS = [160, 320, 640] as const;

/**
 * A practitioner's portrait as ready-made square WebP variants (lib/images/portrait.ts), kept in
 * the database so every instance serves the same bytes. All rows of one practitioner share a
 * `version` (a hash of the upload), which is part of the public URL: a new photo is a new URL,
 * and the old one can be cached forever.
 */
export const practitionerPhotos = pgTable(
  'practitioner_photos',
  {
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    width: smallint('width').notNull(),
    version: text('version').notNull(),
    contentType: text('content_type').notNull().default('image/webp'),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practitionerId, t.width] }),
    check('practitioner_photos_width', sql`${t.width} in (160, 320, 640)`),
    check('practitioner_photos_version', sql`${t.version} ~ '^[0-9a-f]{16}$'`),
    check('practitioner_photos_type', sql`${t.contentType} = 'image/webp'`),
    check('practitioner_photos_size', sql`octet_length(${t.bytes}) between 1 and 1048576`),
  ],
);

export type Practitioner = typeof practitioners.$inferSelect;
export type NewPractitioner = typeof practitioners.$inferInsert;
export type WorkingHours = typeof workingHours.$inferSelect;
export type TimeOff = typeof timeOff.$inferSelect;
