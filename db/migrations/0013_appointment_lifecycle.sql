CREATE TABLE "clinic_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinic_closures_order" CHECK ("clinic_closures"."ends_at" > "clinic_closures"."starts_at"),
	CONSTRAINT "clinic_closures_reason" CHECK (char_length("clinic_closures"."reason") between 1 and 200)
);
--> statement-breakpoint
DROP INDEX "patients_email_unique";--> statement-breakpoint
DROP INDEX "outbox_appointment_idx";--> statement-breakpoint
ALTER TABLE "patients" ALTER COLUMN "email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "date_of_birth" date;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "patient_name" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "patient_phone" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "appointment_seq" integer;--> statement-breakpoint
ALTER TABLE "clinic_closures" ADD CONSTRAINT "clinic_closures_created_by_staff_id_staff_users_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clinic_closures_range_idx" ON "clinic_closures" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "patients_email_name_unique" ON "patients" USING btree ("email",lower("name"));--> statement-breakpoint
CREATE INDEX "outbox_appointment_idx" ON "outbox" USING btree ("appointment_id","appointment_seq");--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_reachable" CHECK ("patients"."email" is not null or "patients"."phone" <> '');