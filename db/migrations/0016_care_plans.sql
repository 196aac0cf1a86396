CREATE TYPE "public"."care_plan_status" AS ENUM('active', 'ended');--> statement-breakpoint
ALTER TYPE "public"."outbox_kind" ADD VALUE 'care_plan';--> statement-breakpoint
CREATE TABLE "care_plan_exercise_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_exercise_id" uuid NOT NULL,
	"local_date" date NOT NULL,
	"pain" smallint,
	"logged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_plan_exercise_logs_pain" CHECK ("care_plan_exercise_logs"."pain" is null or "care_plan_exercise_logs"."pain" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "care_plan_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"sets" smallint NOT NULL,
	"reps" smallint,
	"hold_seconds" smallint,
	"per_week" smallint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "care_plan_exercises_sets" CHECK ("care_plan_exercises"."sets" between 1 and 10),
	CONSTRAINT "care_plan_exercises_reps" CHECK ("care_plan_exercises"."reps" is null or "care_plan_exercises"."reps" between 1 and 100),
	CONSTRAINT "care_plan_exercises_hold" CHECK ("care_plan_exercises"."hold_seconds" is null or "care_plan_exercises"."hold_seconds" between 1 and 300),
	CONSTRAINT "care_plan_exercises_reps_or_hold" CHECK ("care_plan_exercises"."reps" is not null or "care_plan_exercises"."hold_seconds" is not null),
	CONSTRAINT "care_plan_exercises_per_week" CHECK ("care_plan_exercises"."per_week" between 1 and 7),
	CONSTRAINT "care_plan_exercises_note" CHECK (char_length("care_plan_exercises"."note") <= 500),
	CONSTRAINT "care_plan_exercises_dates" CHECK ("care_plan_exercises"."starts_on" is null or "care_plan_exercises"."ends_on" is null or "care_plan_exercises"."ends_on" >= "care_plan_exercises"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "care_plan_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"manage_token_sealed" text,
	CONSTRAINT "care_plan_visits_appointment_id_unique" UNIQUE("appointment_id")
);
--> statement-breakpoint
CREATE TABLE "care_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"visits_per_week" smallint NOT NULL,
	"preferred_weekdays" smallint[] NOT NULL,
	"preferred_time" text NOT NULL,
	"status" "care_plan_status" DEFAULT 'active' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"token_hash" text NOT NULL,
	"token_expires_at" timestamp with time zone NOT NULL,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "care_plans_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "care_plans_visits_per_week" CHECK ("care_plans"."visits_per_week" between 1 and 7),
	CONSTRAINT "care_plans_weekdays" CHECK (cardinality("care_plans"."preferred_weekdays") between 1 and 7 and "care_plans"."preferred_weekdays" <@ array[1,2,3,4,5,6,7]::smallint[]),
	CONSTRAINT "care_plans_time" CHECK ("care_plans"."preferred_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "care_plans_dates" CHECK ("care_plans"."ends_on" >= "care_plans"."starts_on"),
	CONSTRAINT "care_plans_ended" CHECK (("care_plans"."status" = 'ended') = ("care_plans"."ended_at" is not null)),
	CONSTRAINT "care_plans_notes" CHECK (char_length("care_plans"."notes") <= 4000)
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"steps" text[] DEFAULT '{}'::text[] NOT NULL,
	"default_sets" smallint NOT NULL,
	"default_sets_max" smallint,
	"sets_note" text,
	"default_reps" smallint,
	"default_reps_max" smallint,
	"reps_note" text,
	"default_hold_seconds" smallint,
	"default_hold_seconds_max" smallint,
	"default_rest_seconds" smallint,
	"default_rest_seconds_max" smallint,
	"easier" text,
	"harder" text,
	"cautions" text,
	"illustration_src" text,
	"illustration_alt" text,
	"source_article_slug" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercises_slug_unique" UNIQUE("slug"),
	CONSTRAINT "exercises_slug_format" CHECK ("exercises"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "exercises_name" CHECK (char_length("exercises"."name") between 1 and 120),
	CONSTRAINT "exercises_sets" CHECK ("exercises"."default_sets" between 1 and 20),
	CONSTRAINT "exercises_sets_max" CHECK ("exercises"."default_sets_max" is null or "exercises"."default_sets_max" between "exercises"."default_sets" + 1 and 20),
	CONSTRAINT "exercises_reps" CHECK ("exercises"."default_reps" is null or "exercises"."default_reps" between 1 and 200),
	CONSTRAINT "exercises_reps_max" CHECK ("exercises"."default_reps_max" is null or ("exercises"."default_reps" is not null and "exercises"."default_reps_max" between "exercises"."default_reps" + 1 and 200)),
	CONSTRAINT "exercises_hold" CHECK ("exercises"."default_hold_seconds" is null or "exercises"."default_hold_seconds" between 1 and 600),
	CONSTRAINT "exercises_hold_max" CHECK ("exercises"."default_hold_seconds_max" is null or ("exercises"."default_hold_seconds" is not null and "exercises"."default_hold_seconds_max" between "exercises"."default_hold_seconds" + 1 and 600)),
	CONSTRAINT "exercises_rest" CHECK ("exercises"."default_rest_seconds" is null or "exercises"."default_rest_seconds" between 0 and 600),
	CONSTRAINT "exercises_rest_max" CHECK ("exercises"."default_rest_seconds_max" is null or ("exercises"."default_rest_seconds" is not null and "exercises"."default_rest_seconds_max" between "exercises"."default_rest_seconds" + 1 and 600)),
	CONSTRAINT "exercises_dose" CHECK ("exercises"."default_reps" is not null or "exercises"."default_hold_seconds" is not null),
	CONSTRAINT "exercises_illustration" CHECK ("exercises"."illustration_src" is null or ("exercises"."illustration_src" ~ '^/illustrations/[a-z0-9-]+\.svg$' and char_length(coalesce("exercises"."illustration_alt", '')) > 0))
);
--> statement-breakpoint
ALTER TABLE "care_plan_exercise_logs" ADD CONSTRAINT "care_plan_exercise_logs_plan_exercise_id_care_plan_exercises_id_fk" FOREIGN KEY ("plan_exercise_id") REFERENCES "public"."care_plan_exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_exercises" ADD CONSTRAINT "care_plan_exercises_plan_id_care_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."care_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_exercises" ADD CONSTRAINT "care_plan_exercises_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_visits" ADD CONSTRAINT "care_plan_visits_plan_id_care_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."care_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_visits" ADD CONSTRAINT "care_plan_visits_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_created_by_staff_id_staff_users_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "care_plan_exercise_logs_one_per_day" ON "care_plan_exercise_logs" USING btree ("plan_exercise_id","local_date");--> statement-breakpoint
CREATE INDEX "care_plan_exercises_plan_idx" ON "care_plan_exercises" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "care_plan_exercises_exercise_idx" ON "care_plan_exercises" USING btree ("exercise_id");--> statement-breakpoint
CREATE INDEX "care_plan_visits_plan_idx" ON "care_plan_visits" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "care_plans_patient_idx" ON "care_plans" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "care_plans_practitioner_status_idx" ON "care_plans" USING btree ("practitioner_id","status");