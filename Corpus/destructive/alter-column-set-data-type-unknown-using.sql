-- rules: alter-column-type, unknown-function
ALTER TABLE events ALTER COLUMN payload SET DATA TYPE jsonb USING legacy_to_jsonb(payload);
