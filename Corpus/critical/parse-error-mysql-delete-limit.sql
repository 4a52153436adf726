-- rules: parse-error
-- DELETE ... LIMIT is MySQL; PostgreSQL rejects it.
DELETE FROM sessions LIMIT 100;
