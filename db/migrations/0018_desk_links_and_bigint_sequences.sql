ALTER TABLE "patients" DROP CONSTRAINT "patients_erased_anonymous";--> statement-breakpoint
ALTER TABLE "appointments" ALTER COLUMN "ics_sequence" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "appointment_seq" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "other_contacts" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "patient_id" uuid;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callback_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "callback_requests_patient_idx" ON "callback_requests" USING btree ("patient_id");--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_erased_anonymous" CHECK ("patients"."erased_at" is null or ("patients"."name" = 'Erased patient' and "patients"."phone" = '' and "patients"."email" like 'erased-%@erased.invalid' and cardinality("patients"."other_contacts") = 0));--> statement-breakpoint
-- Call-backs already booked belong to their appointment's patient.
UPDATE "callback_requests" AS c SET "patient_id" = a."patient_id" FROM "appointments" AS a WHERE a."id" = c."appointment_id";
--> statement-breakpoint
-- ics_sequence becomes a counter (lib/email/outbox.ts). It held Unix seconds, and "Add to calendar"
-- downloads used the download time: lift every appointment above any SEQUENCE handed out so far.
UPDATE "appointments" SET "ics_sequence" = greatest("ics_sequence", extract(epoch from now())::bigint) + 1;
