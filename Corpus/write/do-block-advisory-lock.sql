-- rules: side-effect-function
DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('nightly-job')); END $$;
