-- Trigram matching for the staff patient directory (ILIKE %…% served by GIN indexes, next migration).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
