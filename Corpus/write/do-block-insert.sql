-- rules: write-statement
-- A DO block takes the level of what it runs.
DO $$
BEGIN
  INSERT INTO app_events (kind) VALUES ('deploy');
END
$$;
