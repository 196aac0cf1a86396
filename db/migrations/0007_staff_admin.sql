CREATE TYPE "public"."callback_preferred_time" AS ENUM('any', 'morning', 'afternoon', 'evening');--> statement-breakpoint
CREATE TYPE "public"."callback_status" AS ENUM('new', 'handled');--> statement-breakpoint
CREATE TABLE "callback_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"email" text,
	"preferred_time" "callback_preferred_time" DEFAULT 'any' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"status" "callback_status" DEFAULT 'new' NOT NULL,
	"handled_by_id" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "callback_requests_contact" CHECK ("callback_requests"."phone" is not null or "callback_requests"."email" is not null),
	CONSTRAINT "callback_requests_email_lowercase" CHECK ("callback_requests"."email" is null or "callback_requests"."email" = lower("callback_requests"."email")),
	CONSTRAINT "callback_requests_name_length" CHECK (char_length("callback_requests"."name") between 1 and 120),
	CONSTRAINT "callback_requests_message_length" CHECK (char_length("callback_requests"."message") <= 1000),
	CONSTRAINT "callback_requests_handled" CHECK (("callback_requests"."status" = 'handled') = ("callback_requests"."handled_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "practitioners" ADD COLUMN "calendar_token_hash" text;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callback_requests_handled_by_id_staff_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "callback_requests_inbox_idx" ON "callback_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "patients_name_trgm_idx" ON "patients" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "patients_email_trgm_idx" ON "patients" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "patients_phone_trgm_idx" ON "patients" USING gin ("phone" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_calendar_token_hash_unique" UNIQUE("calendar_token_hash");