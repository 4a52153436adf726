-- rules: side-effect-function
SELECT id FROM jobs WHERE pg_try_advisory_xact_lock(id) LIMIT 1;
