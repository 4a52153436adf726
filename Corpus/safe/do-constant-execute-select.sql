-- rules: none
DO $$ BEGIN EXECUTE 'SELECT 1'; END $$;
