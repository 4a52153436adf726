-- rules: delete-without-where
DO $$ BEGIN DELETE FROM t; END $$;
