-- Two appointments of one practitioner that are not cancelled can never overlap.
-- Half-open ranges '[)' let back-to-back appointments (9:00-9:30, then 9:30-10:00) coexist.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_no_overlap" EXCLUDE USING gist (
  "practitioner_id" WITH =,
  tstzrange("starts_at", "ends_at", '[)') WITH &&
) WHERE ("status" <> 'cancelled');
