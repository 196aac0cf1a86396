CREATE TABLE "callback_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"staff_id" uuid,
	"status" "callback_status",
	"body" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "callback_notes_body_length" CHECK (char_length("callback_notes"."body") <= 1000),
	CONSTRAINT "callback_notes_something" CHECK ("callback_notes"."status" is not null or "callback_notes"."body" <> '')
);
--> statement-breakpoint
ALTER TABLE "callback_requests" DROP CONSTRAINT "callback_requests_handled";--> statement-breakpoint
ALTER TABLE "callback_notes" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "callback_requests" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "callback_requests" ALTER COLUMN "status" SET DEFAULT 'new'::text;--> statement-breakpoint
-- "handled" was the only status after "new": those requests are closed, by whoever handled them.
UPDATE "callback_requests" SET "status" = 'closed' WHERE "status" = 'handled';--> statement-breakpoint
DROP TYPE "public"."callback_status";--> statement-breakpoint
CREATE TYPE "public"."callback_status" AS ENUM('new', 'called_back', 'left_voicemail', 'booked', 'closed');--> statement-breakpoint
ALTER TABLE "callback_notes" ALTER COLUMN "status" SET DATA TYPE "public"."callback_status" USING "status"::"public"."callback_status";--> statement-breakpoint
ALTER TABLE "callback_requests" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."callback_status";--> statement-breakpoint
ALTER TABLE "callback_requests" ALTER COLUMN "status" SET DATA TYPE "public"."callback_status" USING "status"::"public"."callback_status";--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "appointment_id" uuid;--> statement-breakpoint
ALTER TABLE "callback_notes" ADD CONSTRAINT "callback_notes_request_id_callback_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."callback_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callback_notes" ADD CONSTRAINT "callback_notes_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "callback_notes_request_idx" ON "callback_notes" USING btree ("request_id","created_at");--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callback_requests_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callback_requests_booked" CHECK ("callback_requests"."status" <> 'booked' or "callback_requests"."appointment_id" is not null);--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callback_requests_handled" CHECK (("callback_requests"."status" = 'new') = ("callback_requests"."handled_at" is null));--> statement-breakpoint
-- The history of requests handled before notes existed: one step each, with who and when.
INSERT INTO "callback_notes" ("request_id", "staff_id", "status", "body", "created_at")
SELECT "id", "handled_by_id", 'closed', '', "handled_at" FROM "callback_requests" WHERE "status" = 'closed';--> statement-breakpoint
-- Phone numbers in one format: North American numbers typed any way become E.164 (+15035550121),
-- as lib/phone.ts writes them from now on; anything else stays as it was typed.
UPDATE "patients" SET "phone" = '+1' || right(regexp_replace("phone", '[^0-9]', '', 'g'), 10)
WHERE regexp_replace("phone", '[^0-9]', '', 'g') ~ '^1?[2-9][0-9]{9}$' AND ("phone" !~ '^\s*\+' OR "phone" ~ '^\s*\+1[^0-9]*[2-9]');--> statement-breakpoint
UPDATE "appointments" SET "patient_phone" = '+1' || right(regexp_replace("patient_phone", '[^0-9]', '', 'g'), 10)
WHERE regexp_replace("patient_phone", '[^0-9]', '', 'g') ~ '^1?[2-9][0-9]{9}$' AND ("patient_phone" !~ '^\s*\+' OR "patient_phone" ~ '^\s*\+1[^0-9]*[2-9]');--> statement-breakpoint
UPDATE "callback_requests" SET "phone" = '+1' || right(regexp_replace("phone", '[^0-9]', '', 'g'), 10)
WHERE regexp_replace("phone", '[^0-9]', '', 'g') ~ '^1?[2-9][0-9]{9}$' AND ("phone" !~ '^\s*\+' OR "phone" ~ '^\s*\+1[^0-9]*[2-9]');
