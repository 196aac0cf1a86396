import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appointments } from './appointments';
import { patients } from './patients';
import { practitioners } from './practitioners';
import { services } from './services';
import { staffUsers } from './staff';

/**
 * The exercise library: one record per exercise, seeded from the `### Exercise:` blocks of the
 * article sources (db/seed/exercises.ts) and edited by staff afterwards. Articles render their
 * exercise blocks from these rows (lib/content/markdown-exercise.ts), care plans prescribe them.
 * Every text field is plain text (React or the HTML renderer escapes it); the illustration is
 * one of the clinic's own SVGs.
 */
export const exercises = pgTable(
  'exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    /** What it is for, in a sentence or two. */
    purpose: text('purpose').notNull().default(''),
    steps: text('steps')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    defaultSets: smallint('default_sets').notNull(),
    /** The top of a range ("2–3 sets"); null for one number. */
    defaultSetsMax: smallint('default_sets_max'),
    /** Words after the sets, e.g. "per side". */
    setsNote: text('sets_note'),
    defaultReps: smallint('default_reps'),
    defaultRepsMax: smallint('default_reps_max'),
    /** Words after the reps, e.g. "per side", "slow glides". */
    repsNote: text('reps_note'),
    /** Seconds held (a stretch) or spent (a drill); with no reps it is the whole dose. */
    defaultHoldSeconds: smallint('default_hold_seconds'),
    defaultHoldSecondsMax: smallint('default_hold_seconds_max'),
    /** Null: rest as needed; 0: no rest. */
    defaultRestSeconds: smallint('default_rest_seconds'),
    defaultRestSecondsMax: smallint('default_rest_seconds_max'),
    easier: text('easier'),
    harder: text('harder'),
    cautions: text('cautions'),
    /** A same-origin illustration, `/illustrations/<name>.svg`. */
    illustrationSrc: text('illustration_src'),
    illustrationAlt: text('illustration_alt'),
    /** The article the seed took it from (first occurrence); null for staff-made exercises. */
    sourceArticleSlug: text('source_article_slug'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('exercises_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('exercises_name', sql`char_length(${t.name}) between 1 and 120`),
    check('exercises_sets', sql`${t.defaultSets} between 1 and 20`),
    check(
      'exercises_sets_max',
      sql`${t.defaultSetsMax} is null or ${t.defaultSetsMax} between ${t.defaultSets} + 1 and 20`,
    ),
    check('exercises_reps', sql`${t.defaultReps} is null or ${t.defaultReps} between 1 and 200`),
    check(
      'exercises_reps_max',
      sql`${t.defaultRepsMax} is null or (${t.defaultReps} is not null and ${t.defaultRepsMax} between ${t.defaultReps} + 1 and 200)`,
    ),
    check(
      'exercises_hold',
      sql`${t.defaultHoldSeconds} is null or ${t.defaultHoldSeconds} between 1 and 600`,
    ),
    check(
      'exercises_hold_max',
      sql`${t.defaultHoldSecondsMax} is null or (${t.defaultHoldSeconds} is not null and ${t.defaultHoldSecondsMax} between ${t.defaultHoldSeconds} + 1 and 600)`,
    ),
    check(
      'exercises_rest',
      sql`${t.defaultRestSeconds} is null or ${t.defaultRestSeconds} between 0 and 600`,
    ),
    check(
      'exercises_rest_max',
      sql`${t.defaultRestSecondsMax} is null or (${t.defaultRestSeconds} is not null and ${t.defaultRestSecondsMax} between ${t.defaultRestSeconds} + 1 and 600)`,
    ),
    check(
      'exercises_dose',
      sql`${t.defaultReps} is not null or ${t.defaultHoldSeconds} is not null`,
    ),
    check(
      'exercises_illustration',
      sql`${t.illustrationSrc} is null or (${t.illustrationSrc} ~ '^/illustrations/[a-z0-9-]+\\.svg$' and char_length(coalesce(${t.illustrationAlt}, '')) > 0)`,
    ),
  ],
);

export const carePlanStatus = pgEnum('care_plan_status', ['active', 'ended']);
export type CarePlanStatus = (typeof carePlanStatus.enumValues)[number];

/**
 * A series of visits and a home-exercise programme for one patient. The patient reads it through
 * a private link: only the SHA-256 of its token is stored, and it stops working 90 days after
 * the plan ends (`token_expires_at`, moved whenever `ends_on` moves). Notes are clinical: the
 * treating practitioner and admins only.
 */
export const carePlans = pgTable(
  'care_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'restrict' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'restrict' }),
    visitsPerWeek: smallint('visits_per_week').notNull(),
    /** ISO weekdays (1 = Monday) the patient prefers, in order. */
    preferredWeekdays: smallint('preferred_weekdays').array().notNull(),
    /** Clinic-local 'HH:MM'. */
    preferredTime: text('preferred_time').notNull(),
    status: carePlanStatus('status').notNull().default('active'),
    /** Clinic-local dates. */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    notes: text('notes').notNull().default(''),
    tokenHash: text('token_hash').notNull().unique(),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }).notNull(),
    createdByStaffId: uuid('created_by_staff_id').references(() => staffUsers.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('care_plans_patient_idx').on(t.patientId),
    index('care_plans_practitioner_status_idx').on(t.practitionerId, t.status),
    check('care_plans_visits_per_week', sql`${t.visitsPerWeek} between 1 and 7`),
    check(
      'care_plans_weekdays',
      sql`cardinality(${t.preferredWeekdays}) between 1 and 7 and ${t.preferredWeekdays} <@ array[1,2,3,4,5,6,7]::smallint[]`,
    ),
    check('care_plans_time', sql`${t.preferredTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check('care_plans_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('care_plans_ended', sql`(${t.status} = 'ended') = (${t.endedAt} is not null)`),
    check('care_plans_notes', sql`char_length(${t.notes}) <= 4000`),
  ],
);

/**
 * The plan's visits: ordinary appointments, changed only through lib/appointments. The patient's
 * manage token of each visit is kept sealed (AES-GCM under the server secret, bound to the
 * appointment, as the outbox keeps it) so My plan can link to every visit's manage page.
 */
export const carePlanVisits = pgTable(
  'care_plan_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => carePlans.id, { onDelete: 'cascade' }),
    appointmentId: uuid('appointment_id')
      .notNull()
      .unique()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    manageTokenSealed: text('manage_token_sealed'),
  },
  (t) => [index('care_plan_visits_plan_idx').on(t.planId)],
);

/** An exercise prescribed in a plan, with this patient's dosage. */
export const carePlanExercises = pgTable(
  'care_plan_exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => carePlans.id, { onDelete: 'cascade' }),
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => exercises.id, { onDelete: 'restrict' }),
    sets: smallint('sets').notNull(),
    reps: smallint('reps'),
    holdSeconds: smallint('hold_seconds'),
    /** Sessions a week the patient should do it (7 = daily; one tick a day counts). */
    perWeek: smallint('per_week').notNull(),
    note: text('note').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Taken out of the plan; kept so its logs still count for the weeks it was in. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    index('care_plan_exercises_plan_idx').on(t.planId),
    index('care_plan_exercises_exercise_idx').on(t.exerciseId),
    check('care_plan_exercises_sets', sql`${t.sets} between 1 and 10`),
    check('care_plan_exercises_reps', sql`${t.reps} is null or ${t.reps} between 1 and 100`),
    check(
      'care_plan_exercises_hold',
      sql`${t.holdSeconds} is null or ${t.holdSeconds} between 1 and 300`,
    ),
    check(
      'care_plan_exercises_reps_or_hold',
      sql`${t.reps} is not null or ${t.holdSeconds} is not null`,
    ),
    check('care_plan_exercises_per_week', sql`${t.perWeek} between 1 and 7`),
    check('care_plan_exercises_note', sql`char_length(${t.note}) <= 500`),
    check(
      'care_plan_exercises_dates',
      sql`${t.startsOn} is null or ${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`,
    ),
  ],
);

/**
 * "Done today" ticks: one per prescribed exercise per clinic-local day, so a second tick the same
 * day (a double tap, a retry, a second device) changes the pain score at most, never the count.
 */
export const carePlanExerciseLogs = pgTable(
  'care_plan_exercise_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planExerciseId: uuid('plan_exercise_id')
      .notNull()
      .references(() => carePlanExercises.id, { onDelete: 'cascade' }),
    localDate: date('local_date', { mode: 'string' }).notNull(),
    pain: smallint('pain'),
    loggedAt: timestamp('logged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('care_plan_exercise_logs_one_per_day').on(t.planExerciseId, t.localDate),
    check('care_plan_exercise_logs_pain', sql`${t.pain} is null or ${t.pain} between 0 and 10`),
  ],
);

export type Exercise = typeof exercises.$inferSelect;
export type NewExercise = typeof exercises.$inferInsert;
export type CarePlan = typeof carePlans.$inferSelect;
export type CarePlanExercise = typeof carePlanExercises.$inferSelect;
