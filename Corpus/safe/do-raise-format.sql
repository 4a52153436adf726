-- rules: none
-- A DO block that only raises a notice runs no SQL.
DO $$ BEGIN RAISE NOTICE '%', format('DROP TABLE %I', 'users'); END $$;
