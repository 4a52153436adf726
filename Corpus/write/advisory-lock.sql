-- rules: side-effect-function
SELECT pg_advisory_lock(42);
