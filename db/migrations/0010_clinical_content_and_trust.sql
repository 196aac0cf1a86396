CREATE TABLE "practitioner_photos" (
	"practitioner_id" uuid NOT NULL,
	"width" smallint NOT NULL,
	"version" text NOT NULL,
	"content_type" text DEFAULT 'image/webp' NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practitioner_photos_practitioner_id_width_pk" PRIMARY KEY("practitioner_id","width"),
	CONSTRAINT "practitioner_photos_width" CHECK ("practitioner_photos"."width" in (160, 320, 640)),
	CONSTRAINT "practitioner_photos_version" CHECK ("practitioner_photos"."version" ~ '^[0-9a-f]{16}$'),
	CONSTRAINT "practitioner_photos_type" CHECK ("practitioner_photos"."content_type" = 'image/webp'),
	CONSTRAINT "practitioner_photos_size" CHECK (octet_length("practitioner_photos"."bytes") between 1 and 1048576)
);
--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD COLUMN "insurers" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD COLUMN "insurance_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD COLUMN "offers_superbills" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD COLUMN "payment_methods" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "evidence" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "contraindications" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "common_risks" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "rare_risks" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "practitioners" ADD COLUMN "credentials" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "practitioners" ADD COLUMN "interests" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "practitioner_photos" ADD CONSTRAINT "practitioner_photos_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;