-- rules: write-statement
-- A single constant string is parsed and classified.
DO $$ BEGIN EXECUTE 'UPDATE settings SET value = ''on'' WHERE key = ''maintenance'''; END $$;
