CREATE TABLE "server_key_check" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"sealed" text NOT NULL,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "server_key_check_one_row" CHECK ("server_key_check"."id" = 1)
);
