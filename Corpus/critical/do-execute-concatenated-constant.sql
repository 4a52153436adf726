-- rules: dynamic-sql
-- Concatenation is not a single constant literal, even when both halves are constants.
DO $$ BEGIN EXECUTE 'DROP TABLE ' || 'users'; END $$;
