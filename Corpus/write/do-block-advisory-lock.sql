-- rules: side-effect-function
DO $$ BEGIN PERFORM pg_advisory_xact_lock(734211); END $$;
