-- rules: side-effect-function
SELECT pg_advisory_unlock_all();
