-- The staff searches match the contacts kept from merged records (patients.other_contacts) like the
-- record's own e-mail and phone. array_to_string is only STABLE, so an IMMUTABLE wrapper lets a
-- trigram index serve ILIKE '%…%' on it (its result depends on nothing but its argument).
CREATE FUNCTION patient_other_contacts_text(contacts text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string(contacts, ' ') $$;--> statement-breakpoint
CREATE INDEX "patients_other_contacts_trgm_idx" ON "patients" USING gin (patient_other_contacts_text("other_contacts") gin_trgm_ops);
