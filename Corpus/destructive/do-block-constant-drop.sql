-- rules: drop-table
DO $$ BEGIN EXECUTE 'DROP TABLE t'; END $$;
