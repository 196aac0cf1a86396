CREATE TYPE "public"."waitlist_entry_status" AS ENUM('waiting', 'paused', 'claimed', 'left', 'expired');--> statement-breakpoint
CREATE TYPE "public"."waitlist_offer_state" AS ENUM('sent', 'expired', 'claimed', 'superseded');--> statement-breakpoint
ALTER TYPE "public"."outbox_kind" ADD VALUE 'waitlist_joined';--> statement-breakpoint
ALTER TYPE "public"."outbox_kind" ADD VALUE 'waitlist_offer';--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "waitlist_entries_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"patient_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"practitioner_id" uuid,
	"weekdays" smallint[] NOT NULL,
	"parts_of_day" text[] NOT NULL,
	"latest_date" date NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"earlier_than_appointment_id" uuid,
	"status" "waitlist_entry_status" DEFAULT 'waiting' NOT NULL,
	"manage_token_hash" text NOT NULL,
	"manage_expires_at" timestamp with time zone NOT NULL,
	"source" text DEFAULT 'online' NOT NULL,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waitlist_entries_weekdays" CHECK (cardinality("waitlist_entries"."weekdays") between 1 and 7 and "waitlist_entries"."weekdays" <@ '{1,2,3,4,5,6,7}'::smallint[]),
	CONSTRAINT "waitlist_entries_parts" CHECK (cardinality("waitlist_entries"."parts_of_day") between 1 and 3 and "waitlist_entries"."parts_of_day" <@ '{morning,afternoon,evening}'::text[]),
	CONSTRAINT "waitlist_entries_email_lowercase" CHECK ("waitlist_entries"."email" = lower("waitlist_entries"."email")),
	CONSTRAINT "waitlist_entries_source" CHECK ("waitlist_entries"."source" in ('online', 'staff')),
	CONSTRAINT "waitlist_entries_name" CHECK (char_length("waitlist_entries"."name") between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "waitlist_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"state" "waitlist_offer_state" DEFAULT 'sent' NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"appointment_id" uuid,
	"offered_by_staff_id" uuid,
	CONSTRAINT "waitlist_offers_expiry" CHECK ("waitlist_offers"."expires_at" > "waitlist_offers"."sent_at"),
	CONSTRAINT "waitlist_offers_decided" CHECK (("waitlist_offers"."state" = 'sent') = ("waitlist_offers"."decided_at" is null))
);
--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD COLUMN "waitlist_batch_size" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD COLUMN "waitlist_offer_minutes" integer DEFAULT 120 NOT NULL;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_earlier_than_appointment_id_appointments_id_fk" FOREIGN KEY ("earlier_than_appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_created_by_staff_id_staff_users_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_entry_id_waitlist_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."waitlist_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_offered_by_staff_id_staff_users_id_fk" FOREIGN KEY ("offered_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_seq_unique" ON "waitlist_entries" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_token_unique" ON "waitlist_entries" USING btree ("manage_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_one_live" ON "waitlist_entries" USING btree ("patient_id","service_id") WHERE "waitlist_entries"."status" in ('waiting', 'paused');--> statement-breakpoint
CREATE INDEX "waitlist_entries_waiting_idx" ON "waitlist_entries" USING btree ("service_id","seq") WHERE "waitlist_entries"."status" = 'waiting';--> statement-breakpoint
CREATE INDEX "waitlist_entries_patient_idx" ON "waitlist_entries" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_offers_token_unique" ON "waitlist_offers" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_offers_one_live_per_patient" ON "waitlist_offers" USING btree ("patient_id") WHERE "waitlist_offers"."state" = 'sent';--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_offers_once_per_entry" ON "waitlist_offers" USING btree ("entry_id","practitioner_id","starts_at");--> statement-breakpoint
CREATE INDEX "waitlist_offers_live_idx" ON "waitlist_offers" USING btree ("expires_at") WHERE "waitlist_offers"."state" = 'sent';--> statement-breakpoint
CREATE INDEX "waitlist_offers_opening_idx" ON "waitlist_offers" USING btree ("practitioner_id","starts_at");--> statement-breakpoint
CREATE INDEX "waitlist_offers_patient_idx" ON "waitlist_offers" USING btree ("patient_id");--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD CONSTRAINT "clinic_settings_waitlist_batch" CHECK ("clinic_settings"."waitlist_batch_size" between 1 and 20);--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD CONSTRAINT "clinic_settings_waitlist_offer" CHECK ("clinic_settings"."waitlist_offer_minutes" between 5 and 2880);