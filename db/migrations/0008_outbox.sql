CREATE TYPE "public"."outbox_kind" AS ENUM('confirmation', 'reschedule', 'cancellation', 'reminder', 'clinic_new_booking');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sending', 'sent', 'dead', 'void');--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "outbox_kind" NOT NULL,
	"appointment_id" uuid,
	"patient_id" uuid,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"ics" text,
	"manage_token_sealed" text,
	"remind_for" timestamp with time zone,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"queued_at" timestamp with time zone,
	"last_error" text,
	"transport" text,
	"provider_message_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_recipient_single" CHECK ("outbox"."recipient" ~ '^[^@[:space:][:cntrl:],<>()]+@[^@[:space:][:cntrl:],<>()]+$' and strpos("outbox"."recipient", chr(59)) = 0 and strpos("outbox"."recipient", chr(34)) = 0),
	CONSTRAINT "outbox_sent" CHECK (("outbox"."status" = 'sent') = ("outbox"."sent_at" is not null)),
	CONSTRAINT "outbox_sending_locked" CHECK ("outbox"."status" <> 'sending' or "outbox"."locked_until" is not null),
	CONSTRAINT "outbox_attempts" CHECK ("outbox"."attempts" >= 0 and "outbox"."max_attempts" >= 1)
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "ics_sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_sending_idx" ON "outbox" USING btree ("locked_until") WHERE "outbox"."status" = 'sending';--> statement-breakpoint
CREATE INDEX "outbox_created_idx" ON "outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "outbox_appointment_idx" ON "outbox" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "outbox_patient_idx" ON "outbox" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_one_pending_reminder" ON "outbox" USING btree ("appointment_id") WHERE "outbox"."kind" = 'reminder' and "outbox"."status" = 'pending';