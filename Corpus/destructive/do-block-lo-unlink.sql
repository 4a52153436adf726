-- rules: destructive-function
DO $$ BEGIN PERFORM lo_unlink(16401); END $$;
