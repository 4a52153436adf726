-- rules: privilege-change
DO $$ BEGIN EXECUTE 'GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC'; END $$;
