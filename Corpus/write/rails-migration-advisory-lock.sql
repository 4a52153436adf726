-- rules: side-effect-function
SELECT pg_try_advisory_lock(7071358392384720975);
