CREATE TYPE "public"."sign_in_stage" AS ENUM('code', 'enrol', 'ready');--> statement-breakpoint
CREATE TYPE "public"."account_link_purpose" AS ENUM('invite', 'reset');--> statement-breakpoint
ALTER TYPE "public"."outbox_kind" ADD VALUE 'staff_invitation';--> statement-breakpoint
ALTER TYPE "public"."outbox_kind" ADD VALUE 'staff_password_reset';--> statement-breakpoint
CREATE TABLE "sign_in_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone,
	CONSTRAINT "sign_in_throttles_failures" CHECK ("sign_in_throttles"."failures" >= 0)
);
--> statement-breakpoint
CREATE TABLE "staff_sign_in_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"stage" "sign_in_stage" NOT NULL,
	"code_failures" integer DEFAULT 0 NOT NULL,
	"device_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "staff_sign_in_attempts_failures" CHECK ("staff_sign_in_attempts"."code_failures" >= 0)
);
--> statement-breakpoint
CREATE TABLE "staff_mfa" (
	"staff_user_id" uuid PRIMARY KEY NOT NULL,
	"secret_sealed" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"last_used_step" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_sign_in_policy" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"mfa_roles" "staff_role"[] DEFAULT '{}'::staff_role[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_sign_in_policy_single_row" CHECK ("staff_sign_in_policy"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "staff_account_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"purpose" "account_link_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_account_links_expiry" CHECK ("staff_account_links"."expires_at" > "staff_account_links"."created_at")
);
--> statement-breakpoint
ALTER TABLE "staff_users" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD COLUMN "device_label" text DEFAULT 'Unknown device' NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_sign_in_attempts" ADD CONSTRAINT "staff_sign_in_attempts_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_mfa" ADD CONSTRAINT "staff_mfa_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_recovery_codes" ADD CONSTRAINT "staff_recovery_codes_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_account_links" ADD CONSTRAINT "staff_account_links_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_sign_in_attempts_token_unique" ON "staff_sign_in_attempts" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "staff_sign_in_attempts_user_idx" ON "staff_sign_in_attempts" USING btree ("staff_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_recovery_codes_hash_unique" ON "staff_recovery_codes" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "staff_recovery_codes_user_idx" ON "staff_recovery_codes" USING btree ("staff_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_account_links_token_unique" ON "staff_account_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "staff_account_links_user_idx" ON "staff_account_links" USING btree ("staff_user_id","purpose");--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_device_label" CHECK (char_length("staff_sessions"."device_label") <= 120);